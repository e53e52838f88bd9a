package org.vfmworkbook.nationaldata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One worksheet as published: raw cell text by (row, column), both 1-based as Excel shows them,
 * and the merged ranges, which the header matching needs.
 */
final class SheetGrid {

    record Range(int firstRow, int firstColumn, int lastRow, int lastColumn) {
        boolean contains(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }
    }

    private final String name;
    private final TreeMap<Integer, Map<Integer, String>> rows = new TreeMap<>();
    private final List<Range> merges = new ArrayList<>();

    SheetGrid(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void put(int row, int column, String value) {
        if (value != null) {
            rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value);
        }
    }

    void addMerge(Range range) {
        merges.add(range);
    }

    /** The cell's text, trimmed, or "" when empty. */
    String text(int row, int column) {
        Map<Integer, String> cells = rows.get(row);
        String value = cells == null ? null : cells.get(column);
        return value == null ? "" : value.trim();
    }

    /** The text shown at a cell, taking it from the top-left cell of a merged range it belongs to. */
    String shownText(int row, int column) {
        for (Range range : merges) {
            if (range.contains(row, column)) {
                return text(range.firstRow(), range.firstColumn());
            }
        }
        return text(row, column);
    }

    int lastRow() {
        return rows.isEmpty() ? 0 : rows.lastKey();
    }

    int lastColumn(int row) {
        Map<Integer, String> cells = rows.get(row);
        int last = 0;
        if (cells != null && !cells.isEmpty()) {
            last = ((TreeMap<Integer, String>) cells).lastKey();
        }
        for (Range range : merges) {
            if (range.firstRow() <= row && range.lastRow() >= row) {
                last = Math.max(last, range.lastColumn());
            }
        }
        return last;
    }

    /** Excel's column letters for a 1-based column number: 1 → A, 27 → AA. */
    static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** Parses "AB12" into {row, column}. */
    static int[] parseReference(String reference) {
        int i = 0;
        int column = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        int row = Integer.parseInt(reference.substring(i));
        return new int[] {row, column};
    }
}
