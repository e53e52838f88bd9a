package org.vfmworkbook.workbook;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who is making a change (for the audit trail, "updated by" and "signed off by") and what they may do with workbooks (for the links
 * the pages offer). This placeholder is nobody, who may do nothing; the security package replaces it with the signed-in person
 * judged by its access rules. The rules are enforced before any workbook route runs; this only decides what the pages show.
 */
@ApplicationScoped
public class CurrentActor {

    public String name() {
        return "anonymous";
    }

    /** The name people know them by, as the report's "Signed off by" shows it. */
    public String displayName() {
        return name();
    }

    public WorkbookPermissions permissionsFor(long workbookId) {
        return WorkbookPermissions.NONE;
    }

    /** The council they may open new workbooks for (a council editor's own), or empty when they may open none. */
    public java.util.Optional<String> councilForNewWorkbooks() {
        return java.util.Optional.empty();
    }

    /** The workbooks they may read: their own council's, and those shared with them. */
    public ReadableWorkbooks readable() {
        return ReadableWorkbooks.NONE;
    }
}
