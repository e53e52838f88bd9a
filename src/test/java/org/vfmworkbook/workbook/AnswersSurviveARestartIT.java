package org.vfmworkbook.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, run by maven-failsafe after {@code package}) keeps a
 * saved answer in its H2 file across a restart. Forms are posted back with every hidden field they carry (the version, and a
 * CSRF token should one be added).
 */
class AnswersSurviveARestartIT {

    private static final Path JAR = Paths.get("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final String COUNCIL = "E06000010";
    private static final String STEP = "spend-per-head";
    private static final String ANSWER = "Residential care for older people drives our spend; checked against budget monitoring.";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private Process app;
    private int port;

    @AfterEach
    void stop() throws InterruptedException {
        stopTheApp();
    }

    @Test
    void anAnswerSavedBeforeARestartIsShownAfterIt() throws Exception {
        port = freePort();
        startTheApp();
        signInAsANewEditor();
        String step = openTheWorkbook() + "/steps/" + STEP;
        saveAnAnswer(step);

        stopTheApp();
        startTheApp();

        String html = get(step).body();
        assertThat(html).contains(ANSWER).contains("value=\"amber\" checked");
    }

    /**
     * A fresh install: the first administrator is made through the one-time setup page, creates an editor for the
     * council, and the editor signs in. Every form carries the CSRF token its page gave.
     */
    private void signInAsANewEditor() throws Exception {
        String password = "correct horse battery staple";
        Map<String, String> setup = new java.util.LinkedHashMap<>(Map.of("csrf-token", csrf(get("/setup").body()),
                "username", "admin@example.org", "displayName", "Administrator", "password", password,
                "confirmPassword", password));
        assertThat(post("/setup", "/setup", setup).statusCode()).as("setup").isEqualTo(303);
        signIn("admin@example.org", password);
        Map<String, String> account = new java.util.LinkedHashMap<>(Map.of("csrf-token",
                csrf(get("/admin/accounts/new").body()), "username", "editor@example.org", "displayName", "Editor",
                "role", "COUNCIL_EDITOR", "councilCode", COUNCIL, "password", password, "confirmPassword", password));
        assertThat(post("/admin/accounts/new", "/admin/accounts", account).statusCode()).as("new account").isEqualTo(303);
        signIn("editor@example.org", password);
    }

    private void signIn(String username, String password) throws Exception {
        HttpResponse<String> response = post("/sign-in", "/j_security_check",
                Map.of("username", username, "password", password));
        assertThat(response.statusCode()).as("sign-in as " + username).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private static String csrf(String html) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).as("the page carries a CSRF token").isTrue();
        return token.group(1);
    }

    private String openTheWorkbook() throws Exception {
        Map<String, String> fields = hiddenFields(get("/").body(), "start-form");
        fields.put("council", COUNCIL);
        fields.put("year", "2021-22");
        HttpResponse<String> response = post("/", "/workbooks", fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
    }

    private void saveAnAnswer(String step) throws Exception {
        Map<String, String> fields = hiddenFields(get(step).body(), "answers-form");
        assertThat(fields).containsKey("version");
        fields.put("answer-judgement-choice", "amber");
        fields.put("answer-judgement", ANSWER);
        fields.put("next", "later");
        HttpResponse<String> response = post(step, step, fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
    }

    /** The hidden inputs inside the form with this id, by name. */
    static Map<String, String> hiddenFields(String html, String formId) {
        int at = html.indexOf("id=\"" + formId + "\"");
        assertThat(at).as("form #" + formId + " on the page").isNotNegative();
        String form = html.substring(html.lastIndexOf("<form", at), html.indexOf("</form>", at));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input\\b[^>]*>").matcher(form);
        while (input.find()) {
            String tag = input.group();
            if (tag.contains("type=\"hidden\"")) {
                fields.put(attribute(tag, "name"), attribute(tag, "value"));
            }
        }
        return fields;
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1).replace("&amp;", "&").replace("&quot;", "\"") : "";
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> post(String from, String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("Origin", "http://localhost:" + port).header("Referer", uri(from).toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void startTheApp() throws Exception {
        assertThat(JAR).as("the packaged application; run the tests with ./mvnw verify").exists();
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(Paths.get("target", "restart-it.log").toFile()));
        builder.environment().putAll(Map.of("VFM_DATA_DIR", dataDir.toString(), "QUARKUS_HTTP_PORT", String.valueOf(port)));
        app = builder.start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("the application is running (see target/restart-it.log)").isTrue();
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The application was not ready within " + START_TIMEOUT + "; see target/restart-it.log");
    }

    private void stopTheApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
        app = null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
