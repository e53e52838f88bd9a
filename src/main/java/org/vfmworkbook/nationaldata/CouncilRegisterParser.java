package org.vfmworkbook.nationaldata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads mySociety's "UK Local Authority Names and Codes" CSV and keeps the English councils with adult
 * social services responsibilities (counties, unitaries, metropolitan districts, London boroughs and the
 * City of London) that existed at any time since {@link #EARLIEST}, with their successors.
 */
final class CouncilRegisterParser {

    /** The start of the earliest data year the product shows (2019-20, carried in the 2021-22 tables). */
    static final LocalDate EARLIEST = LocalDate.of(2019, 4, 1);

    static final String TITLE = "mySociety, UK Local Authority Names and Codes (uk_la_future)";

    ParsedDataset parse(String file, byte[] content, String sha256, String version) {
        List<ImportProblem> problems = new ArrayList<>();
        List<List<String>> rows = Csv.parse(new String(content, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            throw new NationalDataImportException(List.of(ImportProblem.inFile(file, "the file is empty")));
        }
        List<String> header = rows.get(0);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            at.put(header.get(i).trim(), i);
        }
        for (String required : List.of(
                "local-authority-code",
                "nice-name",
                "official-name",
                "gss-code",
                "start-date",
                "end-date",
                "replaced-by",
                "nation",
                "region",
                "local-authority-type")) {
            if (!at.containsKey(required)) {
                problems.add(new ImportProblem(file, null, 1, required, "missing column \"" + required + "\""));
            }
        }
        if (!problems.isEmpty()) {
            throw new NationalDataImportException(problems);
        }
        Map<String, String> gssByShortCode = new HashMap<>();
        Map<String, String> regionByShortCode = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            gssByShortCode.put(field(row, at, "local-authority-code"), field(row, at, "gss-code"));
            regionByShortCode.put(field(row, at, "local-authority-code"), field(row, at, "region"));
        }
        List<RegisteredCouncil> councils = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            CouncilType type = CouncilType.fromRegisterCode(field(row, at, "local-authority-type"));
            if (!"England".equals(field(row, at, "nation")) || type == null) {
                continue;
            }
            int line = i + 1;
            LocalDate start = date(file, line, "start-date", field(row, at, "start-date"), problems);
            // The register's end-date is the day the council ceased to exist (e.g. 2021-04-01 for
            // Northamptonshire); the product keeps the last day it existed.
            LocalDate abolished = date(file, line, "end-date", field(row, at, "end-date"), problems);
            LocalDate end = abolished == null ? null : abolished.minusDays(1);
            if (end != null && end.isBefore(EARLIEST)) {
                continue;
            }
            List<String> successors = Arrays.stream(
                            field(row, at, "replaced-by").split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
            String regionName = field(row, at, "region");
            if (regionName.isEmpty() && !successors.isEmpty()) {
                regionName = regionByShortCode.getOrDefault(successors.get(0), "");
            }
            String regionCode =
                    Regions.byName(regionName).map(Regions.Region::code).orElse(null);
            if (regionCode == null) {
                problems.add(new ImportProblem(
                        file,
                        null,
                        line,
                        "region",
                        "unknown English region \"" + regionName + "\" for " + field(row, at, "gss-code")));
                continue;
            }
            councils.add(new RegisteredCouncil(
                    field(row, at, "gss-code"),
                    field(row, at, "nice-name"),
                    field(row, at, "official-name"),
                    type,
                    regionCode,
                    regionName,
                    start,
                    end,
                    successors.stream()
                            .map(s -> gssByShortCode.getOrDefault(s, s))
                            .toList()));
        }
        if (!problems.isEmpty()) {
            throw new NationalDataImportException(problems);
        }
        return new ParsedDataset(
                DatasetKind.COUNCIL_REGISTER,
                version,
                file,
                sha256,
                TITLE,
                "mySociety",
                "CC BY 4.0",
                List.of(),
                List.of(),
                councils);
    }

    private static String field(List<String> row, Map<String, Integer> at, String name) {
        int index = at.get(name);
        return index < row.size() ? row.get(index).trim() : "";
    }

    private static LocalDate date(String file, int line, String column, String text, List<ImportProblem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(file, null, line, column, "\"" + text + "\" is not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
