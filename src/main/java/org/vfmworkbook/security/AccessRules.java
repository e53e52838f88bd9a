package org.vfmworkbook.security;

/**
 * Who may do what, in one place. Pure: no Quarkus types, no database; every rule is a function of the user and the workbook.
 * <ul>
 * <li>A council's editors and viewers read their own council's workbooks; nobody else does unless it is shared with them.</li>
 * <li>A workbook may be shared read-only with named people, or with the peer reviewers of a region.</li>
 * <li>Only the council's own editors change it, and nobody changes it once it is signed off.</li>
 * <li>Administrators manage accounts and national data; they read no council's workbook.</li>
 * </ul>
 * Anonymous visitors are {@code null} and may do none of these things.
 */
public final class AccessRules {

    private AccessRules() {}

    public static boolean canReadWorkbook(User user, WorkbookAccess workbook) {
        if (user == null || workbook == null || user.is(Role.ADMINISTRATOR)) {
            return false;
        }
        if (isOwnCouncilMember(user, workbook)) {
            return true;
        }
        return isSharedWith(user, workbook);
    }

    /** Whether the workbook is shared with this person, by name or (for peer reviewers) through their region. */
    public static boolean isSharedWith(User user, WorkbookAccess workbook) {
        if (user == null || user.is(Role.ADMINISTRATOR)) {
            return false;
        }
        if (workbook.sharedWithUsernames().contains(user.username())) {
            return true;
        }
        return user.is(Role.PEER_REVIEWER)
                && user.regionCode() != null
                && workbook.sharedWithRegions().contains(user.regionCode());
    }

    public static boolean canEditWorkbook(User user, WorkbookAccess workbook) {
        return isOwnCouncilEditor(user, workbook) && !workbook.signedOff();
    }

    /** Creating a workbook, or starting a new version of a signed-off one, for the user's own council. */
    public static boolean canCreateWorkbookFor(User user, String councilCode) {
        return user != null && user.is(Role.COUNCIL_EDITOR) && user.belongsTo(councilCode);
    }

    /** Starting a new version: the council's editors (sign-off rights not needed), once the workbook is signed off. */
    public static boolean canStartNewVersion(User user, WorkbookAccess workbook) {
        return workbook != null && workbook.signedOff() && canCreateWorkbookFor(user, workbook.councilCode());
    }

    public static boolean canSignOff(User user, WorkbookAccess workbook) {
        return canEditWorkbook(user, workbook) && user.canSignOff();
    }

    /** Sharing and withdrawing shares: the council's editors, also after sign-off (sharing the final version is the point). */
    public static boolean canShare(User user, WorkbookAccess workbook) {
        return isOwnCouncilEditor(user, workbook);
    }

    /** Peer reviewers comment on what is shared with them; the council's own editors answer. */
    public static boolean canComment(User user, WorkbookAccess workbook) {
        if (user == null) {
            return false;
        }
        return user.is(Role.PEER_REVIEWER) ? isSharedWith(user, workbook) : isOwnCouncilEditor(user, workbook);
    }

    public static boolean canAdminister(User user) {
        return user != null && user.is(Role.ADMINISTRATOR);
    }

    public static boolean canImportData(User user) {
        return canAdminister(user);
    }

    private static boolean isOwnCouncilMember(User user, WorkbookAccess workbook) {
        return (user.is(Role.COUNCIL_EDITOR) || user.is(Role.COUNCIL_VIEWER)) && user.belongsTo(workbook.councilCode());
    }

    private static boolean isOwnCouncilEditor(User user, WorkbookAccess workbook) {
        return user != null
                && workbook != null
                && user.is(Role.COUNCIL_EDITOR)
                && user.belongsTo(workbook.councilCode());
    }
}
