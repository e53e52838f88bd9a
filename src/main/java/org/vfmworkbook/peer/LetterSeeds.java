package org.vfmworkbook.peer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns the seed in a view's address into the seed its letters are drawn from, with a key only the server knows (an HMAC under
 * the session-cookie key, which every instance shares). The shuffle is {@link java.util.Random}, which anyone can repeat: were the
 * address's seed used as it is, anyone could work out which council is which letter from the region's published council codes.
 * Peer sessions keep their seed in the database and never show it, so they need no key.
 */
@ApplicationScoped
public class LetterSeeds {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    LetterSeeds(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String sessionKey) {
        this.key = new SecretKeySpec(sessionKey.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The seed the letters are drawn from for this address's seed; the same on every instance while the key is unchanged. */
    public long forAddress(long addressSeed) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return ByteBuffer.wrap(mac.doFinal(("council-letters:" + addressSeed).getBytes(StandardCharsets.UTF_8)))
                    .getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
