package org.vfmworkbook.security;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;

/**
 * The sign-in form and signing out. The form posts to Quarkus form authentication ({@code /j_security_check}), which checks the
 * password through {@link Accounts#signIn} and sets the encrypted session cookie; a failure comes back here with {@code ?error=true}
 * (or {@code ?error=too-many} when the source is throttled), and a session that has ended with {@code ?session-ended=…}.
 */
@Path("/")
public class SignInPages {

    static final String WRONG_DETAILS = "Enter a correct email address and password";

    /** What the page says at the top: an error (linked to the email field) or a notice; at most one of each. */
    public record Notice(String heading, String text) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(String error, Notice notice, boolean setupNeeded, boolean signedOut);
    }

    static final String TIMED_OUT = "timed-out";

    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final SessionTimeout timeout;

    public SignInPages(Accounts accounts, CurrentUser currentUser, SessionTimeout timeout) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.timeout = timeout;
    }

    @Access(Permission.ANYONE)
    @GET
    @Path("sign-in")
    @Produces(MediaType.TEXT_HTML)
    public Response show(
            @QueryParam("error") String error,
            @QueryParam("minutes") Integer minutes,
            @QueryParam("signed-out") boolean signedOut,
            @QueryParam("session-ended") String sessionEnded,
            RoutingContext routing) {
        String problem = problem(error, minutes);
        if (TIMED_OUT.equals(sessionEnded) && currentUser.isSignedIn()) {
            // The timeout warning ran out (js/session-timeout.js): the cookie may have had up to a minute left, as it
            // is
            // renewed at most once a minute; this browser is signed out now, as the warning said it would be.
            FormAuthenticationMechanism.logout(routing);
        } else if (currentUser.isSignedIn() && problem == null) {
            return Response.seeOther(URI.create("/")).build();
        }
        String page = Templates.show(problem, notice(sessionEnded, timeout), accounts.setupNeeded(), signedOut)
                .render();
        int status = problem == null ? 200 : "too-many".equals(error) ? 429 : 422;
        return Response.status(status).entity(page).build();
    }

    @Access(Permission.SIGNED_IN)
    @POST
    @Path("sign-out")
    public Response signOut(RoutingContext routing) {
        accounts.endSessions(currentUser.getUsername());
        FormAuthenticationMechanism.logout(routing);
        return Response.seeOther(URI.create("/sign-in?signed-out=true")).build();
    }

    private static String problem(String error, Integer minutes) {
        if ("too-many".equals(error)) {
            String wait = minutes == null || minutes < 1 || minutes > 60
                    ? "a few minutes"
                    : minutes == 1 ? "1 minute" : minutes + " minutes";
            return "There have been too many failed attempts to sign in from your network. Wait " + wait
                    + ", then try again";
        }
        return error == null ? null : WRONG_DETAILS;
    }

    private static Notice notice(String sessionEnded, SessionTimeout timeout) {
        if (TIMED_OUT.equals(sessionEnded)) {
            return new Notice(
                    "You have been signed out",
                    "You did nothing in the VfM Workbook for " + timeout.idleTime()
                            + ", so you were signed out to keep your council's information safe. Sign in again to carry on.");
        }
        if ("disabled".equals(sessionEnded)) {
            return new Notice(
                    "Your account has been disabled",
                    "You have been signed out. Ask your administrator if you need to use the VfM Workbook again.");
        }
        if (sessionEnded != null) {
            return new Notice(
                    "Your session has ended",
                    "You signed out, or your password was changed. Sign in again to carry on.");
        }
        return null;
    }
}
