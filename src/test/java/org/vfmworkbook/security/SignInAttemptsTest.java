package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Supplier;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.security.Accounts.SignInResult.Outcome;
import org.vfmworkbook.testing.SignIn;

/**
 * Sign-in attempts at the service: every failure costs the same single bcrypt comparison (counted through {@link Passwords}, not
 * timed), and throttling holds back the source that keeps failing without locking the account's owner out.
 */
@QuarkusTest
class SignInAttemptsTest {

    private static final String OWNER = "198.51.100.7";
    private static final String STRANGER = "203.0.113.9";
    private static final String COUNCIL = "E10000016";

    @Test
    void everyWayOfSigningInMakesExactlyOneComparisonAtTheConfiguredCost() {
        int cost = ConfigProvider.getConfig().getValue("vfm.security.bcrypt-cost", Integer.class);
        String known = SignIn.newAccount(Role.COUNCIL_EDITOR, COUNCIL, false);
        String disabled = SignIn.newAccount(Role.COUNCIL_VIEWER, COUNCIL, false);
        accounts().setEnabled(accounts().findByUsername(disabled).orElseThrow().id, false);
        String throttled = SignIn.newAccount(Role.COUNCIL_VIEWER, COUNCIL, false);
        String source = "192.0.2.44";
        for (int attempt = 0; attempt < 30; attempt++) {
            accounts().signIn(throttled, "wrong " + attempt, source, Instant.now());
        }

        assertOneComparison(
                "unknown name",
                cost,
                () -> signIn("nobody-" + System.nanoTime() + "@example.gov.uk", "whatever", OWNER));
        assertOneComparison("wrong password", cost, () -> signIn(known, "not the password", OWNER));
        assertOneComparison("disabled account, right password", cost, () -> signIn(disabled, SignIn.PASSWORD, OWNER));
        assertOneComparison("throttled, right password", cost, () -> signIn(throttled, SignIn.PASSWORD, source));
        assertOneComparison("right password", cost, () -> signIn(known, SignIn.PASSWORD, OWNER));
    }

    @Test
    void aStrangersFailuresDoNotStopTheOwnerSigningIn() {
        String owner = SignIn.newAccount(Role.COUNCIL_EDITOR, COUNCIL, false);
        for (int attempt = 0; attempt < 40; attempt++) {
            accounts().signIn(owner, "guess " + attempt, STRANGER, Instant.now());
        }

        assertThat(signIn(owner, SignIn.PASSWORD, OWNER).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void theThrottleHoldsBackTheStrangersSourceEvenWithTheRightPassword() {
        String owner = SignIn.newAccount(Role.COUNCIL_EDITOR, COUNCIL, false);
        String stranger = "203.0.113.10";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(signIn(owner, "guess " + attempt, stranger).outcome())
                    .as("attempt %d", attempt + 1)
                    .isEqualTo(Outcome.REFUSED);
        }

        Accounts.SignInResult next = signIn(owner, SignIn.PASSWORD, stranger);

        assertThat(next.outcome()).isEqualTo(Outcome.THROTTLED);
        assertThat(next.retryAfter()).isAfter(Instant.now());
        assertThat(signIn(owner, SignIn.PASSWORD, OWNER).outcome())
                .as("the owner, from their own address")
                .isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void anUnknownNameIsThrottledExactlyLikeAKnownOne() {
        String unknown = "nobody-" + System.nanoTime() + "@example.gov.uk";
        String source = "203.0.113.11";
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(signIn(unknown, "guess " + attempt, source).outcome()).isEqualTo(Outcome.REFUSED);
        }

        assertThat(signIn(unknown, "guess 6", source).outcome()).isEqualTo(Outcome.THROTTLED);
    }

    private void assertOneComparison(String path, int cost, Supplier<Accounts.SignInResult> attempt) {
        long before = passwords().comparisons();
        attempt.get();
        assertThat(passwords().comparisons() - before)
                .as("bcrypt comparisons for %s", path)
                .isEqualTo(1);
        assertThat(passwords().lastComparisonCost())
                .as("cost of the comparison for %s", path)
                .isEqualTo(cost);
    }

    private static Accounts.SignInResult signIn(String username, String password, String source) {
        return accounts().signIn(username, password, source, Instant.now());
    }

    private static Accounts accounts() {
        return Arc.container().instance(Accounts.class).get();
    }

    private static Passwords passwords() {
        return Arc.container().instance(Passwords.class).get();
    }
}
