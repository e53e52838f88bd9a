package org.vfmworkbook.nationaldata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Not a test: run by bench/national-data.sh. Prints, for the shipped files, (1) a bare read of the same
 * sheets by the same readers the importer uses and (2) the importer's full parse and validation (no
 * database), cold (first run in this JVM) and warm (median of five).
 */
public final class NationalDataReadBench {

    public static void main(String[] args) {
        SourceMap sources = SourceMap.load();
        List<byte[]> files = ShippedNationalData.FILES.stream()
                .map(f -> ShippedNationalData.read(f.fileName()))
                .toList();
        long bareCold = time(() -> bareRead(sources, files));
        long parseCold = time(() -> parse(sources, files));
        List<Long> bare = new ArrayList<>();
        List<Long> parse = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bare.add(time(() -> bareRead(sources, files)));
            parse.add(time(() -> parse(sources, files)));
        }
        System.out.printf(
                "bare read of the shipped files (same readers, same sheets): cold %d ms, warm %d ms%n",
                bareCold, median(bare));
        System.out.printf(
                "parse and validate (importer without the database):      cold %d ms, warm %d ms%n",
                parseCold, median(parse));
    }

    private static void bareRead(SourceMap sources, List<byte[]> files) {
        for (int i = 0; i < files.size(); i++) {
            ShippedNationalData.ShippedFile file = ShippedNationalData.FILES.get(i);
            try {
                switch (file.kind()) {
                    case COUNCIL_REGISTER -> Csv.parse(new String(files.get(i), StandardCharsets.UTF_8));
                    case ASCFR_SALT -> {
                        Set<String> sheets = new LinkedHashSet<>(List.of("T1"));
                        sheets.addAll(sources.ascfrSalt().measures().stream()
                                .map(SourceMap.ColumnMeasure::sheet)
                                .collect(Collectors.toList()));
                        new XlsxReader().read(new ByteArrayInputStream(files.get(i)), sheets);
                    }
                    case IMD ->
                        new XlsxReader()
                                .read(
                                        new ByteArrayInputStream(files.get(i)),
                                        Set.of(sources.imd().sheet()));
                    case ASCOF ->
                        new XlsxReader()
                                .read(
                                        new ByteArrayInputStream(files.get(i)),
                                        Set.of(sources.ascof().sheet()));
                    case POPULATION ->
                        new XlsReader()
                                .read(
                                        new ByteArrayInputStream(files.get(i)),
                                        Set.of(
                                                sources.population().sheet(),
                                                sources.population().densitySheet()));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void parse(SourceMap sources, List<byte[]> files) {
        List<String> names = ShippedNationalData.FILES.stream()
                .map(ShippedNationalData.ShippedFile::fileName)
                .toList();
        ParsedDataset register = new CouncilRegisterParser().parse(names.get(0), files.get(0), "-", "2025-07");
        Set<String> councils =
                register.register().stream().map(RegisteredCouncil::code).collect(Collectors.toSet());
        new PopulationParser(sources.population(), councils).parse(names.get(1), files.get(1), "-");
        new ImdParser(sources.imd(), councils).parse(names.get(2), files.get(2), "-");
        new AscofParser(sources.ascof(), councils).parse(names.get(3), files.get(3), "-", "2020-21");
        new AscfrSaltParser(sources.ascfrSalt(), councils).parse(names.get(4), files.get(4), "-");
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
