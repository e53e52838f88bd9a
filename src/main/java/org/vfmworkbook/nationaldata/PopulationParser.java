package org.vfmworkbook.nationaldata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ONS mid-year estimates (MYE2 - Persons, single year of age; MYE 5, density) and derives the
 * populations aged 18+, 18-64, 65+ and 75+ for England, the regions and every council in the register. The
 * mid-year is read from the title of MYE2 ("…, mid-2019") and labels every figure ("2019").
 */
final class PopulationParser {

    private static final Pattern MID_YEAR = Pattern.compile("mid-(\\d{4})\\b");

    private final SourceMap.Population spec;
    private final Set<String> knownCouncils;
    private String year;

    PopulationParser(SourceMap.Population spec, Set<String> knownCouncils) {
        this.spec = spec;
        this.knownCouncils = knownCouncils;
    }

    ParsedDataset parse(String file, byte[] content, String sha256) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, SheetGrid> sheets;
        try {
            sheets = WorkbookReader.forFileName(file)
                    .read(new ByteArrayInputStream(content), Set.of(spec.sheet(), spec.densitySheet()));
        } catch (IOException e) {
            throw new NationalDataImportException(List.of(ImportProblem.inFile(file, e.getMessage())));
        }
        List<ParsedObservation> observations = new ArrayList<>();
        SheetGrid ages = sheets.get(spec.sheet());
        if (ages == null) {
            problems.add(ImportProblem.inSheet(
                    file, spec.sheet(), "sheet \"" + spec.sheet() + "\" is missing from the workbook"));
        } else {
            year = midYear(ages);
            if (year == null) {
                throw new NationalDataImportException(
                        List.of(
                                ImportProblem.inSheet(
                                        file,
                                        spec.sheet(),
                                        "cannot tell the mid-year of the estimates: the sheet's title should name it, e.g. \"…, mid-2020\"")));
            }
            readAges(file, ages, observations, problems);
        }
        SheetGrid density = sheets.get(spec.densitySheet());
        if (density == null) {
            problems.add(ImportProblem.inSheet(
                    file, spec.densitySheet(), "sheet \"" + spec.densitySheet() + "\" is missing from the workbook"));
        } else if (year != null) {
            readDensity(file, density, observations, problems);
        }
        if (!problems.isEmpty()) {
            throw new NationalDataImportException(problems);
        }
        return new ParsedDataset(
                DatasetKind.POPULATION,
                year,
                file,
                sha256,
                spec.title() + ": mid-" + year,
                spec.publisher(),
                spec.licence(),
                observations,
                List.of(),
                List.of());
    }

    private void readAges(String file, SheetGrid grid, List<ParsedObservation> out, List<ImportProblem> problems) {
        int headerRow = headerRow(grid);
        if (headerRow == 0) {
            problems.add(ImportProblem.inSheet(file, grid.name(), "no header row starting \"Code\""));
            return;
        }
        int[] ageColumn = new int[91];
        for (int column = 1; column <= grid.lastColumn(headerRow); column++) {
            String label = grid.text(headerRow, column).replace("+", "");
            if (label.matches("\\d{1,2}")) {
                int age = Integer.parseInt(label);
                if (age <= 90) {
                    ageColumn[age] = column;
                }
            }
        }
        for (int age = 18; age <= 90; age++) {
            if (ageColumn[age] == 0) {
                problems.add(new ImportProblem(
                        file, grid.name(), headerRow, null, "no column for age " + age + (age == 90 ? " (90+)" : "")));
                return;
            }
        }
        for (int row = headerRow + 1; row <= grid.lastRow(); row++) {
            String code = grid.text(row, 1);
            if (!wanted(code)) {
                continue;
            }
            double adults = 0;
            double working = 0;
            double over65 = 0;
            double over75 = 0;
            boolean complete = true;
            for (int age = 18; age <= 90; age++) {
                CellValues.Read read = CellValues.read(file, grid, row, ageColumn[age], problems);
                if (read == null || read.value() == null) {
                    complete = false;
                    continue;
                }
                adults += read.value();
                working += age < 65 ? read.value() : 0;
                over65 += age >= 65 ? read.value() : 0;
                over75 += age >= 75 ? read.value() : 0;
            }
            if (complete) {
                String source = grid.name() + "!" + SheetGrid.columnLetters(ageColumn[18]) + row + ":"
                        + SheetGrid.columnLetters(ageColumn[90]) + row;
                out.add(new ParsedObservation(
                        year, code, "mye-population-18-plus", adults, ValueStatus.PUBLISHED, source));
                out.add(new ParsedObservation(
                        year, code, "mye-population-18-64", working, ValueStatus.PUBLISHED, source));
                out.add(new ParsedObservation(
                        year, code, "mye-population-65-plus", over65, ValueStatus.PUBLISHED, source));
                out.add(new ParsedObservation(year, code, "population-75-plus", over75, ValueStatus.PUBLISHED, source));
            }
        }
    }

    private void readDensity(String file, SheetGrid grid, List<ParsedObservation> out, List<ImportProblem> problems) {
        int headerRow = headerRow(grid);
        String wantedHeader = HeaderBlock.normalise(year + " people per sq. km");
        int densityColumn = 0;
        for (int column = 1; headerRow > 0 && column <= grid.lastColumn(headerRow); column++) {
            if (HeaderBlock.normalise(grid.text(headerRow, column)).equals(wantedHeader)) {
                densityColumn = column;
            }
        }
        if (densityColumn == 0) {
            problems.add(new ImportProblem(
                    file,
                    grid.name(),
                    headerRow == 0 ? null : headerRow,
                    null,
                    "no column headed \"" + year + " people per sq. km\""));
            return;
        }
        for (int row = headerRow + 1; row <= grid.lastRow(); row++) {
            String code = grid.text(row, 1);
            if (wanted(code)) {
                CellValues.Read read = CellValues.read(file, grid, row, densityColumn, problems);
                if (read != null) {
                    out.add(new ParsedObservation(
                            year,
                            code,
                            "population-density",
                            read.value(),
                            read.status(),
                            grid.name() + "!" + SheetGrid.columnLetters(densityColumn) + row));
                }
            }
        }
    }

    private static String midYear(SheetGrid grid) {
        for (int row = 1; row <= Math.min(10, grid.lastRow()); row++) {
            Matcher m = MID_YEAR.matcher(grid.text(row, 1));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private boolean wanted(String code) {
        return code.equals(Regions.ENGLAND_CODE) || Regions.byCode(code).isPresent() || knownCouncils.contains(code);
    }

    private static int headerRow(SheetGrid grid) {
        for (int row = 1; row <= Math.min(30, grid.lastRow()); row++) {
            if (grid.text(row, 1).equalsIgnoreCase("Code")) {
                return row;
            }
        }
        return 0;
    }
}
