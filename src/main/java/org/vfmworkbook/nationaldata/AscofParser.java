package org.vfmworkbook.nationaldata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads NHS Digital's ASCOF open data file (long format: one row per council, measure and figure type). */
final class AscofParser {

    private static final String MEASURE_CODE = "ASCOF Measure Code";
    private static final String MEASURE_TYPE = "Measure Type";

    private final SourceMap.Ascof spec;
    private final Set<String> knownCouncils;

    AscofParser(SourceMap.Ascof spec, Set<String> knownCouncils) {
        this.spec = spec;
        this.knownCouncils = knownCouncils;
    }

    ParsedDataset parse(String file, byte[] content, String sha256, String year) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, String> wanted = new HashMap<>();
        spec.measures().forEach(m -> wanted.put(key(m.code(), m.type()), m.id()));
        SingleSheet sheet = SingleSheet.read(file, content, spec.sheet(), wantedRows(wanted.keySet()));
        SheetGrid grid = sheet.grid;
        Integer code = sheet.column("ONS Code", problems);
        Integer level = sheet.column("Geographical Level", problems);
        Integer measure = sheet.column(MEASURE_CODE, problems);
        Integer type = sheet.column(MEASURE_TYPE, problems);
        Integer value = sheet.column("Measure Value", problems);
        if (!problems.isEmpty()) {
            throw new NationalDataImportException(problems);
        }
        List<ParsedObservation> observations = new ArrayList<>();
        for (int row = 2; row <= grid.lastRow(); row++) {
            String id = wanted.get(key(grid.text(row, measure), grid.text(row, type)));
            if (id == null) {
                continue;
            }
            String area = grid.text(row, code);
            String geography = grid.text(row, level);
            if (geography.equalsIgnoreCase("Council") && !knownCouncils.contains(area)) {
                problems.add(ImportProblem.atCell(
                        file,
                        grid.name(),
                        row,
                        code,
                        "unknown council code " + area + ": not in the council register"));
                continue;
            }
            if (!HeaderBlock.AREA_CODE.matcher(area).matches()) {
                continue;
            }
            CellValues.Read read = CellValues.read(file, grid, row, value, problems);
            if (read != null) {
                observations.add(new ParsedObservation(
                        year,
                        area,
                        id,
                        read.value(),
                        read.status(),
                        grid.name() + "!" + SheetGrid.columnLetters(value) + row));
            }
        }
        if (!problems.isEmpty()) {
            throw new NationalDataImportException(problems);
        }
        return new ParsedDataset(
                DatasetKind.ASCOF,
                year,
                file,
                sha256,
                spec.title() + ", " + year,
                spec.publisher(),
                spec.licence(),
                observations,
                List.of(),
                List.of());
    }

    private static String key(String measureCode, String measureType) {
        return (measureCode == null ? "" : measureCode.trim()) + "|"
                + (measureType == null ? "" : measureType.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Keeps the header row and the rows of the wanted measures, found by the same headers the parser reads; the
     * other 47,000 rows are dropped as they are read. Without those headers every row is kept, and the parser
     * reports the missing header as before.
     */
    private static RowFilter wantedRows(Set<String> wantedKeys) {
        int[] columns = new int[2]; // "ASCOF Measure Code", "Measure Type", learnt from row 1
        return row -> {
            if (row.number() == 1) {
                for (int column = 1; column <= row.lastColumn(); column++) {
                    String header = HeaderBlock.normalise(row.text(column) == null ? "" : row.text(column));
                    if (header.equals(HeaderBlock.normalise(MEASURE_CODE))) {
                        columns[0] = column;
                    } else if (header.equals(HeaderBlock.normalise(MEASURE_TYPE))) {
                        columns[1] = column;
                    }
                }
                return true;
            }
            return columns[0] == 0
                    || columns[1] == 0
                    || wantedKeys.contains(key(row.text(columns[0]), row.text(columns[1])));
        };
    }
}
