package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Usernames, and the session principal a cookie carries: ending sessions moves the account on to a new generation. */
class AccountTest {

    @Test
    void usernamesAreCompared() {
        assertThat(Account.normalise("  Ada@Example.GOV.uk ")).isEqualTo("ada@example.gov.uk");
    }

    @Test
    void endingSessionsGivesANewPrincipalThatTheOldOneDoesNotEqual() {
        Account account = new Account();
        account.username = "ada@example.gov.uk";
        SessionPrincipal old = account.sessionPrincipal();

        account.endSessions();

        assertThat(account.sessionPrincipal()).isNotEqualTo(old);
        assertThat(account.sessionPrincipal().generation()).isEqualTo(old.generation() + 1);
    }

    @Test
    void aSessionPrincipalSurvivesTheCookieAndAnythingElseIsNotOne() {
        SessionPrincipal principal = new SessionPrincipal("ada@example.gov.uk", 7);

        assertThat(principal.name()).isEqualTo("7 ada@example.gov.uk");
        assertThat(SessionPrincipal.parse(principal.name())).contains(principal);
        assertThat(SessionPrincipal.parse("ada@example.gov.uk"))
                .as("a cookie from before generations")
                .isEmpty();
        assertThat(SessionPrincipal.parse("x ada@example.gov.uk")).isEmpty();
        assertThat(SessionPrincipal.parse("7 ")).isEmpty();
        assertThat(SessionPrincipal.parse(null)).isEmpty();
    }
}
