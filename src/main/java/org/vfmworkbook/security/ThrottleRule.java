package org.vfmworkbook.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a source must wait after repeated failures: the first {@code freeFailures} cost nothing; after that each further one
 * doubles the wait from {@code firstDelay}, up to {@code longestDelay}, counted from the latest failure. Pure arithmetic.
 */
record ThrottleRule(int freeFailures, Duration firstDelay, Duration longestDelay) {

    /** When the next attempt is allowed, if that is after {@code now}. */
    Optional<Instant> refusedUntil(long failures, Instant latestFailure, Instant now) {
        if (failures < freeFailures || latestFailure == null) {
            return Optional.empty();
        }
        long doublings = Math.min(failures - freeFailures, 20);
        Duration wait = firstDelay.multipliedBy(1L << doublings);
        Instant until = latestFailure.plus(wait.compareTo(longestDelay) > 0 ? longestDelay : wait);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
