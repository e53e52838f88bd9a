package org.vfmworkbook.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Cells and lines of the CSV downloads (RFC 4180), written the one way: quoted where needed, formulas defused. */
public final class CsvCells {

    private CsvCells() {}

    /** One line of cells, each quoted as needed, ending CRLF. */
    public static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(CsvCells::quote).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    /** An unrounded number as plain text, or an empty cell where there is none (never 0). */
    public static String number(Double value) {
        return value == null
                ? ""
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Quotes every cell that needs it; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it. */
    public static String quote(String cell) {
        String text = cell == null ? "" : cell;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+(E-?[0-9]+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
