package org.vfmworkbook.nationaldata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The header of a published table: the rows between the row that starts with a known label (e.g.
 * "Geography code") and the first data row. Each column is named by the labels above it, top to bottom,
 * with merged cells resolved and repeats removed, so "Income from NHS › Long Term Care › 18 to 64".
 */
final class HeaderBlock {

    static final Pattern AREA_CODE = Pattern.compile("E\\d{8}");

    private final SheetGrid grid;
    private final int firstHeaderRow;
    private final int firstDataRow;

    private HeaderBlock(SheetGrid grid, int firstHeaderRow, int firstDataRow) {
        this.grid = grid;
        this.firstHeaderRow = firstHeaderRow;
        this.firstDataRow = firstDataRow;
    }

    /**
     * Finds the header starting at the row whose column A reads {@code firstLabel}; data start at the
     * first later row holding an area code in any of {@code codeColumns}.
     */
    static Optional<HeaderBlock> find(SheetGrid grid, String firstLabel, int... codeColumns) {
        for (int row = 1; row <= grid.lastRow(); row++) {
            if (normalise(grid.text(row, 1)).equals(normalise(firstLabel))) {
                for (int data = row + 1; data <= grid.lastRow(); data++) {
                    for (int column : codeColumns) {
                        if (AREA_CODE.matcher(grid.text(data, column)).matches()) {
                            return Optional.of(new HeaderBlock(grid, row, data));
                        }
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    int firstHeaderRow() {
        return firstHeaderRow;
    }

    int firstDataRow() {
        return firstDataRow;
    }

    /** The column whose header path equals {@code path} (after normalising), if exactly one does. */
    Optional<Integer> column(List<String> path) {
        List<String> wanted = path.stream().map(HeaderBlock::normalise).toList();
        Integer found = null;
        for (int column = 1; column <= lastColumn(); column++) {
            if (path(column).equals(wanted)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = column;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every column's header path, for a message that shows what the file does contain. */
    List<String> describeColumns() {
        List<String> columns = new ArrayList<>();
        for (int column = 1; column <= lastColumn(); column++) {
            List<String> path = path(column);
            if (!path.isEmpty()) {
                columns.add(SheetGrid.columnLetters(column) + " \"" + String.join(" › ", path) + "\"");
            }
        }
        return columns;
    }

    List<String> path(int column) {
        List<String> labels = new ArrayList<>();
        for (int row = firstHeaderRow; row < firstDataRow; row++) {
            String label = normalise(grid.shownText(row, column));
            if (!label.isEmpty()
                    && (labels.isEmpty() || !labels.get(labels.size() - 1).equals(label))) {
                labels.add(label);
            }
        }
        return labels;
    }

    private int lastColumn() {
        int last = 0;
        for (int row = firstHeaderRow; row < firstDataRow; row++) {
            last = Math.max(last, grid.lastColumn(row));
        }
        return last;
    }

    /** Case and white space do not matter in headers (the files break lines inside labels). */
    static String normalise(String label) {
        return label.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
