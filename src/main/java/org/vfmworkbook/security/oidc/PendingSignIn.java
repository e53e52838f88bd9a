package org.vfmworkbook.security.oidc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A sign-in sent to a provider and not yet back: the provider, {@code state}, {@code nonce} and PKCE verifier. Kept in the browser in a
 * short-lived cookie sealed with AES-GCM (a key derived from the session key), so it cannot be read or forged and several instances
 * need no shared store.
 */
record PendingSignIn(String providerId, String state, String nonce, String codeVerifier, Instant expiresAt) {

    static final String COOKIE = "vfm-oidc";
    /** Only the callback needs it back. */
    static final String COOKIE_PATH = "/sign-in/oidc";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    static PendingSignIn begin(String providerId, Instant expiresAt) {
        return new PendingSignIn(providerId, random(), random(), random(), expiresAt);
    }

    /** The PKCE S256 challenge of the verifier (RFC 7636 section 4.2). */
    String codeChallenge() {
        try {
            return BASE64.encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    boolean matchesState(String returned) {
        return returned != null
                && MessageDigest.isEqual(
                        state.getBytes(StandardCharsets.UTF_8), returned.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return BASE64.encodeToString(bytes);
    }

    /** Seals and opens the cookie value. */
    static final class Seal {

        private static final int IV_BYTES = 12;
        private final SecretKey key;

        Seal(String sessionKey) {
            try {
                byte[] derived = MessageDigest.getInstance("SHA-256")
                        .digest(("vfm-oidc-pending-sign-in:" + sessionKey).getBytes(StandardCharsets.UTF_8));
                this.key = new SecretKeySpec(derived, "AES");
            } catch (GeneralSecurityException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        String seal(PendingSignIn pending) {
            String plain = String.join(
                    "\n",
                    pending.providerId,
                    pending.state,
                    pending.nonce,
                    pending.codeVerifier,
                    Long.toString(pending.expiresAt.getEpochSecond()));
            try {
                byte[] iv = new byte[IV_BYTES];
                RANDOM.nextBytes(iv);
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
                byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
                return BASE64.encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                        .put(iv)
                        .put(sealed)
                        .array());
            } catch (GeneralSecurityException problem) {
                throw new IllegalStateException("Cannot seal the sign-in cookie", problem);
            }
        }

        /** The pending sign-in, or empty when the cookie is missing, tampered with, or expired. */
        Optional<PendingSignIn> open(String cookie, Instant now) {
            if (cookie == null || cookie.isBlank()) {
                return Optional.empty();
            }
            try {
                byte[] bytes = Base64.getUrlDecoder().decode(cookie);
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
                String[] parts = new String(
                                cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8)
                        .split("\n");
                PendingSignIn pending = new PendingSignIn(
                        parts[0], parts[1], parts[2], parts[3], Instant.ofEpochSecond(Long.parseLong(parts[4])));
                return now.isBefore(pending.expiresAt) ? Optional.of(pending) : Optional.empty();
            } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException unreadable) {
                return Optional.empty();
            }
        }
    }
}
