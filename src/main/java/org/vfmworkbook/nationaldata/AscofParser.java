package org.vfmworkbook.nationaldata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads NHS Digital's ASCOF open data file (long format: one row per council, measure and figure type). */
final class AscofParser {

    private final SourceMap.Ascof spec;
    private final Set<String> knownCouncils;

    AscofParser(SourceMap.Ascof spec, Set<String> knownCouncils) {
        this.spec = spec;
        this.knownCouncils = knownCouncils;
    }

    ParsedDataset parse(String file, byte[] content, String sha256, String year) {
        List<ImportProblem> problems = new ArrayList<>();
        SingleSheet sheet = SingleSheet.read(file, content, spec.sheet());
        SheetGrid grid = sheet.grid;
        Integer code = sheet.column("ONS Code", problems);
        Integer level = sheet.column("Geographical Level", problems);
        Integer measure = sheet.column("ASCOF Measure Code", problems);
        Integer type = sheet.column("Measure Type", problems);
        Integer value = sheet.column("Measure Value", problems);
        if (!problems.isEmpty()) {
            throw new NationalDataImportException(problems);
        }
        Map<String, String> wanted = new HashMap<>();
        spec.measures().forEach(m -> wanted.put(m.code() + "|" + m.type().toLowerCase(), m.id()));
        List<ParsedObservation> observations = new ArrayList<>();
        for (int row = 2; row <= grid.lastRow(); row++) {
            String id = wanted.get(grid.text(row, measure) + "|" + grid.text(row, type).toLowerCase());
            if (id == null) {
                continue;
            }
            String area = grid.text(row, code);
            String geography = grid.text(row, level);
            if (geography.equalsIgnoreCase("Council") && !knownCouncils.contains(area)) {
                problems.add(ImportProblem.atCell(file, grid.name(), row, code, "unknown council code " + area
                        + ": not in the council register"));
                continue;
            }
            if (!HeaderBlock.AREA_CODE.matcher(area).matches()) {
                continue;
            }
            CellValues.Read read = CellValues.read(file, grid, row, value, problems);
            if (read != null) {
                observations.add(new ParsedObservation(year, area, id, read.value(), read.status(),
                        grid.name() + "!" + SheetGrid.columnLetters(value) + row));
            }
        }
        if (!problems.isEmpty()) {
            throw new NationalDataImportException(problems);
        }
        return new ParsedDataset(DatasetKind.ASCOF, year, file, sha256, spec.title() + ", " + year, spec.publisher(),
                spec.licence(), observations, List.of(), List.of());
    }
}
