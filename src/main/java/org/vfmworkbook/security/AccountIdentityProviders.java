package org.vfmworkbook.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Connects Quarkus form authentication to {@link Accounts}. The sign-in form posts a username and password; afterwards the encrypted
 * session cookie holds a {@link SessionPrincipal} (username and session generation), checked against the account on every request,
 * so signing out, a password reset or disabling ends a session at once. A cookie whose session has ended is cleared and the browser
 * sent once to the sign-in page with a message saying why, rather than round the sign-in redirect again and again.
 */
final class AccountIdentityProviders {

    /** The identity attribute holding the {@link User}. */
    static final String USER_ATTRIBUTE = "vfm.user";

    static final String SESSION_ENDED_PAGE = "/sign-in?session-ended=true";
    static final String ACCOUNT_DISABLED_PAGE = "/sign-in?session-ended=disabled";
    static final String THROTTLED_PAGE = "/sign-in?error=too-many&minutes=";

    private AccountIdentityProviders() {}

    /**
     * The identity of a session: its principal's name is {@link SessionPrincipal#name()}, which is what Quarkus keeps in the cookie.
     * Code that wants the person uses {@link CurrentUser}, never the principal's name.
     */
    static SecurityIdentity identity(Accounts.Session session) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(session.principal().name()))
                .addRole(session.user().role().name())
                .addAttribute(USER_ATTRIBUTE, session.user())
                .build();
    }

    /** The address the request came from: the socket's peer, or the forwarded client only when quarkus.http.proxy.* says so. */
    static String source(RoutingContext routing) {
        if (routing == null || routing.request().remoteAddress() == null) {
            return "unknown";
        }
        String address = routing.request().remoteAddress().hostAddress();
        return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
    }

    @ApplicationScoped
    static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        private final Accounts accounts;

        Password(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(
                UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
            String password = new String(request.getPassword().getPassword());
            String source = source(HttpSecurityUtils.getRoutingContextAttribute(request));
            return context.runBlocking(() -> {
                Instant now = Instant.now();
                Accounts.SignInResult result = accounts.signIn(request.getUsername(), password, source, now);
                return switch (result.outcome()) {
                    case SIGNED_IN -> identity(result.session());
                    case THROTTLED ->
                        throw new AuthenticationRedirectException(302, THROTTLED_PAGE + minutesUntil(now, result));
                    case REFUSED -> throw new AuthenticationFailedException();
                };
            });
        }

        private static long minutesUntil(Instant now, Accounts.SignInResult result) {
            return Math.max(
                    1,
                    Duration.between(now, result.retryAfter()).plusSeconds(59).toMinutes());
        }
    }

    @ApplicationScoped
    static class Session implements IdentityProvider<TrustedAuthenticationRequest> {

        private final Accounts accounts;
        private final String cookieName;
        private final String cookiePath;

        Session(
                Accounts accounts,
                @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
                @ConfigProperty(name = "quarkus.http.auth.form.cookie-path", defaultValue = "/") String cookiePath) {
            this.accounts = accounts;
            this.cookieName = cookieName;
            this.cookiePath = cookiePath;
        }

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(
                TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
            RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
            return context.runBlocking(() -> {
                Accounts.SessionCheck check = accounts.resume(request.getPrincipal());
                if (check.active()) {
                    return identity(check.session());
                }
                if (routing == null) {
                    throw new AuthenticationFailedException();
                }
                routing.response()
                        .addCookie(Cookie.cookie(cookieName, "")
                                .setPath(cookiePath)
                                .setMaxAge(0));
                throw new AuthenticationRedirectException(
                        302, check.accountDisabled() ? ACCOUNT_DISABLED_PAGE : SESSION_ENDED_PAGE);
            });
        }
    }
}
