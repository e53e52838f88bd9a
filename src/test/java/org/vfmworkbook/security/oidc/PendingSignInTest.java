package org.vfmworkbook.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The cookie that carries state, nonce and PKCE verifier to the callback: readable only by us, and only until it expires. */
class PendingSignInTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private final PendingSignIn.Seal seal = new PendingSignIn.Seal("a session key of at least sixteen characters");

    @Test
    void opensWhatItSealedUntilItExpires() {
        PendingSignIn pending = PendingSignIn.begin("essex", NOW.plusSeconds(600));

        String cookie = seal.seal(pending);

        assertThat(cookie).doesNotContain(pending.state()).doesNotContain(pending.codeVerifier());
        assertThat(seal.open(cookie, NOW)).contains(pending);
        assertThat(seal.open(cookie, NOW.plusSeconds(600))).isEmpty();
    }

    @Test
    void refusesATamperedCookieOneSealedWithAnotherKeyAndNonsense() {
        String cookie = seal.seal(PendingSignIn.begin("essex", NOW.plusSeconds(600)));
        char last = cookie.charAt(cookie.length() - 2);
        String tampered = cookie.substring(0, cookie.length() - 2)
                + (last == 'A' ? 'B' : 'A')
                + cookie.charAt(cookie.length() - 1);
        PendingSignIn.Seal otherKey = new PendingSignIn.Seal("another installation's session key");

        assertThat(seal.open(tampered, NOW)).isEmpty();
        assertThat(otherKey.open(cookie, NOW)).isEmpty();
        assertThat(seal.open("not base64 at all!", NOW)).isEmpty();
        assertThat(seal.open(null, NOW)).isEmpty();
    }

    @Test
    void theCodeChallengeIsTheS256OfTheVerifier() {
        // RFC 7636 appendix B: this verifier has this challenge.
        PendingSignIn pending =
                new PendingSignIn("essex", "s", "n", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", NOW);

        assertThat(pending.codeChallenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(pending.matchesState("s")).isTrue();
        assertThat(pending.matchesState("S")).isFalse();
        assertThat(pending.matchesState(null)).isFalse();
    }
}
