package org.vfmworkbook.security.oidc;

import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * A provider's published signing keys (its JWKS), fetched on first use and again when a token names a key we do not have (the
 * provider has rotated its keys), at most once a minute.
 */
final class ProviderKeys implements JWKSource<SecurityContext> {

    private static final Duration MIN_RELOAD_INTERVAL = Duration.ofMinutes(1);

    private final URI jwksUri;
    private final OidcHttp http;
    private volatile JWKSet keys;
    private volatile Instant loadedAt = Instant.EPOCH;

    ProviderKeys(URI jwksUri, OidcHttp http) {
        this.jwksUri = jwksUri;
        this.http = http;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        if (keys == null) {
            reload();
        }
        List<JWK> found = selector.select(keys);
        if (found.isEmpty() && Instant.now().isAfter(loadedAt.plus(MIN_RELOAD_INTERVAL))) {
            reload();
            found = selector.select(keys);
        }
        return found;
    }

    private synchronized void reload() throws KeySourceException {
        try {
            keys = JWKSet.parse(http.get(jwksUri).toString());
            loadedAt = Instant.now();
        } catch (OidcHttp.Unreachable | ParseException problem) {
            throw new KeySourceException("Cannot read the keys at " + jwksUri + ": " + problem.getMessage(), problem);
        }
    }
}
