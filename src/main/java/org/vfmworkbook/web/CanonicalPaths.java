package org.vfmworkbook.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Every path reaches sign-in, authorisation and routing written the one way the application writes its own links, so no other
 * spelling of a path can meet weaker checks (docs/security.md, ADR 0006). Runs before everything else, authentication included:
 * <ul>
 * <li>a {@code ;} (path parameters), {@code %} (any escape, so {@code %2F}, {@code %5C}, {@code %2e}), {@code \} or a {@code .} or
 * {@code ..} segment: 400 for every method;</li>
 * <li>empty segments ({@code /x/}, {@code //x}, {@code /x//y}): GET and HEAD are redirected (301) to the path without them, with a
 * relative {@code Location} (never built from the Host header); every other method gets 404, so a form is never sent on;</li>
 * <li>letter case is left alone: routes match case-sensitively, so {@code /Workbooks/1} matches no route and is 404, and access
 * is decided on the matched route anyway.</li>
 * </ul>
 * Quarkus' own {@code /q/} endpoints keep their trailing slashes (the Swagger and Dev UIs use them).
 */
@ApplicationScoped
public class CanonicalPaths {

    /** Above Quarkus' authentication (200) and CORS (300) filters. */
    static final int PRIORITY = 400;

    /** Why a path is refused, or how it is put right; {@link #CANONICAL} when it is already in the application's form. */
    enum Verdict {
        CANONICAL,
        REDIRECT,
        REFUSED
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext context) {
        String path = context.request().path();
        Verdict verdict = verdict(path);
        if (verdict == Verdict.CANONICAL) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        SecurityHeaders.HEADERS.forEach(response::putHeader);
        response.putHeader("Content-Type", "text/plain; charset=UTF-8").putHeader("Cache-Control", "no-store");
        HttpMethod method = context.request().method();
        boolean reads = method == HttpMethod.GET || method == HttpMethod.HEAD;
        if (verdict == Verdict.REDIRECT && reads) {
            String canonical = collapse(path);
            String query = context.request().query();
            response.putHeader("Location", query == null ? canonical : canonical + "?" + query);
            end(context, 301, "Moved Permanently: this page is at " + canonical);
        } else if (verdict == Verdict.REDIRECT) {
            end(context, 404, "Not Found: addresses in this service have no empty parts and do not end in /");
        } else {
            end(context, 400, "Bad Request: addresses in this service contain no ; % or \\ and no . or .. parts");
        }
    }

    static Verdict verdict(String path) {
        if (path == null || !path.startsWith("/")) {
            return Verdict.REFUSED;
        }
        if (path.indexOf(';') >= 0 || path.indexOf('%') >= 0 || path.indexOf('\\') >= 0) {
            return Verdict.REFUSED;
        }
        boolean empty = false;
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals(".") || segment.equals("..")) {
                return Verdict.REFUSED;
            }
            boolean trailing = i == segments.length - 1;
            if (segment.isEmpty() && !(trailing && (segments.length == 1 || path.startsWith("/q/")))) {
                empty = true;
            }
        }
        return empty ? Verdict.REDIRECT : Verdict.CANONICAL;
    }

    /** The path without empty segments: {@code //a//b/} is {@code /a/b}; never starts with {@code //}. */
    static String collapse(String path) {
        String collapsed = path.replaceAll("/{2,}", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/")
                ? collapsed.substring(0, collapsed.length() - 1)
                : collapsed;
    }

    private static void end(RoutingContext context, int status, String text) {
        HttpServerResponse response = context.response().setStatusCode(status);
        if (context.request().method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(text + "\n");
        }
    }
}
