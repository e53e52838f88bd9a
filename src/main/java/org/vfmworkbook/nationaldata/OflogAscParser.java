package org.vfmworkbook.nationaldata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Oflog's adult social care measures (ASC_data.csv: one row per council, measure and year), columns found by
 * their header names. Only the {@code Value} of rows in the council grouping is kept: Oflog's own {@code MEDIAN},
 * {@code MADs_from_median} and {@code rank_order} are never read. The dataset is labelled by the latest year it
 * holds; its years are not data years of the app (those come from the ASC-FR/SALT workbooks).
 */
final class OflogAscParser {

    static final String YEAR = "Financial year";
    static final String CODE = "Local authority code";
    static final String GROUPING = "Grouping";
    static final String MEASURE = "Code";
    static final String VALUE = "Value";
    private static final List<String> REQUIRED = List.of(YEAR, CODE, GROUPING, MEASURE, VALUE);
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final SourceMap.OflogAsc spec;
    private final Set<String> knownCouncils;

    OflogAscParser(SourceMap.OflogAsc spec, Set<String> registerCodes) {
        this.spec = spec;
        this.knownCouncils = new HashSet<>(registerCodes);
        spec.formerCouncils().forEach(c -> knownCouncils.add(c.code()));
    }

    ParsedDataset parse(String file, byte[] content, String sha256) {
        List<List<String>> rows = Csv.parse(new String(content, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            throw new NationalDataImportException(List.of(ImportProblem.inFile(file, "the file is empty")));
        }
        Map<String, Integer> at = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            at.put(header.get(i).trim(), i);
        }
        List<ImportProblem> problems = new ArrayList<>();
        for (String required : REQUIRED) {
            if (!at.containsKey(required)) {
                problems.add(new ImportProblem(file, null, 1, required, "missing column \"" + required + "\""));
            }
        }
        if (!problems.isEmpty()) {
            throw new NationalDataImportException(problems);
        }
        Map<String, String> idByCode = new HashMap<>();
        spec.measures().forEach(m -> idByCode.put(m.code(), m.id()));
        String valueLetters = SheetGrid.columnLetters(at.get(VALUE) + 1);
        List<ParsedObservation> observations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int line = i + 1;
            if (!spec.grouping().equals(field(row, at, GROUPING))) {
                continue;
            }
            String year = field(row, at, YEAR);
            String area = field(row, at, CODE);
            String measure = idByCode.get(field(row, at, MEASURE));
            String text = field(row, at, VALUE);
            boolean rowOk = true;
            if (!FINANCIAL_YEAR.matcher(year).matches()) {
                problems.add(new ImportProblem(
                        file, null, line, YEAR, "\"" + year + "\" is not a financial year (e.g. 2021-22)"));
                rowOk = false;
            }
            if (!knownCouncils.contains(area)) {
                problems.add(new ImportProblem(
                        file,
                        null,
                        line,
                        CODE,
                        "unknown council code \"" + area
                                + "\": not in the council register nor a former council listed in sources.yaml"));
                rowOk = false;
            }
            if (measure == null) {
                problems.add(new ImportProblem(
                        file,
                        null,
                        line,
                        MEASURE,
                        "unknown measure code \"" + field(row, at, MEASURE) + "\": expected one of "
                                + String.join(
                                        ", ",
                                        spec.measures().stream()
                                                .map(SourceMap.OflogMeasure::code)
                                                .toList())));
                rowOk = false;
            }
            if (!text.isEmpty() && !NUMBER.matcher(text).matches()) {
                problems.add(new ImportProblem(file, null, line, VALUE, "\"" + text + "\" is not a number"));
                rowOk = false;
            }
            if (rowOk && !seen.add(year + "|" + area + "|" + measure)) {
                problems.add(new ImportProblem(
                        file,
                        null,
                        line,
                        CODE,
                        "a second row for " + area + ", " + field(row, at, MEASURE) + ", " + year));
                rowOk = false;
            }
            if (rowOk) {
                observations.add(new ParsedObservation(
                        year,
                        area,
                        measure,
                        text.isEmpty() ? null : Double.valueOf(text),
                        text.isEmpty() ? ValueStatus.BLANK : ValueStatus.PUBLISHED,
                        valueLetters + line));
            }
        }
        if (observations.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.inFile(file, "no rows with " + GROUPING + " " + spec.grouping()));
        }
        if (!problems.isEmpty()) {
            throw new NationalDataImportException(problems);
        }
        String latest = observations.stream()
                .map(ParsedObservation::year)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        String earliest = observations.stream()
                .map(ParsedObservation::year)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        return new ParsedDataset(
                DatasetKind.OFLOG_ASC,
                latest,
                file,
                sha256,
                spec.title() + ", " + earliest + " to " + latest,
                spec.publisher(),
                spec.licence(),
                observations,
                List.of(),
                List.of());
    }

    private static String field(List<String> row, Map<String, Integer> at, String name) {
        int index = at.get(name);
        return index < row.size() ? row.get(index).trim() : "";
    }
}
