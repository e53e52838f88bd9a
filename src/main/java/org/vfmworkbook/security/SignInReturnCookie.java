package org.vfmworkbook.security;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the cookie in which form sign-in remembers the page first asked for ({@code quarkus-redirect-location}) sendable. Quarkus
 * stores the request's whole address in it as it is; Netty refuses to write a cookie value holding {@code ;}, {@code ,},
 * {@code "}, {@code \}, a space or a non-ASCII character, the exception comes while the response head is being written, and the
 * error page then fails the same way, so the request was never answered (issue K.3: an anonymous {@code /x;a=b} or
 * {@code /?q=a,b} left the connection open until the idle timeout). Just before the head is written, such characters are
 * percent-encoded, which leaves the address meaning the same.
 */
@ApplicationScoped
class SignInReturnCookie {

    /** Above Quarkus' authentication filter (200), which sets the cookie. */
    private static final int PRIORITY = 250;

    private final String name;

    SignInReturnCookie(
            @ConfigProperty(name = "quarkus.http.auth.form.location-cookie", defaultValue = "quarkus-redirect-location")
                    String name) {
        this.name = name;
    }

    void register(@Observes Filters filters) {
        filters.register(
                context -> {
                    context.addHeadersEndHandler(ignored -> encodeValues(context));
                    context.next();
                },
                PRIORITY);
    }

    private void encodeValues(RoutingContext context) {
        for (Cookie cookie : context.request().cookies(name)) {
            String value = cookie.getValue();
            if (value != null && !sendable(value)) {
                cookie.setValue(encoded(value));
            }
        }
    }

    /** Netty's cookie-octet: printable ASCII except space, {@code "}, {@code ,}, {@code ;} and {@code \}. */
    static boolean sendable(String value) {
        return value.chars().allMatch(SignInReturnCookie::cookieOctet);
    }

    static String encoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (cookieOctet(c)) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean cookieOctet(int c) {
        return c > 0x20 && c < 0x7f && c != '"' && c != ',' && c != ';' && c != '\\';
    }
}
