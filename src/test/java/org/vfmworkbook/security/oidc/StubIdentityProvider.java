package org.vfmworkbook.security.oidc;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A council identity provider for tests, on 127.0.0.1 and a free port: discovery, JWKS, an authorize endpoint that signs in whoever the
 * test names and redirects back with a code, and a token endpoint that checks the client secret and PKCE and returns an RS256 id token
 * signed with a key made at start. The test drives it through the authorize URL the app sends the browser to, adding {@code subject},
 * {@code email} and, to make a bad token, {@code fault} ({@link Fault}). Started once for every test boot (its settings are in the
 * configuration of every {@code @QuarkusTest}), so it costs no Quarkus boot of its own.
 */
public class StubIdentityProvider implements QuarkusTestResourceLifecycleManager {

    static final String PROVIDER_ID = "stub";
    static final String DISPLAY_NAME = "Test County Council";
    static final String CLIENT_ID = "vfm-workbook-test";
    /** Kent: the council this provider serves. */
    static final String COUNCIL = "E10000016";

    static final String JOURNEY_SUBJECT = "journey-person";
    static final String JOURNEY_EMAIL = "journey.person@kent.example.gov.uk";

    /** What the token endpoint gets wrong on purpose. */
    enum Fault {
        NONE,
        NONCE,
        AUDIENCE,
        EXPIRED,
        SIGNATURE,
        ISSUER,
        /** The person cancels at the provider: it redirects back with {@code error=access_denied} and no code. */
        DENIED
    }

    private record Grant(
            String subject, String email, String nonce, String codeChallenge, String redirectUri, Fault fault) {}

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final String clientSecret = token();
    private HttpServer server;
    private String issuer;
    private RSAKey key;
    /** Same key id as {@link #key}, different key: what a forger would sign with. */
    private RSAKey impostor;

    @Override
    public Map<String, String> start() {
        try {
            key = new RSAKeyGenerator(2048).keyID("stub-key-1").generate();
            impostor = new RSAKeyGenerator(2048).keyID("stub-key-1").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException | JOSEException problem) {
            throw new IllegalStateException("Cannot start the stub identity provider", problem);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> send(exchange, 200, discovery()));
        server.createContext("/jwks", exchange -> send(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
        String prefix = "vfm.oidc.providers." + PROVIDER_ID + ".";
        // The app's base URL must be where it really listens, for a browser to follow the provider's redirect back: a
        // free port
        // chosen here replaces the test profile's random one.
        int appPort = freePort();
        return Map.of(
                "quarkus.http.test-port",
                Integer.toString(appPort),
                "vfm.oidc.base-url",
                "http://localhost:" + appPort,
                prefix + "issuer",
                issuer,
                prefix + "client-id",
                CLIENT_ID,
                prefix + "client-secret",
                clientSecret,
                prefix + "display-name",
                DISPLAY_NAME,
                prefix + "councils",
                COUNCIL);
    }

    /** The app's base URL, as configured for this boot. */
    static String baseUrl() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("vfm.oidc.base-url", String.class);
    }

    private static int freePort() {
        try (java.net.ServerSocket socket =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException problem) {
            throw new IllegalStateException("No free port for the app", problem);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String discovery() {
        return """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token", "jwks_uri": "%1$s/jwks",
                 "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"], "code_challenge_methods_supported": ["S256"]}
                """.formatted(issuer);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        if (!"code".equals(query.get("response_type"))
                || !CLIENT_ID.equals(query.get("client_id"))
                || !"S256".equals(query.get("code_challenge_method"))
                || query.get("nonce") == null
                || query.get("state") == null) {
            send(exchange, 400, "{\"error\": \"invalid_request\"}");
            return;
        }
        String code = token();
        boolean browser = query.get("subject") == null;
        grants.put(
                code,
                new Grant(
                        query.getOrDefault("subject", JOURNEY_SUBJECT),
                        query.getOrDefault("email", JOURNEY_EMAIL),
                        query.get("nonce"),
                        query.get("code_challenge"),
                        query.get("redirect_uri"),
                        Fault.valueOf(query.getOrDefault("fault", "NONE"))));
        String back = query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state");
        if (browser) {
            // A browser journey names nobody: like a real provider's sign-in page, the person continues from a page of
            // this site,
            // so the way back to the app starts at another site.
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            send(
                    exchange,
                    200,
                    "<!DOCTYPE html><html lang=\"en\"><title>Stub provider</title><a id=\"continue\" href=\"" + back
                            + "\">Continue as Journey Person</a></html>");
            return;
        }
        if (query.getOrDefault("fault", "").equals(Fault.DENIED.name())) {
            back = query.get("redirect_uri") + "?error=access_denied&state=" + query.get("state");
        }
        exchange.getResponseHeaders().add("Location", back);
        send(exchange, 302, "");
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form;
        try (InputStream body = exchange.getRequestBody()) {
            form = parse(new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
        String expectedAuthorization = "Basic "
                + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        Grant grant = grants.remove(form.getOrDefault("code", ""));
        if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\": \"invalid_client\"}");
        } else if (grant == null
                || !"authorization_code".equals(form.get("grant_type"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !grant.codeChallenge().equals(s256(form.get("code_verifier")))) {
            send(exchange, 400, "{\"error\": \"invalid_grant\"}");
        } else {
            send(
                    exchange,
                    200,
                    "{\"access_token\": \"%s\", \"token_type\": \"Bearer\", \"expires_in\": 300, \"id_token\": \"%s\"}"
                            .formatted(token(), idToken(grant)));
        }
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        Instant issued = grant.fault() == Fault.EXPIRED ? now.minusSeconds(900) : now;
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(grant.fault() == Fault.ISSUER ? "http://127.0.0.1:1" : issuer)
                .subject(grant.subject())
                .audience(grant.fault() == Fault.AUDIENCE ? "another-service" : CLIENT_ID)
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plusSeconds(300)))
                .claim("nonce", grant.fault() == Fault.NONCE ? "not-the-nonce-that-was-sent" : grant.nonce())
                .claim("email", grant.email())
                .claim("email_verified", true)
                .claim("name", "Stub " + grant.subject())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(grant.fault() == Fault.SIGNATURE ? impostor : key));
            return jwt.serialize();
        } catch (JOSEException problem) {
            throw new IllegalStateException(problem);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    static Map<String, String> parse(String query) {
        Map<String, String> values = new HashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                values.put(
                        URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                        equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    static Map<String, String> query(URI uri) {
        return parse(uri.getRawQuery());
    }

    private static String s256(String verifier) {
        try {
            return verifier == null
                    ? ""
                    : Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(MessageDigest.getInstance("SHA-256")
                                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private String token() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
