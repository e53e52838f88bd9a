package org.vfmworkbook.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript against a {@link PackagedApp}: keeps cookies, follows no redirects, and posts forms back with
 * every hidden field they carry (the CSRF token, versions) and the Origin and Referer a browser sends. Uses only the JDK, so
 * that {@code bench/} scripts can run it outside JUnit; an unexpected answer throws {@link IllegalStateException}.
 */
public final class PageClient {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String ADMINISTRATOR = "admin@example.org";
    public static final String EDITOR = "editor@example.org";
    public static final String YEAR = "2021-22";

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");

    private final PackagedApp app;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public PageClient(PackagedApp app) {
        this.app = app;
    }

    /**
     * A fresh install: the first administrator is made through the one-time setup page and creates an editor for the
     * council, who is then signed in. Every form carries the CSRF token its page gave.
     */
    public void setUpAndSignInAsEditor(String council) throws IOException, InterruptedException {
        Map<String, String> setup = new LinkedHashMap<>(hiddenFields(page("/setup"), "action=\"/setup\""));
        setup.putAll(Map.of(
                "username",
                ADMINISTRATOR,
                "displayName",
                "Administrator",
                "password",
                PASSWORD,
                "confirmPassword",
                PASSWORD));
        expect(303, post("/setup", "/setup", setup), "first-run setup");
        signIn(ADMINISTRATOR);
        Map<String, String> account =
                new LinkedHashMap<>(hiddenFields(page("/admin/accounts/new"), "action=\"/admin/accounts\""));
        account.putAll(Map.of(
                "username",
                EDITOR,
                "displayName",
                "Editor",
                "role",
                "COUNCIL_EDITOR",
                "councilCode",
                council,
                "password",
                PASSWORD,
                "confirmPassword",
                PASSWORD));
        expect(303, post("/admin/accounts/new", "/admin/accounts", account), "creating the editor's account");
        signIn(EDITOR);
    }

    /** As the administrator (signed in on this client), creates an account of {@code role} at {@code council}. */
    public void createAccount(String username, String role, String council) throws IOException, InterruptedException {
        Map<String, String> account =
                new LinkedHashMap<>(hiddenFields(page("/admin/accounts/new"), "action=\"/admin/accounts\""));
        account.putAll(Map.of(
                "username", username,
                "displayName", username.substring(0, username.indexOf('@')),
                "role", role,
                "councilCode", council,
                "password", PASSWORD,
                "confirmPassword", PASSWORD));
        expect(303, post("/admin/accounts/new", "/admin/accounts", account), "creating " + username);
    }

    /** GET a document (a PDF) that must answer 200; returns its bytes. */
    public byte[] bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response =
                http.send(HttpRequest.newBuilder(app.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    public void signIn(String username) throws IOException, InterruptedException {
        HttpResponse<String> response =
                post("/sign-in", "/j_security_check", Map.of("username", username, "password", PASSWORD));
        expect(302, response, "sign-in as " + username);
        if (response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in as " + username + " was refused");
        }
    }

    /** Opens (or resumes) the council's workbook for {@value #YEAR} from the start page; returns its path. */
    public String openWorkbook(String council) throws IOException, InterruptedException {
        Map<String, String> fields = hiddenFields(page("/"), "id=\"start-form\"");
        fields.put("council", council);
        fields.put("year", YEAR);
        HttpResponse<String> response = expect(303, post("/", "/workbooks", fields), "opening the workbook");
        return URI.create(response.headers().firstValue("Location").orElseThrow())
                .getPath();
    }

    /** GET a page that must answer 200; returns its HTML. */
    public String page(String path) throws IOException, InterruptedException {
        return expect(200, get(path), "GET " + path).body();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(app.uri(path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form as a browser on page {@code from} would. */
    public HttpResponse<String> post(String from, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        return post(from, path, fields, "text/html");
    }

    /** Posts a form asking for {@code accept} (the autosave script asks for {@code application/json}). */
    public HttpResponse<String> post(String from, String path, Map<String, String> fields, String accept)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(app.uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", accept)
                        .header("Origin", "http://127.0.0.1:" + app.port())
                        .header("Referer", app.uri(from).toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    what + " answered " + response.statusCode() + ", expected " + status + ":\n" + response.body());
        }
        return response;
    }

    /** The hidden inputs of the form whose tag carries {@code attribute} (such as {@code id="answers-form"}), by name. */
    public static Map<String, String> hiddenFields(String html, String attribute) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String tag : inputs(form(html, attribute))) {
            if (tag.contains("type=\"hidden\"")) {
                fields.put(attribute(tag, "name"), attribute(tag, "value"));
            }
        }
        return fields;
    }

    /** The HTML of the form whose tag carries {@code attribute}, such as {@code action="/setup"}. */
    public static String form(String html, String attribute) {
        Matcher form = Pattern.compile("<form\\b[^>]*>").matcher(html);
        while (form.find()) {
            if (form.group().contains(attribute)) {
                return html.substring(form.start(), html.indexOf("</form>", form.start()));
            }
        }
        throw new IllegalStateException("no form with " + attribute + " on the page");
    }

    public static List<String> inputs(String formHtml) {
        return INPUT.matcher(formHtml).results().map(MatchResult::group).toList();
    }

    public static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? unescape(m.group(1)) : "";
    }

    /** Undoes the HTML escaping Qute applies to text and attribute values. */
    public static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
