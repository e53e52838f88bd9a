package org.vfmworkbook.workbook;

/** Someone else saved the thing being changed since the form was opened; nothing was saved. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String message) {
        super(message);
    }
}
