package org.vfmworkbook.security;

/**
 * A signed-in person as the access rules see them: no Quarkus types, so {@link AccessRules} can be tested exhaustively.
 *
 * @param councilCode the ONS code of their council; {@code null} for administrators
 * @param regionCode the region of their council (peer reviewers see what is shared with their region); {@code null} when unknown
 */
public record User(String username, String displayName, Role role, String councilCode, String regionCode, boolean canSignOff) {

    public boolean is(Role other) {
        return role == other;
    }

    public boolean belongsTo(String council) {
        return councilCode != null && councilCode.equals(council);
    }
}
