package org.vfmworkbook.workbook;

import io.quarkus.qute.TemplateData;

/** What the current person may do with one workbook, so the pages offer only the links and buttons that lead somewhere. */
@TemplateData
public record WorkbookPermissions(boolean edit, boolean signOff, boolean share, boolean startNewVersion) {

    public static final WorkbookPermissions NONE = new WorkbookPermissions(false, false, false, false);
}
