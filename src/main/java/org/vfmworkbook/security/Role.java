package org.vfmworkbook.security;

/** What a person may do. One role per account; the names are also the Quarkus security role names. */
public enum Role {
    /** Accounts and national data imports; belongs to no council and reads no council's workbook. */
    ADMINISTRATOR("Administrator"),
    /** Creates and edits their own council's workbooks; may sign them off when the account has sign-off rights. */
    COUNCIL_EDITOR("Council editor"),
    /** Reads their own council's workbooks and reports. */
    COUNCIL_VIEWER("Council viewer"),
    /** Reads, and comments on, only the workbooks shared with them or with their region's peer reviewers. */
    PEER_REVIEWER("Peer reviewer");

    public static final String ADMINISTRATOR_NAME = "ADMINISTRATOR";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean belongsToACouncil() {
        return this != ADMINISTRATOR;
    }
}
