package org.vfmworkbook.peer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.ForbiddenException;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.vfmworkbook.security.Csrf;
import org.vfmworkbook.security.CurrentUser;
import org.vfmworkbook.security.User;
import org.vfmworkbook.web.NotFoundProblem;

/**
 * Applies {@link SessionAccessRules} to every route under {@code /peer-sessions} in one place, before the resource runs: a
 * session the user may not see is answered exactly like one that does not exist (404, nothing revealed), except that an
 * editor of a council in the session's region may join it; a change the user may see but not make is 403.
 */
public class PeerSessionAccessFilter {

    private static final Pattern SESSION = Pattern.compile("/peer-sessions/([^/]+)(/.*)?");
    private static final Pattern WITHDRAW = Pattern.compile("/participants/(\\d+)/withdraw");
    private static final Pattern CHALLENGE = Pattern.compile("/steps/[^/]+/challenges");
    private static final Pattern REPLY = Pattern.compile("/challenges/(\\d+)/replies");

    private final CurrentUser currentUser;
    private final PeerSessions sessions;

    public PeerSessionAccessFilter(CurrentUser currentUser, PeerSessions sessions) {
        this.currentUser = currentUser;
        this.sessions = sessions;
    }

    @WithFormRead
    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER + 100)
    public void check(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/peer-sessions")) {
            return;
        }
        User user = currentUser.user();
        boolean changes = Csrf.changes(request.getMethod());
        Matcher route = SESSION.matcher(path);
        if (!route.matches()) {
            if (changes && !SessionAccessRules.canStartSession(user)) {
                throw new ForbiddenException();
            }
            return;
        }
        String id = route.group(1);
        String rest = route.group(2) == null ? "" : route.group(2);
        SessionAccess session = parse(id).flatMap(sessions::accessFor).orElseThrow(() -> noSuchSession(id));
        if (changes && rest.equals("/participants")) {
            checkJoin(request, user, session, id);
            return;
        }
        if (!SessionAccessRules.canSee(user, session)) {
            throw noSuchSession(id);
        }
        if (changes && !mayChange(request, user, session, Long.parseLong(id), rest)) {
            throw new ForbiddenException();
        }
    }

    private void checkJoin(ResteasyReactiveContainerRequestContext request, User user, SessionAccess session, String id) {
        boolean sees = SessionAccessRules.canSee(user, session);
        if (!sees && !SessionAccessRules.canJoin(user, session)) {
            throw noSuchSession(id);
        }
        Optional<String> council = parse(formParameter(request, "workbook")).flatMap(sessions::councilOfWorkbook);
        // No workbook chosen: a council's editor reaches the form's own message; a workbook of another council is refused.
        if (council.isPresent() ? !SessionAccessRules.canJoinWith(user, session, council.get())
                : !SessionAccessRules.canJoin(user, session)) {
            throw new ForbiddenException();
        }
    }

    private boolean mayChange(ResteasyReactiveContainerRequestContext request, User user, SessionAccess session, long id,
            String rest) {
        Matcher withdraw = WITHDRAW.matcher(rest);
        if (withdraw.matches()) {
            return sessions.councilOfParticipantWorkbook(id, Long.parseLong(withdraw.group(1)))
                    .map(council -> SessionAccessRules.canWithdraw(user, session, council))
                    .orElse(SessionAccessRules.canFacilitate(user, session));
        }
        if (CHALLENGE.matcher(rest).matches()) {
            return parse(formParameter(request, "participant")).flatMap(p -> sessions.activeCouncil(id, p))
                    .map(council -> SessionAccessRules.canChallenge(user, session, council)).orElse(false);
        }
        Matcher reply = REPLY.matcher(rest);
        if (reply.matches()) {
            return sessions.councilChallenged(id, Long.parseLong(reply.group(1)))
                    .map(council -> SessionAccessRules.canReply(user, session, council)).orElse(false);
        }
        return SessionAccessRules.canFacilitate(user, session); // notes and follow-ups
    }

    private static String formParameter(ResteasyReactiveContainerRequestContext request, String name) {
        Object value = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(name, true, false);
        return value == null ? null : value.toString();
    }

    private static Optional<Long> parse(String number) {
        try {
            return number == null ? Optional.empty() : Optional.of(Long.parseLong(number.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static NotFoundProblem noSuchSession(String id) {
        return new NotFoundProblem("No peer-challenge session " + id);
    }
}
