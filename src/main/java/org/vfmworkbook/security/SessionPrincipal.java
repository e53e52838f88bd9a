package org.vfmworkbook.security;

import java.util.Optional;

/**
 * What the encrypted session cookie names: an account and the session generation it was signed in under. Signing out, a password
 * reset and disabling add one to the account's generation ({@link Account#sessionGeneration}), so every cookie issued before is
 * refused on its next request, on every instance, after a restart too: the number lives in the database.
 *
 * <p>Any sign-in mechanism that starts a session (form sign-in, or another such as OpenID Connect) gets one from
 * {@link Accounts#beginSession(String)} and stores {@link #name()} as the identity's principal name, which is what Quarkus writes into
 * the cookie.
 */
public record SessionPrincipal(String username, long generation) {

    private static final char SEPARATOR = ' ';

    /** The principal name stored in the cookie: {@code <generation> <username>} (a username never contains a space). */
    public String name() {
        return generation + String.valueOf(SEPARATOR) + username;
    }

    /** Empty for anything else, such as a cookie issued before sessions had generations. */
    public static Optional<SessionPrincipal> parse(String name) {
        int separator = name == null ? -1 : name.indexOf(SEPARATOR);
        if (separator <= 0 || separator == name.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new SessionPrincipal(name.substring(separator + 1), Long.parseLong(name.substring(0, separator))));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }
}
