package org.vfmworkbook.security.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import org.vfmworkbook.security.oidc.OidcRefusal.Refused;

/**
 * Checks an id token as OpenID Connect Core section 3.1.3.7 asks: signed (asymmetric algorithms only) by a key the provider publishes,
 * issued by the provider, for this client, in date, and carrying this sign-in's nonce. Each failure names its own {@link OidcRefusal}.
 */
final class IdTokenCheck {

    /** Allowed difference between our clock and the provider's. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private static final Set<JWSAlgorithm> ALGORITHMS =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.ES256);

    private IdTokenCheck() {}

    /** What the provider vouches for, when every check passes. */
    record Verified(String subject, String email, Boolean emailVerified, String name) {}

    static Verified verify(
            String idToken, String issuer, String clientId, String nonce, JWKSource<SecurityContext> keys, Instant now)
            throws Refused {
        JWTClaimsSet claims = verifySignature(idToken, keys);
        if (!issuer.equals(claims.getIssuer())) {
            throw new Refused(OidcRefusal.WRONG_ISSUER, "iss " + claims.getIssuer());
        }
        List<String> audience = claims.getAudience();
        Object authorisedParty = claims.getClaim("azp");
        if (!audience.contains(clientId)
                || (audience.size() > 1 || authorisedParty != null) && !clientId.equals(authorisedParty)) {
            throw new Refused(OidcRefusal.WRONG_AUDIENCE, "aud " + audience + ", azp " + authorisedParty);
        }
        checkDates(claims, now);
        if (!sameText(nonce, stringClaim(claims, "nonce"))) {
            throw new Refused(OidcRefusal.WRONG_NONCE, "nonce does not match");
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new Refused(OidcRefusal.INCOMPLETE_TOKEN, "no sub");
        }
        Object verified = claims.getClaim("email_verified");
        return new Verified(
                subject,
                stringClaim(claims, "email"),
                verified instanceof Boolean flag ? flag : null,
                stringClaim(claims, "name"));
    }

    private static JWTClaimsSet verifySignature(String idToken, JWKSource<SecurityContext> keys) throws Refused {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
            // The claims are checked below, each with its own reason.
        });
        try {
            return processor.process(SignedJWT.parse(idToken), null);
        } catch (KeySourceException unreachable) {
            throw new Refused(OidcRefusal.UNREACHABLE, "keys: " + unreachable.getMessage());
        } catch (ParseException | BadJOSEException | JOSEException bad) {
            throw new Refused(OidcRefusal.BAD_SIGNATURE, bad.getMessage());
        }
    }

    private static void checkDates(JWTClaimsSet claims, Instant now) throws Refused {
        Date expires = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        if (expires == null || issued == null) {
            throw new Refused(OidcRefusal.INCOMPLETE_TOKEN, "no exp or iat");
        }
        Date notBefore = claims.getNotBeforeTime();
        Instant latestStart = now.plus(CLOCK_SKEW);
        if (!now.minus(CLOCK_SKEW).isBefore(expires.toInstant())
                || issued.toInstant().isAfter(latestStart)
                || notBefore != null && notBefore.toInstant().isAfter(latestStart)) {
            throw new Refused(
                    OidcRefusal.EXPIRED, "exp " + expires.toInstant() + ", iat " + issued.toInstant() + " at " + now);
        }
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        return claims.getClaim(name) instanceof String value ? value : null;
    }

    private static boolean sameText(String expected, String actual) {
        return actual != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
