package org.vfmworkbook.security;

/**
 * A signed-in person as the access rules see them: no Quarkus types, so {@link AccessRules} can be tested exhaustively.
 *
 * @param councilCode the ONS code of their council; {@code null} for administrators
 * @param regionCode the region of their council (peer reviewers see what is shared with their region); {@code null} when unknown
 * @param director whether an administrator has made this council editor their council's director, who releases the council's
 *            figures to the region ({@code peer.ReleaseRules}, ADR 0011); ignored for other roles
 */
public record User(
        String username,
        String displayName,
        Role role,
        String councilCode,
        String regionCode,
        boolean canSignOff,
        boolean director) {

    /** A user who is not a director. */
    public User(
            String username, String displayName, Role role, String councilCode, String regionCode, boolean canSignOff) {
        this(username, displayName, role, councilCode, regionCode, canSignOff, false);
    }

    public boolean is(Role other) {
        return role == other;
    }

    public boolean belongsTo(String council) {
        return councilCode != null && councilCode.equals(council);
    }
}
