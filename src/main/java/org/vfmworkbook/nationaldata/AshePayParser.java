package org.vfmworkbook.nationaldata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ONS ASHE Table 8.7a (annual pay, gross, by place of residence), sheet All: the median of each council's own
 * row. Counties and unitary councils are rows of their own (districts are indented below their county and are not
 * councils with adult social services, so they are passed over, as are Wales, Scotland and Northern Ireland). ONS
 * marks an unreliable estimate "x" and a disclosive one "..": both are kept as suppressed, never as zero. The
 * survey's year is read from the title ("…, 2021").
 */
final class AshePayParser {

    private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})\\s*$");

    private final SourceMap.AshePay spec;
    private final Set<String> knownCouncils;

    AshePayParser(SourceMap.AshePay spec, Set<String> knownCouncils) {
        this.spec = spec;
        this.knownCouncils = knownCouncils;
    }

    ParsedDataset parse(String file, byte[] content, String sha256) {
        SheetGrid grid;
        try {
            grid = new XlsReader()
                    .read(new ByteArrayInputStream(content), Set.of(spec.sheet()))
                    .get(spec.sheet());
        } catch (IOException e) {
            throw new NationalDataImportException(List.of(ImportProblem.inFile(file, e.getMessage())));
        }
        if (grid == null) {
            throw new NationalDataImportException(List.of(ImportProblem.inSheet(
                    file, spec.sheet(), "sheet \"" + spec.sheet() + "\" is missing from the workbook")));
        }
        List<ImportProblem> problems = new ArrayList<>();
        String year = year(grid);
        if (year == null) {
            problems.add(ImportProblem.inSheet(
                    file,
                    grid.name(),
                    "cannot tell the survey year: the title in cell A1 should end with it, e.g. \"…, 2021\""));
        }
        int headerRow = headerRow(grid);
        int codeColumn = headerRow == 0 ? 0 : column(grid, headerRow, "Code");
        int medianColumn = headerRow == 0 ? 0 : column(grid, headerRow, spec.header());
        if (codeColumn == 0 || medianColumn == 0) {
            problems.add(new ImportProblem(
                    file,
                    grid.name(),
                    headerRow == 0 ? null : headerRow,
                    null,
                    "no header row with columns \"Code\" and \"" + spec.header() + "\""));
        }
        if (!problems.isEmpty()) {
            throw new NationalDataImportException(problems);
        }
        List<ParsedObservation> observations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int row = headerRow + 1; row <= grid.lastRow(); row++) {
            String code = grid.text(row, codeColumn);
            boolean wanted = knownCouncils.contains(code)
                    || code.equals(Regions.ENGLAND_CODE)
                    || Regions.byCode(code).isPresent();
            if (!wanted || !seen.add(code)) {
                continue;
            }
            CellValues.Read read = read(file, grid, row, medianColumn, problems);
            if (read != null) {
                observations.add(new ParsedObservation(
                        year,
                        code,
                        spec.id(),
                        read.value(),
                        read.status(),
                        grid.name() + "!" + SheetGrid.columnLetters(medianColumn) + row));
            }
        }
        if (observations.stream().noneMatch(o -> knownCouncils.contains(o.areaCode()))) {
            problems.add(ImportProblem.inSheet(
                    file, grid.name(), "no row for any council in the council register: is this ASHE Table 8?"));
        }
        if (!problems.isEmpty()) {
            throw new NationalDataImportException(problems);
        }
        return new ParsedDataset(
                DatasetKind.ASHE_PAY,
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

    /** ONS's own markers first ("x" unreliable, ".." disclosive, ":" not applicable), then as any published cell. */
    private static CellValues.Read read(
            String file, SheetGrid grid, int row, int column, List<ImportProblem> problems) {
        return switch (grid.text(row, column)) {
            case "x", "..", "-" -> new CellValues.Read(null, ValueStatus.SUPPRESSED);
            case ":" -> new CellValues.Read(null, ValueStatus.BLANK);
            default -> CellValues.read(file, grid, row, column, problems);
        };
    }

    private static String year(SheetGrid grid) {
        Matcher m = TITLE_YEAR.matcher(grid.text(1, 1));
        return m.find() ? m.group(1) : null;
    }

    private static int headerRow(SheetGrid grid) {
        for (int row = 1; row <= Math.min(20, grid.lastRow()); row++) {
            if (column(grid, row, "Code") > 0) {
                return row;
            }
        }
        return 0;
    }

    private static int column(SheetGrid grid, int row, String header) {
        for (int column = 1; column <= grid.lastColumn(row); column++) {
            if (HeaderBlock.normalise(grid.text(row, column)).equals(HeaderBlock.normalise(header))) {
                return column;
            }
        }
        return 0;
    }
}
