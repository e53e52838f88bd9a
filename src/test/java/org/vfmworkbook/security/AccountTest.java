package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The lockout arithmetic: five wrong passwords in a row lock for fifteen minutes; a success resets the count. */
class AccountTest {

    private static final Instant NINE_AM = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        Account account = new Account();
        for (int failure = 1; failure <= 4; failure++) {
            account.recordFailedSignIn(NINE_AM);
            assertThat(account.isLockedAt(NINE_AM)).as("after %d", failure).isFalse();
        }
        account.recordFailedSignIn(NINE_AM);

        assertThat(account.isLockedAt(NINE_AM)).isTrue();
        assertThat(account.isLockedAt(NINE_AM.plus(Duration.ofMinutes(14)).plusSeconds(59))).isTrue();
        assertThat(account.isLockedAt(NINE_AM.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        Account account = new Account();
        for (int failure = 1; failure <= 4; failure++) {
            account.recordFailedSignIn(NINE_AM);
        }
        account.recordSignIn();
        account.recordFailedSignIn(NINE_AM);

        assertThat(account.isLockedAt(NINE_AM)).isFalse();
        assertThat(account.failedSignIns).isEqualTo(1);
    }

    @Test
    void usernamesAreCompared() {
        assertThat(Account.normalise("  Ada@Example.GOV.uk ")).isEqualTo("ada@example.gov.uk");
    }
}
