package org.vfmworkbook.peer;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;

import org.vfmworkbook.security.AccessCheck;
import org.vfmworkbook.security.MatchedRoute;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.security.User;
import org.vfmworkbook.web.NotFoundProblem;

/**
 * Decides the peer-session permissions for the session the router matched as {@code {id}}, by {@link SessionAccessRules}: a
 * session the user may not see is answered exactly like one that does not exist (404, nothing revealed), except that an editor of
 * a council in the session's region may join it; a change the user may see but not make is 403.
 */
@ApplicationScoped
class SessionAccessCheck implements AccessCheck {

    private final PeerSessions sessions;

    SessionAccessCheck(PeerSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Set<Permission> decides() {
        return EnumSet.of(
                Permission.START_SESSION,
                Permission.SEE_SESSION,
                Permission.JOIN_SESSION,
                Permission.WITHDRAW_FROM_SESSION,
                Permission.CHALLENGE_IN_SESSION,
                Permission.REPLY_IN_SESSION,
                Permission.FACILITATE_SESSION);
    }

    @Override
    public void check(Permission needed, User user, MatchedRoute route) {
        if (needed == Permission.START_SESSION) {
            String region = route.formField("region");
            // With no region chosen, let a peer reviewer through to the form's own "Choose the region" message.
            boolean chosen = region != null && !region.isBlank();
            if (chosen
                    ? !SessionAccessRules.canStartSessionFor(user, region)
                    : !SessionAccessRules.canStartSessions(user)) {
                throw new ForbiddenException();
            }
            return;
        }
        String id = route.pathParameter("id");
        long sessionId = MatchedRoute.number(id).orElseThrow(() -> noSuchSession(id));
        SessionAccess session = sessions.accessFor(sessionId).orElseThrow(() -> noSuchSession(id));
        boolean sees = SessionAccessRules.canSee(user, session);
        if (needed == Permission.JOIN_SESSION) {
            checkJoin(user, session, sees, route, id);
            return;
        }
        if (!sees) {
            throw noSuchSession(id);
        }
        boolean allowed = switch (needed) {
            case SEE_SESSION -> true;
            case WITHDRAW_FROM_SESSION ->
                MatchedRoute.number(route.pathParameter("workbookId"))
                        .flatMap(workbook -> sessions.councilOfParticipantWorkbook(sessionId, workbook))
                        .map(council -> SessionAccessRules.canWithdraw(user, session, council))
                        .orElse(SessionAccessRules.canFacilitate(user, session));
            case CHALLENGE_IN_SESSION ->
                MatchedRoute.number(route.formField("participant"))
                        .flatMap(participant -> sessions.activeCouncil(sessionId, participant))
                        .map(council -> SessionAccessRules.canChallenge(user, session, council))
                        .orElse(false);
            case REPLY_IN_SESSION ->
                MatchedRoute.number(route.pathParameter("commentId"))
                        .flatMap(comment -> sessions.councilChallenged(sessionId, comment))
                        .map(council -> SessionAccessRules.canReply(user, session, council))
                        .orElse(false);
            case FACILITATE_SESSION -> SessionAccessRules.canFacilitate(user, session);
            default -> throw new IllegalArgumentException(needed + " is not a session permission");
        };
        if (!allowed) {
            throw new ForbiddenException();
        }
    }

    /** Joining: with the council's own workbook, by its editor. No workbook chosen: the editor reaches the form's own message. */
    private void checkJoin(User user, SessionAccess session, boolean sees, MatchedRoute route, String id) {
        if (!sees && !SessionAccessRules.canJoin(user, session)) {
            throw noSuchSession(id);
        }
        String workbook = route.formField("workbook");
        boolean chosen = workbook != null && !workbook.isBlank();
        // A workbook that is not the council's own is refused alike whether it exists or not.
        Optional<String> council = MatchedRoute.number(workbook).flatMap(sessions::councilOfWorkbook);
        if (chosen
                ? council.map(c -> !SessionAccessRules.canJoinWith(user, session, c))
                        .orElse(true)
                : !SessionAccessRules.canJoin(user, session)) {
            throw new ForbiddenException();
        }
    }

    private static NotFoundProblem noSuchSession(String id) {
        return new NotFoundProblem("No peer-challenge session " + id);
    }
}
