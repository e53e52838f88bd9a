package org.vfmworkbook.nationaldata;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

/** Reads the named sheets of a published spreadsheet into grids. One implementation per file format. */
interface WorkbookReader {

    /**
     * @param content the file's bytes
     * @param sheetNames the sheets wanted; those absent from the file are simply not in the result
     * @param filter which rows of the wanted sheets to keep; the others are dropped as they are read
     */
    Map<String, SheetGrid> read(InputStream content, Set<String> sheetNames, RowFilter filter) throws IOException;

    /** Every row of the named sheets. */
    default Map<String, SheetGrid> read(InputStream content, Set<String> sheetNames) throws IOException {
        return read(content, sheetNames, RowFilter.ALL);
    }

    static WorkbookReader forFileName(String fileName) {
        return fileName.toLowerCase().endsWith(".xls") ? new XlsReader() : new XlsxReader();
    }
}
