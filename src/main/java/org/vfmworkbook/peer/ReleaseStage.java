package org.vfmworkbook.peer;

/**
 * How far a council's director has released the council's figures and answers in its region's side-by-side views, in the order
 * they are released (ADR 0011). Until a council is released to someone, they see it as a letter.
 */
public enum ReleaseStage {
    /** Seen named only by the council's own people and the directors of the region's councils. */
    UNRELEASED(
            "Not released", "Only your council's own people and the directors of the region's councils see it named"),
    /** Also named to the region's peers: its peer reviewers and the people of its other councils. */
    PEERS(
            "Released to the region's peers",
            "Also named to the region's peer reviewers and to the editors and viewers of the region's other councils"),
    /** Named to everyone signed in, administrators and other regions included. */
    ALL("Released to everyone signed in", "Named to every signed-in user, including other regions and administrators");

    private final String label;
    private final String description;

    ReleaseStage(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
