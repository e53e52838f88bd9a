package org.vfmworkbook.security.oidc;

import java.net.URI;

/** What a provider's discovery document says, as far as the authorization code flow needs it. */
record ProviderMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri) {}
