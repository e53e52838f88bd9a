package org.vfmworkbook.nationaldata;

/**
 * One thing wrong with a file offered for import, located as precisely as the file allows.
 * {@code sheet}, {@code row} and {@code column} are null where they do not apply (a CSV has no sheet;
 * a missing sheet has no row).
 */
public record ImportProblem(String file, String sheet, Integer row, String column, String message) {

    static ImportProblem inFile(String file, String message) {
        return new ImportProblem(file, null, null, null, message);
    }

    static ImportProblem inSheet(String file, String sheet, String message) {
        return new ImportProblem(file, sheet, null, null, message);
    }

    static ImportProblem atCell(String file, String sheet, int row, int column, String message) {
        return new ImportProblem(file, sheet, row, SheetGrid.columnLetters(column), message);
    }

    /** "ASCFR….xlsx, sheet T16, row 22, column J: …" */
    public String describe() {
        StringBuilder where = new StringBuilder(file);
        if (sheet != null) {
            where.append(", sheet ").append(sheet);
        }
        if (row != null) {
            where.append(", row ").append(row);
        }
        if (column != null) {
            where.append(", column ").append(column);
        }
        return where.append(": ").append(message).toString();
    }
}
