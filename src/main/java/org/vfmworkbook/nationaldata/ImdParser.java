package org.vfmworkbook.nationaldata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the English Indices of Deprivation upper-tier summaries (File 11), sheet IMD. */
final class ImdParser {

    private final SourceMap.Imd spec;
    private final Set<String> knownCouncils;

    ImdParser(SourceMap.Imd spec, Set<String> knownCouncils) {
        this.spec = spec;
        this.knownCouncils = knownCouncils;
    }

    ParsedDataset parse(String file, byte[] content, String sha256) {
        List<ImportProblem> problems = new ArrayList<>();
        SingleSheet sheet = SingleSheet.read(file, content, spec.sheet());
        SheetGrid grid = sheet.grid;
        Integer codeColumn = sheet.column(spec.codeHeader(), problems);
        Map<SourceMap.ImdMeasure, Integer> columns = new LinkedHashMap<>();
        for (SourceMap.ImdMeasure measure : spec.measures()) {
            Integer column = sheet.column(measure.header(), problems);
            if (column != null) {
                columns.put(measure, column);
            }
        }
        List<ParsedObservation> observations = new ArrayList<>();
        if (codeColumn != null) {
            for (int row = 2; row <= grid.lastRow(); row++) {
                String code = grid.text(row, codeColumn);
                if (code.isEmpty()) {
                    continue;
                }
                if (!knownCouncils.contains(code)) {
                    problems.add(ImportProblem.atCell(
                            file,
                            grid.name(),
                            row,
                            codeColumn,
                            "unknown council code " + code + ": not in the council register"));
                    continue;
                }
                for (var column : columns.entrySet()) {
                    CellValues.Read read = CellValues.read(file, grid, row, column.getValue(), problems);
                    if (read != null) {
                        observations.add(new ParsedObservation(
                                spec.year(),
                                code,
                                column.getKey().id(),
                                read.value(),
                                read.status(),
                                grid.name() + "!" + SheetGrid.columnLetters(column.getValue()) + row));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new NationalDataImportException(problems);
        }
        return new ParsedDataset(
                DatasetKind.IMD,
                spec.year(),
                file,
                sha256,
                spec.title(),
                spec.publisher(),
                spec.licence(),
                observations,
                List.of(),
                List.of());
    }
}
