package org.vfmworkbook.security;

import java.util.Set;

/**
 * What the access rules need to know about one workbook.
 *
 * @param councilCode the council whose assessment it is
 * @param sharedWithUsernames people it is shared with, read-only, by name
 * @param sharedWithRegions regions whose peer reviewers it is shared with, read-only
 * @param signedOff signed off, and so locked
 */
public record WorkbookAccess(
        String councilCode, Set<String> sharedWithUsernames, Set<String> sharedWithRegions, boolean signedOff) {

    public WorkbookAccess {
        sharedWithUsernames = Set.copyOf(sharedWithUsernames);
        sharedWithRegions = Set.copyOf(sharedWithRegions);
    }

    /** A workbook nobody outside its council can see. */
    public static WorkbookAccess unshared(String councilCode, boolean signedOff) {
        return new WorkbookAccess(councilCode, Set.of(), Set.of(), signedOff);
    }
}
