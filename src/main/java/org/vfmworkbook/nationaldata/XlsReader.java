package org.vfmworkbook.nationaldata;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;

/** Reads the old binary .xls format (the ONS population files) with Apache POI's HSSF. */
final class XlsReader implements WorkbookReader {

    @Override
    public Map<String, SheetGrid> read(InputStream content, Set<String> sheetNames) throws IOException {
        Map<String, SheetGrid> sheets = new LinkedHashMap<>();
        try (HSSFWorkbook workbook = new HSSFWorkbook(content)) {
            for (String name : sheetNames) {
                Sheet sheet = workbook.getSheet(name);
                if (sheet != null) {
                    sheets.put(name, toGrid(sheet));
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("not a readable .xls workbook: " + e.getMessage(), e);
        }
        return sheets;
    }

    private static SheetGrid toGrid(Sheet sheet) {
        SheetGrid grid = new SheetGrid(sheet.getSheetName());
        for (Row row : sheet) {
            for (Cell cell : row) {
                grid.put(row.getRowNum() + 1, cell.getColumnIndex() + 1, text(cell));
            }
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            grid.addMerge(new SheetGrid.Range(merged.getFirstRow() + 1, merged.getFirstColumn() + 1,
                    merged.getLastRow() + 1, merged.getLastColumn() + 1));
        }
        return grid;
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null;
        };
    }
}
