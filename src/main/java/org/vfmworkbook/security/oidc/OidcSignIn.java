package org.vfmworkbook.security.oidc;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import org.jboss.logging.Logger;

import org.vfmworkbook.security.oidc.OidcRefusal.Refused;

/**
 * The authorization code flow with PKCE (RFC 7636) and OpenID Connect: {@link #start} sends the browser to the provider with a fresh
 * {@code state}, {@code nonce} and code challenge, kept in a sealed cookie; {@link #finish} checks them on the way back, swaps the
 * code for an id token, checks the token ({@link IdTokenCheck}) and asks {@link ExternalIdentities} what the identity may do.
 */
@ApplicationScoped
public class OidcSignIn {

    private static final Logger LOG = Logger.getLogger(OidcSignIn.class);

    /** Where to send the browser, and the cookie value that remembers this sign-in until it comes back. */
    public record Started(URI authorizationUrl, String pendingCookie) {}

    /** How a sign-in ended. */
    public sealed interface Finished {
        /** Signed in as this user: start their session. */
        record SignedIn(org.vfmworkbook.security.Accounts.Session session) implements Finished {}

        record Waiting(String providerName, String email) implements Finished {}

        record Refused(OidcRefusal reason, String providerName) implements Finished {}
    }

    private final IdentityProviders providers;
    private final ExternalIdentities identities;
    private final OidcConfig config;
    private final PendingSignIn.Seal seal;

    public OidcSignIn(
            IdentityProviders providers, ExternalIdentities identities, OidcConfig config, VertxHttpConfig http) {
        this.providers = providers;
        this.identities = identities;
        this.config = config;
        this.seal = new PendingSignIn.Seal(http.encryptionKey().orElseThrow());
    }

    /** Empty when there is no such provider; a refusal when its discovery document cannot be read. */
    public Optional<Started> start(String providerId, Instant now) throws StartRefused {
        if (providers.settings(providerId).isEmpty()) {
            return Optional.empty();
        }
        IdentityProviders.Discovered provider;
        try {
            provider = providers.discover(providerId);
        } catch (OidcHttp.Unreachable problem) {
            LOG.warnf("Cannot start sign-in through %s: %s", providerId, problem.getMessage());
            throw new StartRefused(new Finished.Refused(OidcRefusal.UNREACHABLE, providers.displayName(providerId)));
        }
        PendingSignIn pending = PendingSignIn.begin(providerId, now.plus(config.signInTimeout()));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", provider.settings().clientId());
        query.put("redirect_uri", providers.redirectUri().toString());
        query.put("scope", provider.settings().scopes());
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", pending.codeChallenge());
        query.put("code_challenge_method", "S256");
        URI authorize = provider.metadata().authorizationEndpoint();
        String separator = authorize.getRawQuery() == null ? "?" : "&";
        return Optional.of(new Started(URI.create(authorize + separator + OidcHttp.encode(query)), seal.seal(pending)));
    }

    /** A sign-in that could not even be sent to the provider. */
    public static final class StartRefused extends Exception {
        public final transient Finished.Refused refusal;

        StartRefused(Finished.Refused refusal) {
            super(refusal.reason().name(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** Handles the provider's redirect back: {@code code} and {@code state}, or {@code error}. */
    public Finished finish(String pendingCookie, String state, String code, String error, Instant now) {
        Optional<PendingSignIn> opened = seal.open(pendingCookie, now);
        if (opened.isEmpty()
                || !opened.get().matchesState(state)
                || providers.settings(opened.get().providerId()).isEmpty()) {
            LOG.infof(
                    "Refused a sign-in callback: %s",
                    opened.isEmpty() ? "no pending sign-in" : "state or provider does not match");
            return new Finished.Refused(OidcRefusal.NOT_STARTED_HERE, null);
        }
        PendingSignIn pending = opened.get();
        String providerName = providers.displayName(pending.providerId());
        try {
            if (error != null || code == null || code.isBlank()) {
                throw new Refused(OidcRefusal.PROVIDER_SAID_NO, "error " + error);
            }
            IdentityProviders.Discovered provider = providers.discover(pending.providerId());
            IdTokenCheck.Verified who = IdTokenCheck.verify(
                    idToken(provider, pending, code),
                    provider.metadata().issuer(),
                    provider.settings().clientId(),
                    pending.nonce(),
                    provider.keys(),
                    now);
            ExternalIdentities.Outcome outcome = identities.signedIn(
                    pending.providerId(), provider.metadata().issuer(), who, now);
            if (outcome instanceof ExternalIdentities.Outcome.SignedIn signedIn) {
                return new Finished.SignedIn(signedIn.session());
            }
            if (outcome instanceof ExternalIdentities.Outcome.Waiting waiting) {
                return new Finished.Waiting(providerName, waiting.email());
            }
            return new Finished.Refused(OidcRefusal.DISABLED, providerName);
        } catch (Refused refused) {
            LOG.infof("Refused a sign-in through %s: %s", pending.providerId(), refused.getMessage());
            return new Finished.Refused(refused.reason, providerName);
        } catch (OidcHttp.Unreachable problem) {
            LOG.warnf("Sign-in through %s failed: %s", pending.providerId(), problem.getMessage());
            return new Finished.Refused(OidcRefusal.UNREACHABLE, providerName);
        }
    }

    private String idToken(IdentityProviders.Discovered provider, PendingSignIn pending, String code)
            throws OidcHttp.Unreachable, Refused {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", providers.redirectUri().toString());
        form.put("code_verifier", pending.codeVerifier());
        if (provider.settings().clientSecret().isEmpty()) {
            form.put("client_id", provider.settings().clientId());
        }
        JsonNode answer = providers
                .http()
                .postForm(
                        provider.metadata().tokenEndpoint(),
                        form,
                        provider.settings().clientId(),
                        provider.settings().clientSecret());
        String idToken = answer.path("id_token").asText("");
        if (answer.has("error") || idToken.isBlank()) {
            throw new Refused(
                    OidcRefusal.CODE_REFUSED,
                    "token endpoint: " + answer.path("error").asText("no id_token"));
        }
        return idToken;
    }
}
