package org.vfmworkbook.nationaldata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A published file whose data is one sheet with a single header row (row 1): the IMD and ASCOF files. */
final class SingleSheet {

    final SheetGrid grid;
    private final String file;
    private final Map<String, Integer> headers = new LinkedHashMap<>();

    private SingleSheet(String file, SheetGrid grid) {
        this.file = file;
        this.grid = grid;
        for (int column = 1; column <= grid.lastColumn(1); column++) {
            headers.put(HeaderBlock.normalise(grid.text(1, column)), column);
        }
    }

    /** Reads the named sheet, or rejects the file naming the sheet that is missing. */
    static SingleSheet read(String file, byte[] content, String sheet) {
        return read(file, content, sheet, RowFilter.ALL);
    }

    /** Reads the rows of the named sheet that the filter keeps, or rejects the file naming the sheet that is missing. */
    static SingleSheet read(String file, byte[] content, String sheet, RowFilter filter) {
        SheetGrid grid;
        try {
            grid = WorkbookReader.forFileName(file)
                    .read(new ByteArrayInputStream(content), Set.of(sheet), filter)
                    .get(sheet);
        } catch (IOException e) {
            throw new NationalDataImportException(List.of(ImportProblem.inFile(file, e.getMessage())));
        }
        if (grid == null) {
            throw new NationalDataImportException(List.of(
                    ImportProblem.inSheet(file, sheet, "sheet \"" + sheet + "\" is missing from the workbook")));
        }
        return new SingleSheet(file, grid);
    }

    /** The column with this header, or {@code null} after recording a problem naming the missing header. */
    Integer column(String header, List<ImportProblem> problems) {
        Integer column = headers.get(HeaderBlock.normalise(header));
        if (column == null) {
            problems.add(new ImportProblem(file, grid.name(), 1, null, "no column headed \"" + header + "\""));
        }
        return column;
    }
}
