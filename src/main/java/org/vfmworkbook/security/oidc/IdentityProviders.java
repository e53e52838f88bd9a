package org.vfmworkbook.security.oidc;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;
import io.quarkus.runtime.Startup;
import org.jboss.logging.Logger;

/**
 * The configured identity providers ({@link OidcConfig}), checked at start-up, and what each one's discovery document says, read on
 * first use (so the service starts while a provider is down) and kept. Templates reach it as {@code inject:oidcProviders}.
 */
@ApplicationScoped
@Named("oidcProviders")
@Startup
public class IdentityProviders {

    static final String CALLBACK_PATH = "/sign-in/oidc/callback";
    private static final Logger LOG = Logger.getLogger(IdentityProviders.class);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** A "Sign in with …" button on the sign-in page. */
    @TemplateData
    public record SignInButton(String href, String text) {}

    /** One provider ready to use: its settings and what discovery found. */
    record Discovered(String id, OidcConfig.Provider settings, ProviderMetadata metadata, ProviderKeys keys) {}

    private final OidcConfig config;
    private final OidcHttp http;
    private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

    public IdentityProviders(OidcConfig config, ObjectMapper json) {
        this.config = config;
        this.http = new OidcHttp(json);
        check(config);
    }

    static void check(OidcConfig config) {
        if (config.providers().isEmpty()) {
            return;
        }
        URI base = config.baseUrl()
                .orElseThrow(
                        () -> new IllegalStateException(
                                "vfm.oidc.base-url (VFM_OIDC_BASE_URL) must be set when an identity provider is configured: it builds the redirect URI"));
        if (!base.isAbsolute() || !List.of("http", "https").contains(base.getScheme()) || base.getHost() == null) {
            throw new IllegalStateException(
                    "vfm.oidc.base-url must be an absolute http(s) address, like https://vfm.example.gov.uk; got "
                            + base);
        }
        config.providers().forEach((id, provider) -> {
            if (!ID.matcher(id).matches()) {
                throw new IllegalStateException("Identity provider id '" + id + "' (vfm.oidc.providers." + id
                        + ".*) must be lower-case letters, digits and hyphens");
            }
            if (provider.councils().isEmpty()) {
                throw new IllegalStateException(
                        "vfm.oidc.providers." + id + ".councils must name the councils it serves");
            }
        });
        LOG.infof(
                "Identity providers for sign-in: %s; redirect URI %s",
                config.providers().keySet(), redirectUri(config));
    }

    public boolean isConfigured() {
        return !config.providers().isEmpty();
    }

    public List<SignInButton> getButtons() {
        return config.providers().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new SignInButton(
                        "/sign-in/with/" + entry.getKey(),
                        "Sign in with " + entry.getValue().displayName()))
                .toList();
    }

    public Optional<OidcConfig.Provider> settings(String id) {
        return Optional.ofNullable(id == null ? null : config.providers().get(id));
    }

    /** The councils a provider serves: the only ones an administrator can give its users access to. */
    public List<String> councilsServedBy(String id) {
        return settings(id).map(OidcConfig.Provider::councils).orElse(List.of());
    }

    public String displayName(String id) {
        return settings(id).map(OidcConfig.Provider::displayName).orElse(id);
    }

    URI redirectUri() {
        return redirectUri(config);
    }

    private static URI redirectUri(OidcConfig config) {
        return URI.create(config.baseUrl().orElseThrow().toString().replaceAll("/+$", "") + CALLBACK_PATH);
    }

    /** The provider with its discovery document, read now if not yet read. */
    Discovered discover(String id) throws OidcHttp.Unreachable {
        Discovered known = discovered.get(id);
        if (known != null) {
            return known;
        }
        OidcConfig.Provider settings = config.providers().get(id);
        String issuer = settings.issuer().toString();
        JsonNode document = http.get(URI.create(issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration"));
        if (!issuer.equals(document.path("issuer").asText())) {
            throw new OidcHttp.Unreachable(
                    "The discovery document of " + id + " names the issuer '"
                            + document.path("issuer").asText() + "', not the configured " + issuer,
                    null);
        }
        ProviderMetadata metadata = new ProviderMetadata(
                issuer,
                endpoint(document, "authorization_endpoint"),
                endpoint(document, "token_endpoint"),
                endpoint(document, "jwks_uri"));
        Discovered fresh = new Discovered(id, settings, metadata, new ProviderKeys(metadata.jwksUri(), http));
        discovered.put(id, fresh);
        return fresh;
    }

    OidcHttp http() {
        return http;
    }

    private static URI endpoint(JsonNode document, String field) throws OidcHttp.Unreachable {
        String value = document.path(field).asText("");
        try {
            URI uri = URI.create(value);
            if (uri.isAbsolute()) {
                return uri;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new OidcHttp.Unreachable("The discovery document has no usable " + field + ": '" + value + "'", null);
    }
}
