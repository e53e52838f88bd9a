package org.vfmworkbook.security.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The three calls made to a provider: discovery, its keys, and the token endpoint. JSON in, JSON out, with timeouts. */
final class OidcHttp {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** The provider could not be reached, or answered with something other than a JSON document. */
    static final class Unreachable extends Exception {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final ObjectMapper json;

    OidcHttp(ObjectMapper json) {
        this.json = json;
    }

    JsonNode get(URI uri) throws Unreachable {
        return send(
                HttpRequest.newBuilder(uri)
                        .timeout(TIMEOUT)
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                false);
    }

    /** Posts a form; with a client secret, authenticates as RFC 6749 section 2.3.1 says (HTTP Basic of the form-encoded id and secret). */
    JsonNode postForm(URI uri, Map<String, String> form, String clientId, Optional<String> clientSecret)
            throws Unreachable {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        clientSecret.ifPresent(secret -> request.header(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((formEncode(clientId) + ":" + formEncode(secret))
                                        .getBytes(StandardCharsets.UTF_8))));
        return send(request.build(), true);
    }

    private JsonNode send(HttpRequest request, boolean errorBodyIsJson) throws Unreachable {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() / 100 == 2;
            if (!ok && !errorBodyIsJson) {
                throw new Unreachable(request.uri() + " answered " + response.statusCode(), null);
            }
            JsonNode body = json.readTree(response.body());
            if (body == null || !body.isObject()) {
                throw new Unreachable(request.uri() + " did not answer with a JSON object", null);
            }
            return body;
        } catch (IOException problem) {
            throw new Unreachable("Cannot reach " + request.uri() + ": " + problem.getMessage(), problem);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Unreachable("Interrupted while calling " + request.uri(), interrupted);
        }
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> formEncode(entry.getKey()) + "=" + formEncode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
