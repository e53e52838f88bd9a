package org.vfmworkbook.nationaldata;

import java.util.List;

/** Turns published cell text into a value and a status, or a problem naming the cell. */
final class CellValues {

    record Read(Double value, ValueStatus status) {}

    private CellValues() {}

    /** Returns null and records a problem when the cell holds text that is neither a number nor a marker. */
    static Read read(String file, SheetGrid grid, int row, int column, List<ImportProblem> problems) {
        String text = grid.text(row, column);
        switch (text) {
            case "" -> {
                return new Read(null, ValueStatus.BLANK);
            }
            case "[x]", "[X]" -> {
                return new Read(null, ValueStatus.NOT_SUBMITTED);
            }
            case "[c]", "[C]" -> {
                return new Read(null, ValueStatus.SUPPRESSED);
            }
            default -> {
                try {
                    double value = Double.parseDouble(text.replace(",", ""));
                    if (Double.isNaN(value) || Double.isInfinite(value)) {
                        throw new NumberFormatException();
                    }
                    return new Read(value, ValueStatus.PUBLISHED);
                } catch (NumberFormatException e) {
                    problems.add(
                            ImportProblem.atCell(
                                    file,
                                    grid.name(),
                                    row,
                                    column,
                                    "\"" + text
                                            + "\" is not a number (expected a figure, [x] for not submitted or [c] for suppressed)"));
                    return null;
                }
            }
        }
    }
}
