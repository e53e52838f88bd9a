package org.vfmworkbook.nationaldata;

import java.util.Arrays;

/** The cells of the row a streaming reader is in, handed to the {@link RowFilter} when the row ends. */
final class RowBuffer {

    private int number;
    private int[] columns = new int[64];
    private String[] values = new String[64];
    private int size;

    int number() {
        return number;
    }

    /** Starts a new row (the caller has flushed the one before). */
    void start(int rowNumber) {
        number = rowNumber;
        size = 0;
    }

    void put(int column, String value) {
        if (value == null) {
            return;
        }
        if (size == columns.length) {
            columns = Arrays.copyOf(columns, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        columns[size] = column;
        values[size++] = value;
    }

    /** The raw text of the cell in this 1-based column, or {@code null} when it is empty. */
    String text(int column) {
        for (int i = 0; i < size; i++) {
            if (columns[i] == column) {
                return values[i];
            }
        }
        return null;
    }

    /** The last column holding a value, 0 for an empty row. */
    int lastColumn() {
        int last = 0;
        for (int i = 0; i < size; i++) {
            last = Math.max(last, columns[i]);
        }
        return last;
    }

    /** Puts the row's cells into the grid if the filter keeps the row, and empties the buffer. */
    void flushInto(SheetGrid grid, RowFilter filter) {
        if (size > 0 && filter.keep(this)) {
            for (int i = 0; i < size; i++) {
                grid.put(number, columns[i], values[i]);
            }
        }
        size = 0;
    }
}
