package org.vfmworkbook.security;

import java.util.List;

import org.vfmworkbook.testing.RawHttp;

/**
 * The spellings of a path that an attacker tries, and what each must get: never the resource, whoever asks. Empty segments are
 * redirected (GET, HEAD: 301 to the path without them) or refused (404); path parameters, escapes, backslashes and dot segments are
 * refused (400); another letter case matches no route (404, or the sign-in page for someone not signed in).
 */
enum PathVariants {
    CANONICAL,
    TRAILING_SLASH,
    LEADING_SLASH,
    UPPER_CASE,
    ENCODED_SLASH,
    ENCODED_SLASH_LOWER_CASE,
    ENCODED_BACKSLASH,
    PATH_PARAMETER,
    DOT_SEGMENTS;

    /** This spelling of the canonical path; null when it is the same as the path itself (the upper case of {@code /}). */
    String of(String path) {
        int last = path.lastIndexOf('/');
        String spelt = switch (this) {
            case CANONICAL -> path;
            case TRAILING_SLASH -> path + "/";
            case LEADING_SLASH -> "/" + path;
            case UPPER_CASE -> path.toUpperCase();
            case ENCODED_SLASH -> escapingLastSlash(path, "%2F");
            case ENCODED_SLASH_LOWER_CASE -> escapingLastSlash(path, "%2f");
            case ENCODED_BACKSLASH -> escapingLastSlash(path, "%5C");
            case PATH_PARAMETER -> path + ";a=b";
            case DOT_SEGMENTS -> path.substring(0, last) + "/x/.." + path.substring(last);
        };
        return this != CANONICAL && spelt.equals(path) ? null : spelt;
    }

    /** {@code /a/b} as {@code /a%2Fb}; {@code /a} as {@code /%2Fa}. */
    private static String escapingLastSlash(String path, String escape) {
        int last = path.lastIndexOf('/');
        return last == 0
                ? "/" + escape + path.substring(1)
                : path.substring(0, last) + escape + path.substring(last + 1);
    }

    static List<PathVariants> spellings() {
        return List.of(values());
    }

    /**
     * What is wrong with the answer to a non-canonical spelling, or null when it is right. {@code leak} is set when the answer could
     * have given anything away: a success, or a redirect other than to the canonical path or the sign-in page.
     */
    String wrongAnswer(String verb, String canonical, RawHttp.Reply reply, boolean[] leak) {
        int status = reply.status();
        String location = reply.header("Location");
        boolean toSignIn = status == 302 && location != null && location.contains("/sign-in");
        boolean toCanonical = status == 301 && canonical.equals(location);
        leak[0] = status >= 200 && status < 300 || status >= 300 && status < 400 && !toSignIn && !toCanonical;
        boolean right = switch (this) {
            case CANONICAL -> throw new IllegalStateException("the canonical path is judged by the rules");
            // "//" alone is no path at all (an authority with nothing after it): refused.
            case TRAILING_SLASH, LEADING_SLASH ->
                "/".equals(canonical) ? status == 400 || toCanonical : "GET".equals(verb) ? toCanonical : status == 404;
            case UPPER_CASE -> status == 404 || status == 405 || toSignIn;
            default -> status == 400;
        };
        return right ? null : "answered " + status + (location == null ? "" : " -> " + location);
    }
}
