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
     */
    Map<String, SheetGrid> read(InputStream content, Set<String> sheetNames) throws IOException;

    static WorkbookReader forFileName(String fileName) {
        return fileName.toLowerCase().endsWith(".xls") ? new XlsReader() : new XlsxReader();
    }
}
