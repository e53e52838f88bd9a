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
 * password through {@link Accounts#signIn} and sets the encrypted session cookie; a failure comes back here with {@code ?error=true}.
 */
@Path("/")
public class SignInPages {

    static final String WRONG_DETAILS = "Enter a correct email address and password. After " + Account.MAX_FAILED_SIGN_INS
            + " wrong attempts in a row an account is locked for " + Account.LOCKOUT.toMinutes() + " minutes.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(boolean error, boolean setupNeeded, boolean signedOut);
    }

    private final Accounts accounts;
    private final CurrentUser currentUser;

    public SignInPages(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Access(Permission.ANYONE)
    @GET
    @Path("sign-in")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("error") boolean error, @QueryParam("signed-out") boolean signedOut) {
        if (currentUser.isSignedIn() && !error) {
            return Response.seeOther(URI.create("/")).build();
        }
        String page = Templates.show(error, accounts.setupNeeded(), signedOut).render();
        return Response.status(error ? 422 : 200).entity(page).build();
    }

    @Access(Permission.SIGNED_IN)
    @POST
    @Path("sign-out")
    public Response signOut(RoutingContext routing) {
        FormAuthenticationMechanism.logout(routing);
        return Response.seeOther(URI.create("/sign-in?signed-out=true")).build();
    }
}
