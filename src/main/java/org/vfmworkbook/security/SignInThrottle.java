package org.vfmworkbook.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Slows down whoever keeps failing to sign in, without letting a stranger lock the owner out: failures are counted per (source
 * address, name typed) and per source address, and only that source is held back ({@link ThrottleRule}). A success clears that
 * source's failures for that name. The counts are rows in the database ({@link SignInFailure}), so every instance sees the same.
 * Callers run inside the sign-in transaction.
 */
@ApplicationScoped
public class SignInThrottle {

    /** {@code vfm.security.sign-in-throttle.*}: see docs/security.md. */
    @ConfigMapping(prefix = "vfm.security.sign-in-throttle")
    public interface Limits {
        /** Failures from one source for one name before that source waits for that name. */
        @WithDefault("5")
        int perAccountFreeFailures();

        /** Failures from one source, whatever the names, before that source waits for every name. */
        @WithDefault("20")
        int perSourceFreeFailures();

        @WithDefault("PT1M")
        Duration firstDelay();

        @WithDefault("PT1H")
        Duration longestDelay();

        /** Failures older than this are forgotten. */
        @WithDefault("PT24H")
        Duration window();
    }

    private final Limits limits;
    private final ThrottleRule perAccount;
    private final ThrottleRule perSource;

    public SignInThrottle(Limits limits) {
        this.limits = limits;
        this.perAccount = new ThrottleRule(limits.perAccountFreeFailures(), limits.firstDelay(), limits.longestDelay());
        this.perSource = new ThrottleRule(limits.perSourceFreeFailures(), limits.firstDelay(), limits.longestDelay());
    }

    /** When this source may next try this name, if it must wait. */
    Optional<Instant> refusedUntil(String source, String username, Instant now) {
        Instant since = now.minus(limits.window());
        Optional<Instant> account = perAccount.refusedUntil(
                SignInFailure.count("source = ?1 and username = ?2 and failedAt > ?3", source, key(username), since),
                latest("source = ?1 and username = ?2 and failedAt > ?3", source, key(username), since),
                now);
        Optional<Instant> anyName = perSource.refusedUntil(
                SignInFailure.count("source = ?1 and failedAt > ?2", source, since),
                latest("source = ?1 and failedAt > ?2", source, since),
                now);
        return Stream.of(account, anyName).flatMap(Optional::stream).max(Instant::compareTo);
    }

    void recordFailure(String source, String username, Instant now) {
        SignInFailure failure = new SignInFailure();
        failure.source = source;
        failure.username = key(username);
        failure.failedAt = now;
        failure.persist();
        SignInFailure.delete("failedAt < ?1", now.minus(limits.window()));
    }

    void recordSuccess(String source, String username) {
        SignInFailure.delete("source = ?1 and username = ?2", source, key(username));
    }

    private static Instant latest(String where, Object... parameters) {
        return SignInFailure.find(where + " order by failedAt desc", parameters)
                .<SignInFailure>firstResultOptional()
                .map(failure -> failure.failedAt)
                .orElse(null);
    }

    private static String key(String username) {
        String normalised = Account.normalise(username);
        return normalised.length() > 254 ? normalised.substring(0, 254) : normalised;
    }
}
