package org.vfmworkbook.nationaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleFunction;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The streaming readers (StAX + {@link SheetXmlScanner} for .xlsx, the HSSF event API for .xls) read every cell
 * and merged range of the shipped sheets the importer uses exactly as POI's full object model does.
 */
class ReadersAgreeWithPoiTest {

    @Test
    void theXlsxReaderAgreesWithPoiOnEverySheetOfTheAscfrWorkbookTheImporterReads() throws IOException {
        Set<String> sheets = new LinkedHashSet<>(List.of("T1"));
        SourceMap.load().ascfrSalt().measures().forEach(m -> sheets.add(m.sheet()));
        byte[] file = ShippedNationalData.read("ASCFR and SALT Data Tables 2021-22.xlsx");

        Map<String, SheetGrid> streamed = new XlsxReader().read(new ByteArrayInputStream(file), sheets);

        try (Workbook poi = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertSameCells(poi, streamed, sheets, number -> Double.toString(number)); // .xlsx stores full precision
        }
    }

    @Test
    void theXlsReaderAgreesWithPoiOnThePopulationSheets() throws IOException {
        SourceMap.Population spec = SourceMap.load().population();
        Set<String> sheets = Set.of(spec.sheet(), spec.densitySheet());
        byte[] file = ShippedNationalData.read("ukpopestimatesmid2020on2021geography.xls");

        Map<String, SheetGrid> streamed = new XlsReader().read(new ByteArrayInputStream(file), sheets);

        try (Workbook poi = new HSSFWorkbook(new ByteArrayInputStream(file))) {
            assertSameCells(poi, streamed, sheets, NumberToTextConverter::toText); // as Excel shows the number
        }
    }

    private static void assertSameCells(
            Workbook poi, Map<String, SheetGrid> streamed, Set<String> sheets, DoubleFunction<String> numbers) {
        assertThat(streamed.keySet()).containsExactlyInAnyOrderElementsOf(sheets);
        for (String name : sheets) {
            Sheet sheet = poi.getSheet(name);
            SheetGrid grid = streamed.get(name);
            List<String> differences = new ArrayList<>();
            int cells = 0;
            int lastRowWithText = 0;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String expected = text(cell, numbers);
                    String actual = grid.text(row.getRowNum() + 1, cell.getColumnIndex() + 1);
                    if (!sameValue(expected == null ? "" : expected.trim(), actual)) {
                        differences.add(cell.getAddress() + ": POI \"" + expected + "\", streamed \"" + actual + "\"");
                    }
                    cells++;
                    if (expected != null && !expected.isBlank()) {
                        lastRowWithText = row.getRowNum() + 1;
                    }
                }
            }
            assertThat(differences).as(name).isEmpty();
            assertThat(cells).as(name + " has cells").isPositive();
            assertThat(grid.lastRow()).as(name).isEqualTo(lastRowWithText);
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                assertThat(grid.shownText(merged.getLastRow() + 1, merged.getLastColumn() + 1))
                        .as(name + " " + merged)
                        .isEqualTo(grid.text(merged.getFirstRow() + 1, merged.getFirstColumn() + 1));
            }
        }
    }

    /** A number read from the stored text equals POI's double; anything else must match exactly. */
    private static boolean sameValue(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        try {
            return Double.parseDouble(expected) == Double.parseDouble(actual);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String text(Cell cell, DoubleFunction<String> numbers) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> numbers.apply(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null;
        };
    }
}
