package org.vfmworkbook.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Double-submit tokens against cross-site request forgery. Each browser gets a random token in an HttpOnly, SameSite=Strict cookie;
 * every form carries the same token in a hidden field (the {@code csrf} tag) and every state-changing JSON call in the
 * {@value #HEADER} header. Another site can make the browser send the cookie, but cannot read it to put it in the form.
 */
public final class Csrf {

    public static final String COOKIE = "vfm-csrf";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";
    static final String CONTEXT_KEY = "vfm.csrf-token";
    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** Whether a request with this method may change something (anything but GET, HEAD, OPTIONS and TRACE). */
    public static boolean changes(String method) {
        return !SAFE_METHODS.contains(method);
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private Csrf() {}

    /** The browser's token, issuing a cookie with a new one when the request brought none (or a malformed one). */
    static String ensureToken(RoutingContext context) {
        String token = fromCookie(context);
        if (token == null) {
            token = newToken();
            Cookie cookie = Cookie.cookie(COOKIE, token)
                    .setPath("/")
                    .setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT)
                    .setSecure(context.request().isSSL());
            context.response().addCookie(cookie);
        }
        context.put(CONTEXT_KEY, token);
        return token;
    }

    /** The token the request's cookie carries, or null when it has none that could be ours. */
    static String fromCookie(RoutingContext context) {
        Cookie cookie = context.request().getCookie(COOKIE);
        if (cookie == null || !wellFormed(cookie.getValue())) {
            return null;
        }
        return cookie.getValue();
    }

    static boolean matches(String expected, String submitted) {
        if (expected == null || submitted == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII));
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean wellFormed(String value) {
        try {
            return value != null && Base64.getUrlDecoder().decode(value).length == TOKEN_BYTES;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
