package org.vfmworkbook.nationaldata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The published files shipped in the product (src/main/resources/national-data, see PROVENANCE.md),
 * imported on first start. A later start finds each file already held (by its SHA-256) and skips it.
 */
@ApplicationScoped
public class ShippedNationalData {

    private static final Logger LOG = Logger.getLogger(ShippedNationalData.class);

    /** A shipped file; {@code year} only where the file does not state its own. */
    public record ShippedFile(DatasetKind kind, String fileName, String year) {}

    /** In import order: the register first, since every other file is checked against it. */
    public static final List<ShippedFile> FILES = List.of(
            new ShippedFile(DatasetKind.COUNCIL_REGISTER, "uk_local_authorities_future.csv", "2025-07"),
            new ShippedFile(DatasetKind.POPULATION, "ukpopestimatesmid2020on2021geography.xls", null),
            new ShippedFile(DatasetKind.POPULATION, "ukmidyearestimates20192020ladcodes.xls", null),
            new ShippedFile(
                    DatasetKind.IMD, "File_11_-_IoD2019_Local_Authority_District_Summaries__upper-tier__.xlsx", null),
            new ShippedFile(DatasetKind.ASCOF, "meas-from-asc-of-eng-2021-open-data-csv_v2.xlsx", "2020-21"),
            new ShippedFile(DatasetKind.ASCFR_SALT, "ASCFR and SALT Data Tables 2021-22.xlsx", null),
            new ShippedFile(DatasetKind.OFLOG_ASC, "ASC_data.csv", null),
            new ShippedFile(
                    DatasetKind.ASHE_PAY, "PROV - Home Geography Table 8.7a   Annual pay - Gross 2021.xls", null));

    private final NationalDataImporter importer;
    private final NationalDataStore store;
    private final boolean importOnStart;

    private final boolean commandLineImport;

    ShippedNationalData(
            NationalDataImporter importer,
            NationalDataStore store,
            @ConfigProperty(name = "vfm.national-data.import-on-start", defaultValue = "true") boolean importOnStart,
            @CommandLineArguments String[] args) {
        this.importer = importer;
        this.store = store;
        this.importOnStart = importOnStart;
        this.commandLineImport = args.length > 0 && args[0].equals("import");
    }

    /**
     * The web app imports every shipped file not yet held. The {@code import} command only makes sure the council
     * register is there (every other file is checked against it) and leaves the rest to the file it was given.
     */
    void onStart(@Observes StartupEvent event) {
        if (commandLineImport) {
            ShippedFile register = FILES.get(0);
            byte[] content = read(register.fileName());
            if (!store.holds(NationalDataImporter.sha256(content))) {
                importer.importFile(register.kind(), register.fileName(), content, register.year());
            }
        } else if (importOnStart) {
            importMissing();
        }
    }

    /** Imports every shipped file not already held; returns how many were imported. */
    public int importMissing() {
        long started = System.nanoTime();
        long processorTimeAtStart = processorTimeNanos();
        List<ShippedFile> missing = new ArrayList<>();
        Map<ShippedFile, byte[]> contents = new HashMap<>();
        for (ShippedFile file : FILES) {
            byte[] content = read(file.fileName());
            if (!store.holds(NationalDataImporter.sha256(content))) {
                missing.add(file);
                contents.put(file, content);
            }
        }
        int imported = missing.size();
        // The register comes first: every other file is checked against it. The rest are parsed side by side
        // and each is stored, in its own transaction, as soon as it is parsed (while the others are still parsing).
        if (!missing.isEmpty() && missing.get(0).kind() == DatasetKind.COUNCIL_REGISTER) {
            ShippedFile register = missing.remove(0);
            importer.importFile(register.kind(), register.fileName(), contents.get(register), register.year());
        }
        ExecutorService parsers =
                Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            CompletionService<ParsedDataset> parsed = new ExecutorCompletionService<>(parsers);
            for (ShippedFile file : missing) {
                parsed.submit(() -> importer.parse(file.kind(), file.fileName(), contents.get(file), file.year()));
            }
            for (int i = 0; i < missing.size(); i++) {
                importer.store(parsed.take().get(), started);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing the shipped national data", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            parsers.shutdownNow();
        }
        if (imported > 0) {
            LOG.infof(
                    "Shipped national data: %d files imported in %d ms (%d ms of processor time, %d processors)",
                    imported,
                    (System.nanoTime() - started) / 1_000_000,
                    (processorTimeNanos() - processorTimeAtStart) / 1_000_000,
                    Runtime.getRuntime().availableProcessors());
        }
        return imported;
    }

    /**
     * The processor time this JVM has used, all threads (parsers, storing, JIT, GC): on a shared machine it says
     * what the import costs when the elapsed time says mostly how busy the machine was.
     */
    private static long processorTimeNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    public static byte[] read(String fileName) {
        try (InputStream in = ShippedNationalData.class.getResourceAsStream("/national-data/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("shipped file missing from the build: national-data/" + fileName);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
