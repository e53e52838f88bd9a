package org.vfmworkbook.workbook;

import jakarta.ws.rs.ForbiddenException;

/**
 * The workbook's state does not allow the change: it is signed off (and so locked), or it is not yet signed off (so no new version can
 * start from it). The access filter refuses these requests first; the services check again, so no other caller can get round it.
 */
public class WorkbookStateException extends ForbiddenException {

    public WorkbookStateException(String message) {
        super(message);
    }
}
