package org.vfmworkbook.web;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Security headers on every response (pages, API, static files, errors). Scripts and styles come only from this origin, so pages carry no
 * inline script or style: behaviour lives in {@code /js/*.js}. Two more rules (issue K.7):
 * <ul>
 * <li>Everything but the static files ({@code /css}, {@code /js}, {@code /webjars}, the icon) is {@code Cache-Control: no-store}, so a
 * council's answers are never kept by a shared computer's browser or a proxy after sign-out.</li>
 * <li>A redirect to this site is sent as a path ({@code Location: /sign-in}), never as an address built from the request's
 * {@code Host} header, so a forged header is never echoed back (JAX-RS and form sign-in both build absolute addresses from it).</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Frame-Options", "DENY",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    /** Above Quarkus's CORS (300), authentication (200) and authorisation (100) filters, so their answers (the redirect to sign-in) get these headers too. */
    static final int PRIORITY = 400;

    void register(@Observes Filters filters) {
        filters.register(
                context -> {
                    context.addHeadersEndHandler(ignored -> {
                        HEADERS.forEach(
                                (name, value) -> context.response().headers().set(name, value));
                        if (!isStaticFile(context.request().path())) {
                            context.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
                        }
                        String location = context.response().headers().get(HttpHeaders.LOCATION);
                        if (location != null) {
                            context.response().headers().set(HttpHeaders.LOCATION, sameSitePath(location, context));
                        }
                    });
                    context.next();
                },
                PRIORITY);
    }

    static boolean isStaticFile(String path) {
        return path != null
                && (path.startsWith("/css/")
                        || path.startsWith("/js/")
                        || path.startsWith("/webjars/")
                        || path.equals("/favicon.svg"));
    }

    /** An absolute address on the host the request named becomes its path and query; any other address is left as it is. */
    static String sameSitePath(String location, RoutingContext context) {
        String host = context.request().getHeader(HttpHeaders.HOST);
        if (host == null) {
            return location;
        }
        String lower = location.toLowerCase(Locale.ROOT);
        for (String scheme : new String[] {"http://", "https://"}) {
            String origin = scheme + host.toLowerCase(Locale.ROOT);
            if (lower.startsWith(origin)
                    && (lower.length() == origin.length() || "/?#".indexOf(lower.charAt(origin.length())) >= 0)) {
                String rest = location.substring(origin.length());
                return rest.isEmpty() ? "/" : rest.startsWith("/") ? rest : "/" + rest;
            }
        }
        return location;
    }
}
