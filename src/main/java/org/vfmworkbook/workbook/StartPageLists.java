package org.vfmworkbook.workbook;

import java.util.List;

/** The start page's two lists: the person's own council's workbooks, and other councils' workbooks shared with them. */
public record StartPageLists(List<WorkbookSummary> own, List<WorkbookSummary> shared) {}
