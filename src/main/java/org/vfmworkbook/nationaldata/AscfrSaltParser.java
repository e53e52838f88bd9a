package org.vfmworkbook.nationaldata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NHS Digital's "ASC-FR and SALT Data Tables" workbook, any year, as published. The data year is
 * read from the title of Table 1 ("…, 2021-22"); columns are found by their headers; every council row is
 * checked against the council register. Collects every problem before giving up.
 */
final class AscfrSaltParser {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})\\s*$");
    private static final Pattern CASSR_CODE = Pattern.compile("\\d{3}");
    private static final String TITLE_SHEET = "T1";
    private static final int CODE = 1;
    private static final int CASSR = 2;
    private static final int NAME = 3;
    private static final int REGION_CODE = 4;

    private final SourceMap.AscfrSalt spec;
    private final Set<String> knownCouncils;

    AscfrSaltParser(SourceMap.AscfrSalt spec, Set<String> knownCouncils) {
        this.spec = spec;
        this.knownCouncils = knownCouncils;
    }

    ParsedDataset parse(String file, byte[] content, String sha256) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> sheetNames = new LinkedHashSet<>();
        sheetNames.add(TITLE_SHEET);
        spec.measures().forEach(m -> sheetNames.add(m.sheet()));
        Map<String, SheetGrid> sheets;
        try {
            sheets = new XlsxReader().read(new ByteArrayInputStream(content), sheetNames);
        } catch (IOException e) {
            throw new NationalDataImportException(List.of(ImportProblem.inFile(file, e.getMessage())));
        }
        for (String name : sheetNames) {
            if (!sheets.containsKey(name)) {
                problems.add(ImportProblem.inSheet(file, name, "sheet \"" + name + "\" is missing from the workbook"));
            }
        }
        String year = sheets.containsKey(TITLE_SHEET) ? dataYear(file, sheets.get(TITLE_SHEET), problems) : null;
        if (year == null) {
            throw new NationalDataImportException(problems);
        }
        List<String> years = List.of(year, previousYear(year), previousYear(previousYear(year)));

        List<ParsedObservation> observations = new ArrayList<>();
        Map<String, ParsedDataset.CouncilSighting> sightings = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Map<String, List<SourceMap.ColumnMeasure>> bySheet = new LinkedHashMap<>();
        spec.measures()
                .forEach(m -> bySheet.computeIfAbsent(m.sheet(), s -> new ArrayList<>())
                        .add(m));

        for (var entry : bySheet.entrySet()) {
            SheetGrid grid = sheets.get(entry.getKey());
            if (grid == null) {
                continue;
            }
            Optional<HeaderBlock> header = HeaderBlock.find(grid, "Geography code", CODE, REGION_CODE);
            if (header.isEmpty()) {
                problems.add(
                        ImportProblem.inSheet(
                                file,
                                grid.name(),
                                "no table header found: expected a row starting \"Geography code\" followed by rows of area codes"));
                continue;
            }
            Map<SourceMap.ColumnMeasure, Integer> columns = new LinkedHashMap<>();
            for (SourceMap.ColumnMeasure measure : entry.getValue()) {
                List<String> path = measure.header().stream()
                        .map(label -> label.replace("{year}", years.get(0))
                                .replace("{previous-year}", years.get(1))
                                .replace("{two-years-before}", years.get(2)))
                        .toList();
                Optional<Integer> column = header.get().column(path);
                if (column.isEmpty()) {
                    problems.add(new ImportProblem(
                            file,
                            grid.name(),
                            header.get().firstHeaderRow(),
                            null,
                            "no column headed \"" + String.join(" › ", path) + "\" (needed for " + measure.id()
                                    + "); the columns found are: "
                                    + String.join("; ", header.get().describeColumns())));
                } else {
                    columns.put(measure, column.get());
                }
            }
            readRows(file, grid, header.get(), columns, years, observations, sightings, seen, problems);
        }
        if (!problems.isEmpty()) {
            throw new NationalDataImportException(problems);
        }
        return new ParsedDataset(
                DatasetKind.ASCFR_SALT,
                year,
                file,
                sha256,
                spec.title() + ", " + year,
                spec.publisher(),
                spec.licence(),
                observations,
                List.copyOf(sightings.values()),
                List.of());
    }

    private void readRows(
            String file,
            SheetGrid grid,
            HeaderBlock header,
            Map<SourceMap.ColumnMeasure, Integer> columns,
            List<String> years,
            List<ParsedObservation> observations,
            Map<String, ParsedDataset.CouncilSighting> sightings,
            Set<String> seen,
            List<ImportProblem> problems) {
        for (int row = header.firstDataRow(); row <= grid.lastRow(); row++) {
            String code = grid.text(row, CODE);
            boolean council = !code.isEmpty();
            if (!council) {
                code = grid.text(row, REGION_CODE);
                if (!HeaderBlock.AREA_CODE.matcher(code).matches()) {
                    continue; // blank separator rows, council-type subtotals ("A", "J (IL)") and footnotes
                }
            } else if (!HeaderBlock.AREA_CODE.matcher(code).matches()) {
                if (code.length() <= 12 && code.startsWith("E")) {
                    problems.add(ImportProblem.atCell(
                            file, grid.name(), row, CODE, "\"" + code + "\" is not an ONS area code"));
                }
                continue;
            } else if (!knownCouncils.contains(code)) {
                problems.add(ImportProblem.atCell(
                        file,
                        grid.name(),
                        row,
                        CODE,
                        "unknown council code " + code + " (" + grid.text(row, NAME)
                                + "): not a council with adult social services in the council register"));
                continue;
            }
            if (council && CASSR_CODE.matcher(grid.text(row, CASSR)).matches()) {
                sightings.putIfAbsent(
                        code, new ParsedDataset.CouncilSighting(code, grid.text(row, CASSR), grid.text(row, NAME)));
            }
            for (var column : columns.entrySet()) {
                CellValues.Read read = CellValues.read(file, grid, row, column.getValue(), problems);
                if (read == null) {
                    continue;
                }
                String observationYear = years.get(column.getKey().yearsBack());
                String key =
                        observationYear + "|" + code + "|" + column.getKey().id();
                if (seen.add(key)) {
                    observations.add(new ParsedObservation(
                            observationYear,
                            code,
                            column.getKey().id(),
                            read.value(),
                            read.status(),
                            grid.name() + "!" + SheetGrid.columnLetters(column.getValue()) + row));
                }
            }
        }
    }

    private static String dataYear(String file, SheetGrid title, List<ImportProblem> problems) {
        for (int row = 1; row <= Math.min(10, title.lastRow()); row++) {
            Matcher m = YEAR.matcher(title.text(row, 1));
            if (m.find()) {
                return m.group(1) + "-" + m.group(2);
            }
        }
        problems.add(
                ImportProblem.inSheet(
                        file,
                        TITLE_SHEET,
                        "cannot tell the data year: the title of Table 1 should end with the financial year, e.g. \"…, 2021-22\""));
        return null;
    }

    static String previousYear(String year) {
        int start = Integer.parseInt(year.substring(0, 4)) - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }
}
