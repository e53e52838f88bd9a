package org.vfmworkbook.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.runtime.FormAuthConfig;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;

/**
 * Starts a session for someone who signed in other than through the password form (OpenID Connect): the same encrypted
 * {@code vfm-session} cookie that Quarkus form authentication sets, made with the same key, name, lifetime and flags, so every
 * access rule and the per-request account check ({@code AccountIdentityProviders.Session}) apply unchanged. Every such session
 * starts in {@link #start}, from {@link Accounts#beginSession}, so sign-out, a password reset or disabling ends it as it ends a password
 * sign-in's session (ADR 0009).
 */
@ApplicationScoped
public class SignInSessions {

    private final PersistentLoginManager cookies;

    public SignInSessions(VertxHttpConfig http) {
        FormAuthConfig form = http.auth().form();
        String key = http.encryptionKey()
                .orElseThrow(
                        () -> new IllegalStateException(
                                "quarkus.http.auth.session.encryption-key is not set: SessionKeyConfigSourceFactory should have supplied it"));
        this.cookies = new PersistentLoginManager(
                key,
                form.cookieName(),
                form.timeout().toMillis(),
                form.newCookieInterval().toMillis(),
                form.httpOnlyCookie(),
                form.cookieSameSite().name(),
                form.cookiePath().orElse(null),
                form.cookieMaxAge().map(java.time.Duration::toSeconds).orElse(-1L),
                form.cookieDomain().orElse(null));
    }

    /** Sets the session cookie for this session (its principal carries the account's session generation) on the response. */
    public void start(Accounts.Session session, RoutingContext routing) {
        cookies.save(
                AccountIdentityProviders.identity(session),
                routing,
                null,
                routing.request().isSSL());
    }
}
