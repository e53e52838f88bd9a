package org.vfmworkbook.peer;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.security.User;

/**
 * Who sees a council of a region named in the region's side-by-side views (the regional view and its CSV, the trend view,
 * peer-challenge sessions and their pack), in one place (ADR 0011). Pure: a function of the viewer, the council, its region and
 * its release stage. Everyone else sees the council as a letter.
 * <ul>
 * <li>The council's own editors and viewers always see it named.</li>
 * <li>The directors of the region's councils see every council of the region named, whatever its stage: they see the view
 * first.</li>
 * <li>Released to peers: also the region's peers, that is its peer reviewers and the editors and viewers of its other
 * councils.</li>
 * <li>Released to all: everyone signed in (administrators and other regions' users and peer reviewers included).</li>
 * </ul>
 * A director is a council editor whose account an administrator has marked {@code director}; only a director of the council
 * changes its stage. Anonymous visitors are {@code null} and see nothing named.
 */
public final class ReleaseRules {

    private ReleaseRules() {}

    public static boolean namedTo(User viewer, String council, String regionCode, ReleaseStage stage) {
        if (viewer == null || council == null) {
            return false;
        }
        if (isCouncilMember(viewer) && viewer.belongsTo(council) || isDirectorIn(viewer, regionCode)) {
            return true;
        }
        return switch (stage == null ? ReleaseStage.UNRELEASED : stage) {
            case UNRELEASED -> false;
            case PEERS -> isPeerIn(viewer, regionCode);
            case ALL -> true;
        };
    }

    /** A council editor marked as their council's director. */
    public static boolean isDirector(User user) {
        return user != null && user.is(Role.COUNCIL_EDITOR) && user.director() && user.councilCode() != null;
    }

    /** A director of one of the region's councils. */
    public static boolean isDirectorIn(User user, String regionCode) {
        return isDirector(user) && regionCode != null && regionCode.equals(user.regionCode());
    }

    /** Only a director of the council changes (releases or withdraws) its stage. */
    public static boolean canRelease(User user, String council) {
        return isDirector(user) && user.belongsTo(council);
    }

    /** The region's peers: its peer reviewers and the editors and viewers of its councils. */
    public static boolean isPeerIn(User user, String regionCode) {
        return user != null
                && regionCode != null
                && regionCode.equals(user.regionCode())
                && (user.is(Role.PEER_REVIEWER) || isCouncilMember(user));
    }

    private static boolean isCouncilMember(User user) {
        return (user.is(Role.COUNCIL_EDITOR) || user.is(Role.COUNCIL_VIEWER)) && user.councilCode() != null;
    }
}
