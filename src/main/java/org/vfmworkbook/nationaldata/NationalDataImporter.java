package org.vfmworkbook.nationaldata;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

/**
 * Imports one published file, all or nothing: the file is read and checked whole first (every problem
 * collected, naming file, sheet, row and column); only a clean file is written, in one transaction.
 */
@ApplicationScoped
public class NationalDataImporter {

    private static final Logger LOG = Logger.getLogger(NationalDataImporter.class);

    private final SourceMap sources;
    private final NationalDataStore store;
    private final Event<NationalDataChanged> changed;

    NationalDataImporter(NationalDataStore store, Event<NationalDataChanged> changed) {
        this.sources = SourceMap.load();
        this.store = store;
        this.changed = changed;
    }

    /**
     * @param year needed for ASCOF (its file does not state its year) and the register (a version label);
     *        ignored for files that state their own year
     * @throws NationalDataImportException listing every problem, when the file is rejected
     */
    public ImportResult importFile(DatasetKind kind, String fileName, byte[] content, String year) {
        return store(parse(kind, fileName, content, year), System.nanoTime());
    }

    /** Stores a parsed file in one transaction and tells derived views; {@code started} is for the log line. */
    ImportResult store(ParsedDataset parsed, long started) {
        DatasetKind kind = parsed.kind();
        String fileName = parsed.fileName();
        ImportResult result = store.replace(parsed);
        changed.fire(new NationalDataChanged(kind, result.year()));
        LOG.infof(
                "Imported %s %s from %s: %d figures in %d ms",
                kind, result.year(), fileName, result.observations(), (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    ParsedDataset parse(DatasetKind kind, String fileName, byte[] content, String year) {
        String sha256 = sha256(content);
        if (kind == DatasetKind.COUNCIL_REGISTER) {
            return new CouncilRegisterParser().parse(fileName, content, sha256, requireYear(fileName, year));
        }
        Set<String> councils = store.councilCodes();
        if (councils.isEmpty()) {
            throw new NationalDataImportException(List.of(ImportProblem.inFile(
                    fileName, "the council register is not loaded yet: import the council register before " + kind)));
        }
        return switch (kind) {
            case ASCFR_SALT -> new AscfrSaltParser(sources.ascfrSalt(), councils).parse(fileName, content, sha256);
            case IMD -> new ImdParser(sources.imd(), councils).parse(fileName, content, sha256);
            case POPULATION -> new PopulationParser(sources.population(), councils).parse(fileName, content, sha256);
            case ASCOF ->
                new AscofParser(sources.ascof(), councils)
                        .parse(fileName, content, sha256, requireYear(fileName, year));
            case OFLOG_ASC -> new OflogAscParser(sources.oflogAsc(), councils).parse(fileName, content, sha256);
            case ASHE_PAY -> new AshePayParser(sources.ashePay(), councils).parse(fileName, content, sha256);
            case COUNCIL_REGISTER -> throw new IllegalStateException("handled above");
        };
    }

    private static String requireYear(String fileName, String year) {
        if (year == null || !year.matches("\\d{4}(-\\d{2})?")) {
            throw new NationalDataImportException(List.of(ImportProblem.inFile(
                    fileName, "this kind of file does not state its year: give the data year, e.g. 2020-21")));
        }
        return year;
    }

    public SourceMap sources() {
        return sources;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
