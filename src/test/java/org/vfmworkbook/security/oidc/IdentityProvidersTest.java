package org.vfmworkbook.security.oidc;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The start-up checks of the provider settings: a deployment that cannot work refuses to start and says which setting is wrong. */
class IdentityProvidersTest {

    @Test
    void noProviderNeedsNoBaseUrl() {
        assertThatCode(() -> IdentityProviders.check(config(null, Map.of()))).doesNotThrowAnyException();
    }

    @Test
    void aProviderNeedsAnAbsoluteBaseUrl() {
        Map<String, OidcConfig.Provider> essex = Map.of("essex", provider(List.of("E10000012")));

        assertThatThrownBy(() -> IdentityProviders.check(config(null, essex)))
                .hasMessageContaining("vfm.oidc.base-url");
        assertThatThrownBy(() -> IdentityProviders.check(config("/relative", essex)))
                .hasMessageContaining("absolute");
        assertThatCode(() -> IdentityProviders.check(config("https://vfm.example.gov.uk", essex)))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAProviderIdThatIsNotLowerCaseAndOneThatServesNoCouncil() {
        assertThatThrownBy(() -> IdentityProviders.check(
                        config("https://vfm.example.gov.uk", Map.of("Essex CC", provider(List.of("E1"))))))
                .hasMessageContaining("'Essex CC'");
        assertThatThrownBy(() -> IdentityProviders.check(
                        config("https://vfm.example.gov.uk", Map.of("essex", provider(List.of())))))
                .hasMessageContaining("vfm.oidc.providers.essex.councils");
    }

    private static OidcConfig config(String baseUrl, Map<String, OidcConfig.Provider> providers) {
        return new OidcConfig() {
            public Optional<URI> baseUrl() {
                return Optional.ofNullable(baseUrl).map(URI::create);
            }

            public Duration signInTimeout() {
                return Duration.ofMinutes(10);
            }

            public Map<String, Provider> providers() {
                return providers;
            }
        };
    }

    private static OidcConfig.Provider provider(List<String> councils) {
        return new OidcConfig.Provider() {
            public URI issuer() {
                return URI.create("https://login.example.com/tenant/v2.0");
            }

            public String clientId() {
                return "client";
            }

            public Optional<String> clientSecret() {
                return Optional.empty();
            }

            public String displayName() {
                return "Essex County Council";
            }

            public List<String> councils() {
                return councils;
            }

            public String scopes() {
                return "openid";
            }
        };
    }
}
