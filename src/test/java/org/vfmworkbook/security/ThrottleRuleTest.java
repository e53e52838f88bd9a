package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The throttle's arithmetic: free failures, then a wait that doubles from one minute up to an hour after the latest failure. */
class ThrottleRuleTest {

    private static final Instant NINE_AM = Instant.parse("2026-11-23T09:00:00Z");
    private static final ThrottleRule FIVE_FREE = new ThrottleRule(5, Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void theFirstFailuresCostNothing() {
        assertThat(FIVE_FREE.refusedUntil(4, NINE_AM, NINE_AM)).isEmpty();
        assertThat(FIVE_FREE.refusedUntil(0, null, NINE_AM)).isEmpty();
    }

    @Test
    void theWaitDoublesWithEachFurtherFailure() {
        // 5 failures: 1 minute; 6: 2; 7: 4; 8: 8 (each counted from the latest failure at 09:00).
        assertThat(FIVE_FREE.refusedUntil(5, NINE_AM, NINE_AM)).contains(NINE_AM.plusSeconds(60));
        assertThat(FIVE_FREE.refusedUntil(6, NINE_AM, NINE_AM)).contains(NINE_AM.plusSeconds(120));
        assertThat(FIVE_FREE.refusedUntil(7, NINE_AM, NINE_AM)).contains(NINE_AM.plusSeconds(240));
        assertThat(FIVE_FREE.refusedUntil(8, NINE_AM, NINE_AM)).contains(NINE_AM.plusSeconds(480));
    }

    @Test
    void theWaitStopsGrowingAtAnHourAndEnds() {
        // 5 + 6 doublings = 64 minutes, capped at 60; 500 failures do not overflow.
        assertThat(FIVE_FREE.refusedUntil(11, NINE_AM, NINE_AM)).contains(NINE_AM.plus(Duration.ofHours(1)));
        assertThat(FIVE_FREE.refusedUntil(500, NINE_AM, NINE_AM)).contains(NINE_AM.plus(Duration.ofHours(1)));
        assertThat(FIVE_FREE.refusedUntil(500, NINE_AM, NINE_AM.plus(Duration.ofHours(1))))
                .isEmpty();
        assertThat(FIVE_FREE.refusedUntil(5, NINE_AM, NINE_AM.plusSeconds(60)))
                .as("exactly when the wait ends")
                .isEmpty();
    }
}
