package org.vfmworkbook.security;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.RestForm;

import org.vfmworkbook.nationaldata.Council;
import org.vfmworkbook.web.FormErrors;

/**
 * "Your account": who the signed-in person is, changing their own password ({@link PasswordChanges}), and "Stay signed in" for the
 * timeout warning (js/session-timeout.js).
 */
@Access(Permission.SIGNED_IN)
@Path("/account")
public class OwnAccountPages {

    static final String WRONG_CURRENT = "Your current password is not right. Enter the password you signed in with";

    /** Who is signed in, as the account page shows it. */
    public record Details(String displayName, String username, String role, String council, boolean hasPassword) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Details account, boolean passwordChanged);

        static native TemplateInstance changePassword(Details account, FormErrors errors);
    }

    private final CurrentUser currentUser;
    private final PasswordChanges changes;
    private final SignInSessions sessions;
    private final SessionTimeout timeout;

    public OwnAccountPages(
            CurrentUser currentUser, PasswordChanges changes, SignInSessions sessions, SessionTimeout timeout) {
        this.currentUser = currentUser;
        this.changes = changes;
        this.sessions = sessions;
        this.timeout = timeout;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show(@QueryParam("password-changed") boolean passwordChanged) {
        return Templates.show(details(), passwordChanged).render();
    }

    @GET
    @Path("password")
    @Produces(MediaType.TEXT_HTML)
    public Response changePassword() {
        Details account = details();
        if (!account.hasPassword()) {
            return Response.seeOther(URI.create("/account")).build();
        }
        return Response.ok(Templates.changePassword(account, FormErrors.none()).render())
                .build();
    }

    @POST
    @Path("password")
    @Produces(MediaType.TEXT_HTML)
    public Response savePassword(
            @RestForm String currentPassword,
            @RestForm String password,
            @RestForm String confirmPassword,
            RoutingContext routing) {
        Details account = details();
        if (!account.hasPassword()) {
            return Response.seeOther(URI.create("/account")).build();
        }
        FormErrors replacement = checkReplacement(account, currentPassword, password, confirmPassword);
        if (currentPassword == null || currentPassword.isEmpty()) {
            return invalid(
                    account, FormErrors.none().with("currentPassword", "Enter your current password"), replacement);
        }
        Instant now = Instant.now();
        PasswordChanges.Result result = changes.change(
                account.username(),
                currentPassword,
                password,
                replacement.isEmpty(),
                AccountIdentityProviders.source(routing),
                now);
        return switch (result.outcome()) {
            case CHANGED -> {
                sessions.start(result.session(), routing);
                yield Response.seeOther(URI.create("/account?password-changed=true"))
                        .build();
            }
            case UNCHANGED -> invalid(account, FormErrors.none(), replacement);
            case WRONG_CURRENT_PASSWORD ->
                invalid(account, FormErrors.none().with("currentPassword", WRONG_CURRENT), replacement);
            case THROTTLED ->
                invalid(account, FormErrors.none().with("currentPassword", tooMany(now, result)), replacement);
            case NO_PASSWORD -> Response.seeOther(URI.create("/account")).build();
        };
    }

    /**
     * "Stay signed in": any request renews the session cookie (Quarkus form authentication), so this only answers how long the
     * session now lasts and the time it ends, for the warning to start counting again.
     */
    @POST
    @Path("session")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> staySignedIn() {
        return Map.of("secondsLeft", timeout.secondsLeft(), "endsAt", timeout.endsAt());
    }

    private Response invalid(Details account, FormErrors current, FormErrors replacement) {
        FormErrors errors = current;
        for (var error : replacement.list()) {
            errors = errors.with(error);
        }
        return Response.status(422)
                .entity(Templates.changePassword(account, errors).render())
                .build();
    }

    private static FormErrors checkReplacement(
            Details account, String current, String password, String confirmPassword) {
        PasswordRules.Person person =
                new PasswordRules.Person(account.username(), account.displayName(), account.council());
        FormErrors errors = AccountForm.checkPassword(FormErrors.none(), password, confirmPassword, person);
        if (errors.isEmpty() && password.equals(current)) {
            return errors.with("password", "New password must be different from your current password");
        }
        return errors;
    }

    private static String tooMany(Instant now, PasswordChanges.Result result) {
        long minutes = Math.max(
                1, Duration.between(now, result.retryAfter()).plusSeconds(59).toMinutes());
        return "There have been too many wrong passwords from your network. Wait "
                + (minutes == 1 ? "1 minute" : minutes + " minutes") + ", then try again";
    }

    private Details details() {
        User user = currentUser.required();
        String council = user.councilCode() == null
                ? null
                : Council.<Council>findByIdOptional(user.councilCode())
                        .map(found -> found.name)
                        .orElse(null);
        return new Details(
                user.displayName(),
                user.username(),
                user.role().label(),
                council,
                changes.hasPassword(user.username()));
    }
}
