package org.vfmworkbook.report;

import java.util.Optional;

/** Where the report finds a workbook's content. The workbook capability implements it; empty when there is none. */
public interface WorkbookContentSource {

    Optional<WorkbookContent> find(long workbookId);
}
