package org.vfmworkbook.workbook;

import java.util.Set;

/**
 * The workbooks a person may read, as the start page lists them.
 *
 * @param ownCouncilCode the council whose workbooks they read as a member (editor or viewer); null for anyone else
 * @param sharedWorkbookIds other councils' workbooks currently shared with them, by name or through their region
 */
public record ReadableWorkbooks(String ownCouncilCode, Set<Long> sharedWorkbookIds) {

    public static final ReadableWorkbooks NONE = new ReadableWorkbooks(null, Set.of());

    public ReadableWorkbooks {
        sharedWorkbookIds = Set.copyOf(sharedWorkbookIds);
    }
}
