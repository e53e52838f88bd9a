package org.vfmworkbook.security.oidc;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Council identity providers for sign-in by OpenID Connect (docs/security.md, "Signing in with a council's identity provider").
 * None is configured by default: then the sign-in page offers only the password form.
 */
@ConfigMapping(prefix = "vfm.oidc")
public interface OidcConfig {

    /**
     * The address people use to reach this service, such as {@code https://vfm.example.gov.uk}. The redirect URI registered with
     * each provider is this address followed by {@code /sign-in/oidc/callback}; it is never built from the request's Host header.
     */
    Optional<URI> baseUrl();

    /** How long someone has to finish signing in at their provider. */
    @WithDefault("PT10M")
    Duration signInTimeout();

    /** The providers, by a short id of your choosing (letters, digits and hyphens), for example {@code essex}. */
    Map<String, Provider> providers();

    interface Provider {

        /** The issuer: discovery reads {@code <issuer>/.well-known/openid-configuration}, whose issuer must be this exactly. */
        URI issuer();

        String clientId();

        /** From an environment variable, never the repository; absent for a public client (PKCE only). */
        Optional<String> clientSecret();

        /** Shown on the button: "Sign in with {display name}". */
        String displayName();

        /** The ONS codes of the councils whose staff sign in here; an administrator can give access only to these councils. */
        List<String> councils();

        @WithDefault("openid email profile")
        String scopes();
    }
}
