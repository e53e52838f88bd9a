package org.vfmworkbook.peer;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.security.User;

/**
 * Who may see and do what in a peer-challenge session, in one place. Pure: a function of the user and the session.
 * <ul>
 * <li>A peer reviewer starts sessions for their own region only, and facilitates the sessions they started there. Administrators
 * take no part in sessions: they start none, see none and so never read a council's answers through one.</li>
 * <li>A session is seen by its facilitator, the peer reviewers of its region, and the editors and viewers of the councils
 * taking part; by nobody else (they get 404, as for a session that does not exist).</li>
 * <li>A council's editor joins with the council's own workbook when the council is in the session's region, and withdraws
 * it again; the facilitator may also withdraw a council.</li>
 * <li>The facilitator, the region's peer reviewers and the editors of the other councils taking part challenge a council;
 * only that council's editors reply.</li>
 * <li>Only the facilitator records the session's notes and follow-ups.</li>
 * <li>In an anonymised view only a council member's own council is named; administrators and peer reviewers see every
 * council anonymised.</li>
 * </ul>
 * Anonymous visitors are {@code null} and may do none of these things.
 */
public final class SessionAccessRules {

    private SessionAccessRules() {}

    /** Whether the user may start sessions at all: a peer reviewer whose council's region is known. */
    public static boolean canStartSessions(User user) {
        return user != null && user.is(Role.PEER_REVIEWER) && user.regionCode() != null;
    }

    /** A peer reviewer starts a session for their own region only. */
    public static boolean canStartSessionFor(User user, String regionCode) {
        return canStartSessions(user) && user.regionCode().equals(regionCode);
    }

    public static boolean canSee(User user, SessionAccess session) {
        if (user == null || session == null) {
            return false;
        }
        return isFacilitator(user, session) || isRegionsPeerReviewer(user, session) || isParticipant(user, session);
    }

    /** An editor of a council in the session's region, with the council's own workbook (checked when it is chosen). */
    public static boolean canJoin(User user, SessionAccess session) {
        return user != null
                && session != null
                && user.is(Role.COUNCIL_EDITOR)
                && user.councilCode() != null
                && session.regionCode().equals(user.regionCode());
    }

    public static boolean canJoinWith(User user, SessionAccess session, String workbookCouncil) {
        return canJoin(user, session) && user.belongsTo(workbookCouncil);
    }

    public static boolean canWithdraw(User user, SessionAccess session, String council) {
        return canSee(user, session)
                && (isFacilitator(user, session) || (user.is(Role.COUNCIL_EDITOR) && user.belongsTo(council)));
    }

    public static boolean canChallenge(User user, SessionAccess session, String council) {
        if (!canSee(user, session) || !session.participatingCouncils().contains(council)) {
            return false;
        }
        return isFacilitator(user, session)
                || isRegionsPeerReviewer(user, session)
                || (user.is(Role.COUNCIL_EDITOR) && isParticipant(user, session) && !user.belongsTo(council));
    }

    public static boolean canReply(User user, SessionAccess session, String council) {
        return canSee(user, session)
                && session.participatingCouncils().contains(council)
                && user.is(Role.COUNCIL_EDITOR)
                && user.belongsTo(council);
    }

    public static boolean canFacilitate(User user, SessionAccess session) {
        return user != null && session != null && isFacilitator(user, session);
    }

    /** The council an anonymised view names: the user's own, for its editors and viewers; nobody's for anyone else. */
    public static String ownCouncilShownByName(User user) {
        return user != null && isCouncilMember(user) ? user.councilCode() : null;
    }

    /** The peer reviewer who started it, while still a peer reviewer of its region (a session started elsewhere has none). */
    private static boolean isFacilitator(User user, SessionAccess session) {
        return isRegionsPeerReviewer(user, session) && user.username().equals(session.facilitator());
    }

    private static boolean isRegionsPeerReviewer(User user, SessionAccess session) {
        return user.is(Role.PEER_REVIEWER) && session.regionCode().equals(user.regionCode());
    }

    private static boolean isParticipant(User user, SessionAccess session) {
        return isCouncilMember(user) && session.participatingCouncils().contains(user.councilCode());
    }

    private static boolean isCouncilMember(User user) {
        return (user.is(Role.COUNCIL_EDITOR) || user.is(Role.COUNCIL_VIEWER)) && user.councilCode() != null;
    }
}
