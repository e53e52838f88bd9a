package org.vfmworkbook.security.oidc;

import java.time.Instant;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.security.SignInSessions;

/**
 * "Sign in with …": sends the browser to the council's identity provider and takes it back at {@value IdentityProviders#CALLBACK_PATH}.
 * A linked, enabled account gets the same session cookie as the password form ({@link SignInSessions}).
 */
@Access(Permission.ANYONE)
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class OidcSignInPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(String message);

        static native TemplateInstance waiting(String providerName, String email);

        static native TemplateInstance signedIn();
    }

    private final OidcSignIn signIn;
    private final SignInSessions sessions;
    private final OidcConfig config;

    public OidcSignInPages(OidcSignIn signIn, SignInSessions sessions, OidcConfig config) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.config = config;
    }

    @GET
    @Path("sign-in/with/{provider}")
    public Response start(@PathParam("provider") String provider, RoutingContext routing) {
        Optional<OidcSignIn.Started> started;
        try {
            started = signIn.start(provider, Instant.now());
        } catch (OidcSignIn.StartRefused refused) {
            return refused(refused.refusal);
        }
        if (started.isEmpty()) {
            return refused(new OidcSignIn.Finished.Refused(OidcRefusal.UNKNOWN_PROVIDER, null));
        }
        routing.response()
                .addCookie(pendingCookie(
                        started.get().pendingCookie(), config.signInTimeout().toSeconds()));
        return Response.seeOther(started.get().authorizationUrl()).build();
    }

    @GET
    @Path("sign-in/oidc/callback")
    public Response callback(
            @RestQuery String code,
            @RestQuery String state,
            @RestQuery String error,
            @RestCookie(PendingSignIn.COOKIE) String pending,
            RoutingContext routing) {
        OidcSignIn.Finished finished = signIn.finish(pending, state, code, error, Instant.now());
        routing.response().addCookie(pendingCookie("", 0));
        if (finished instanceof OidcSignIn.Finished.SignedIn signedIn) {
            sessions.start(signedIn.session(), routing);
            // The session cookie is SameSite=Strict, so a browser would not send it on a redirect that began at the
            // provider's site:
            // carry on from a page of our own instead (the Refresh header needs no JavaScript; the link is there if it
            // is ignored).
            return Response.ok(Templates.signedIn().render())
                    .header("Refresh", "0; url=/")
                    .build();
        }
        if (finished instanceof OidcSignIn.Finished.Waiting waiting) {
            return Response.status(403)
                    .entity(Templates.waiting(waiting.providerName(), waiting.email())
                            .render())
                    .build();
        }
        return refused((OidcSignIn.Finished.Refused) finished);
    }

    private static Response refused(OidcSignIn.Finished.Refused refused) {
        return Response.status(refused.reason().status())
                .entity(Templates.refused(refused.reason().message(refused.providerName()))
                        .render())
                .build();
    }

    /** Lax, not Strict: it must come back on the provider's cross-site redirect to the callback. */
    private Cookie pendingCookie(String value, long maxAgeSeconds) {
        boolean https =
                config.baseUrl().map(base -> "https".equals(base.getScheme())).orElse(false);
        return Cookie.cookie(PendingSignIn.COOKIE, value)
                .setPath(PendingSignIn.COOKIE_PATH)
                .setHttpOnly(true)
                .setSecure(https)
                .setSameSite(CookieSameSite.LAX)
                .setMaxAge(maxAgeSeconds);
    }
}
