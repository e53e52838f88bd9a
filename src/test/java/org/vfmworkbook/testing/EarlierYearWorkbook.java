package org.vfmworkbook.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A real-format ASC-FR/SALT workbook for the year before a published one, built from the published file itself:
 * every year label is moved back one year (titles and headers: 2021-22 becomes 2020-21, 2020-21 becomes 2019-20), and
 * each data column is given the figures the published file prints under the year its new header names. So the 2020-21
 * columns of the 2021-22 file become the "own year" columns of a 2020-21 file; a column whose year the published file
 * does not cover, and every column of a table that publishes one year only, is left empty (blank cells, never 0).
 * Only for tests: no 2020-21 workbook is among the shipped files, and this stands in for one (issue 13, F.6).
 */
public final class EarlierYearWorkbook {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern AREA_CODE = Pattern.compile("E\\d{8}");
    private static final int FIRST_DATA_COLUMN = 5; // A-E name the area

    private EarlierYearWorkbook() {}

    public static byte[] from(byte[] publishedXlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(publishedXlsx))) {
            DataFormatter shown = new DataFormatter();
            for (Sheet sheet : workbook) {
                shiftSheet(sheet, shown);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "2021-22" → "2020-21" wherever a year appears in the text. */
    static String yearBefore(String text) {
        Matcher m = YEAR.matcher(text);
        StringBuilder shifted = new StringBuilder();
        while (m.find()) {
            int start = Integer.parseInt(m.group(1)) - 1;
            m.appendReplacement(shifted, start + "-" + String.format("%02d", (start + 1) % 100));
        }
        return m.appendTail(shifted).toString();
    }

    private static void shiftSheet(Sheet sheet, DataFormatter shown) {
        int header = headerRow(sheet, shown);
        int firstData = header < 0 ? -1 : firstDataRow(sheet, header, shown);
        if (firstData < 0) {
            relabel(sheet, 0, sheet.getLastRowNum());
            return;
        }
        int lastColumn = 0;
        for (int r = header; r < firstData; r++) {
            Row row = sheet.getRow(r);
            lastColumn = Math.max(lastColumn, row == null ? 0 : row.getLastCellNum());
        }
        Map<String, Integer> columnByPath = new HashMap<>();
        List<String> paths = new ArrayList<>();
        for (int c = 0; c < lastColumn; c++) {
            String path = path(sheet, header, firstData, c, shown);
            paths.add(path);
            columnByPath.putIfAbsent(path, c);
        }
        for (int r = firstData; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<Integer, Object> published = new HashMap<>();
            for (Cell cell : row) {
                Object value = valueOf(cell);
                if (value != null) {
                    published.put(cell.getColumnIndex(), value);
                }
            }
            for (int c = FIRST_DATA_COLUMN; c < lastColumn; c++) {
                String path = paths.get(c);
                Integer source = YEAR.matcher(path).find() ? columnByPath.get(yearBefore(path)) : null;
                Object value = source == null ? null : published.get(source);
                Cell target = row.getCell(c);
                if (value == null) {
                    if (target != null) {
                        row.removeCell(target);
                    }
                } else {
                    org.apache.poi.ss.usermodel.CellStyle style = target == null ? null : target.getCellStyle();
                    if (target != null) {
                        row.removeCell(target); // a formula cell would keep its formula
                    }
                    Cell cell = row.createCell(c);
                    if (style != null) {
                        cell.setCellStyle(style);
                    }
                    if (value instanceof Double number) {
                        cell.setCellValue(number);
                    } else {
                        cell.setCellValue((String) value);
                    }
                }
            }
        }
        relabel(sheet, 0, firstData - 1);
    }

    /** A number, a text (markers such as "[x]"), or null for an empty cell. */
    private static Object valueOf(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
            default -> null;
        };
    }

    private static void relabel(Sheet sheet, int firstRow, int lastRow) {
        for (int r = firstRow; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    String text = cell.getStringCellValue();
                    String shifted = yearBefore(text);
                    if (!shifted.equals(text)) {
                        cell.setCellValue(shifted);
                    }
                }
            }
        }
    }

    private static String path(Sheet sheet, int header, int firstData, int column, DataFormatter shown) {
        List<String> labels = new ArrayList<>();
        for (int r = header; r < firstData; r++) {
            String label = text(sheet, r, column, shown).replaceAll("\\s+", " ").trim();
            if (!label.isEmpty()
                    && (labels.isEmpty() || !labels.get(labels.size() - 1).equals(label))) {
                labels.add(label);
            }
        }
        return String.join(" › ", labels);
    }

    /** A cell's text, or the text of the merged region it lies in. */
    private static String text(Sheet sheet, int r, int c, DataFormatter shown) {
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(r, c)) {
                r = merged.getFirstRow();
                c = merged.getFirstColumn();
                break;
            }
        }
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? "" : shown.formatCellValue(cell);
    }

    private static int headerRow(Sheet sheet, DataFormatter shown) {
        for (int r = 0; r <= Math.min(20, sheet.getLastRowNum()); r++) {
            if (text(sheet, r, 0, shown).trim().equalsIgnoreCase("Geography code")) {
                return r;
            }
        }
        return -1;
    }

    private static int firstDataRow(Sheet sheet, int header, DataFormatter shown) {
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            if (AREA_CODE.matcher(text(sheet, r, 0, shown).trim()).matches()
                    || AREA_CODE.matcher(text(sheet, r, 3, shown).trim()).matches()) {
                return r;
            }
        }
        return -1;
    }
}
