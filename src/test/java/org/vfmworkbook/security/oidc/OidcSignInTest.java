package org.vfmworkbook.security.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.vfmworkbook.security.Accounts;
import org.vfmworkbook.security.oidc.StubIdentityProvider.Fault;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.workbook.WorkbookService;

/**
 * Signing in through a council's identity provider (the stub started for every test boot): the flow, the checks on the way back, and
 * the administrator's part. A person a provider vouches for gets access only once an administrator has linked them to an account.
 */
@QuarkusTest
@QuarkusTestResource(StubIdentityProvider.class)
class OidcSignInTest {

    private static final String CALLBACK_PATH = "/sign-in/oidc/callback";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Test
    void theSignInPageOffersTheProviderBesideThePasswordForm() {
        given().when()
                .get("/sign-in")
                .then()
                .statusCode(200)
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("href=\"/sign-in/with/stub\""))
                .body(containsString("Sign in with " + StubIdentityProvider.DISPLAY_NAME));
    }

    @Test
    void sendsTheBrowserToTheProviderWithPkceStateAndNonceAndARedirectUriFromTheConfiguredBaseUrl() {
        Response start = given().redirects()
                .follow(false)
                .header("Host", "attacker.example")
                .when()
                .get("/sign-in/with/stub");

        assertThat(start.statusCode()).isEqualTo(303);
        Map<String, String> query = StubIdentityProvider.query(URI.create(start.header("Location")));
        assertThat(query)
                .containsEntry("redirect_uri", StubIdentityProvider.baseUrl() + CALLBACK_PATH)
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("response_type", "code")
                .containsEntry("client_id", StubIdentityProvider.CLIENT_ID)
                .containsKeys("state", "nonce", "code_challenge");
        assertThat(query.get("scope")).contains("openid");
        String pending = start.headers().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(PendingSignIn.COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(pending)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .contains("Path=/sign-in/oidc");
    }

    @Test
    void aFirstSignInWaitsForAnAdministratorWithNoAccess() {
        Attempt attempt = signIn(Fault.NONE);

        assertThat(attempt.callback.statusCode()).isEqualTo(403);
        assertThat(attempt.callback.body().asString())
                .contains("Your account is waiting for an administrator")
                .contains(attempt.email);
        assertThat(attempt.callback.getCookie(SignIn.SESSION_COOKIE)).isNull();
        SignIn.administrator()
                .given()
                .when()
                .get("/admin/external-sign-ins")
                .then()
                .statusCode(200)
                .body(containsString(attempt.email))
                .body(containsString("Waiting"));
    }

    @Test
    void anIdentityTheAdministratorLinkedSignsInAndReachesItsCouncilsWorkbook() {
        Attempt first = signIn(Fault.NONE);
        long identity = identityOf(first.subject);
        SignIn.SignedIn administrator = SignIn.administrator();
        administrator
                .given()
                .when()
                .get("/admin/external-sign-ins/" + identity)
                .then()
                .statusCode(200)
                .body(containsString(first.subject))
                .body(containsString("value=\"" + StubIdentityProvider.COUNCIL + "\""))
                .body(not(containsString("value=\"E10000030\"")));
        administrator
                .form()
                .formParam("displayName", "Kim Provider")
                .formParam("username", first.email)
                .formParam("role", "COUNCIL_EDITOR")
                .formParam("councilCode", StubIdentityProvider.COUNCIL)
                .when()
                .post("/admin/external-sign-ins/" + identity)
                .then()
                .statusCode(303);

        Attempt again = signIn(Fault.NONE, first.subject, first.email);

        assertThat(again.callback.statusCode()).isEqualTo(200);
        assertThat(again.callback.header("Refresh")).isEqualTo("0; url=/");
        String setCookie = again.callback.headers().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(SignIn.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie)
                .as("the same cookie as form sign-in")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        String session = again.callback.getCookie(SignIn.SESSION_COOKIE);
        long workbook = Arc.container()
                .instance(WorkbookService.class)
                .get()
                .createOrResume(StubIdentityProvider.COUNCIL, "2021-22")
                .id();
        given().redirects()
                .follow(false)
                .cookie(SignIn.SESSION_COOKIE, session)
                .when()
                .get("/workbooks/" + workbook)
                .then()
                .statusCode(200)
                .body(containsString("Signed in as Kim Provider"));
    }

    @Test
    void anAdministratorCanGiveAccessOnlyToACouncilTheProviderServes() {
        Attempt attempt = signIn(Fault.NONE);

        SignIn.administrator()
                .form()
                .formParam("displayName", "Sam Elsewhere")
                .formParam("username", attempt.email)
                .formParam("role", "COUNCIL_EDITOR")
                .formParam("councilCode", "E10000030")
                .when()
                .post("/admin/external-sign-ins/" + identityOf(attempt.subject))
                .then()
                .statusCode(422)
                .body(containsString("Select the person&#39;s council"));
        assertThat(accounts().findByUsername(attempt.email)).isEmpty();
    }

    @Test
    void aDisabledAccountCannotSignInThroughItsProvider() {
        Attempt first = signIn(Fault.NONE);
        SignIn.administrator()
                .form()
                .formParam("displayName", "Dee Disabled")
                .formParam("username", first.email)
                .formParam("role", "COUNCIL_VIEWER")
                .formParam("councilCode", StubIdentityProvider.COUNCIL)
                .when()
                .post("/admin/external-sign-ins/" + identityOf(first.subject))
                .then()
                .statusCode(303);
        accounts().setEnabled(accounts().findByUsername(first.email).orElseThrow().id, false);

        Attempt again = signIn(Fault.NONE, first.subject, first.email);

        assertThat(again.callback.statusCode()).isEqualTo(403);
        assertThat(again.callback.body().asString()).contains("Your account has been disabled");
        assertThat(again.callback.getCookie(SignIn.SESSION_COOKIE)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "NONCE     | does not belong to this sign-in",
                "AUDIENCE  | was issued for another service",
                "EXPIRED   | has expired",
                "SIGNATURE | was not signed with its published keys",
                "ISSUER    | did not come from " + StubIdentityProvider.DISPLAY_NAME,
                "DENIED    | " + StubIdentityProvider.DISPLAY_NAME + " did not sign you in"
            })
    void refusesABadIdTokenOrAProvidersRefusal(Fault fault, String message) {
        Attempt attempt = signIn(fault);

        assertThat(attempt.callback.statusCode()).isEqualTo(400);
        assertThat(attempt.callback.body().asString())
                .contains("You could not be signed in")
                .contains(message);
        assertThat(attempt.callback.getCookie(SignIn.SESSION_COOKIE)).isNull();
        assertThat(identities().all())
                .as("a refused token records nobody")
                .noneMatch(identity -> identity.subject.equals(attempt.subject));
    }

    @Test
    void refusesACallbackWhoseStateWasNotIssuedToThisBrowser() {
        Attempt attempt =
                signIn(Fault.NONE, "subject-" + SEQUENCE.incrementAndGet(), "x@example.gov.uk", "forged-state", true);
        Attempt noCookie = signIn(Fault.NONE, "subject-" + SEQUENCE.incrementAndGet(), "y@example.gov.uk", null, false);

        for (Attempt refused : new Attempt[] {attempt, noCookie}) {
            assertThat(refused.callback.statusCode()).isEqualTo(400);
            assertThat(refused.callback.body().asString()).contains("This sign-in was not started in this browser");
            assertThat(refused.callback.getCookie(SignIn.SESSION_COOKIE)).isNull();
        }
    }

    @Test
    void anUnknownProviderIsAClearNotFound() {
        given().when()
                .get("/sign-in/with/nobody")
                .then()
                .statusCode(404)
                .body(containsString("There is no identity provider with that name"));
    }

    /** One trip through the provider: the app's start, the provider's authorize step, and the callback. */
    private record Attempt(String subject, String email, Response callback) {}

    private static Attempt signIn(Fault fault) {
        int n = SEQUENCE.incrementAndGet();
        return signIn(
                fault,
                "subject-" + n + "-" + System.nanoTime(),
                "person" + n + "." + System.nanoTime() + "@kent.example.gov.uk");
    }

    private static Attempt signIn(Fault fault, String subject, String email) {
        return signIn(fault, subject, email, null, true);
    }

    private static Attempt signIn(Fault fault, String subject, String email, String replacedState, boolean sendCookie) {
        Response start = given().redirects().follow(false).when().get("/sign-in/with/stub");
        assertThat(start.statusCode()).isEqualTo(303);
        String authorize = start.header("Location") + "&subject=" + encode(subject) + "&email=" + encode(email)
                + "&fault=" + fault;
        Response atProvider = given().redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .when()
                .get(authorize);
        assertThat(atProvider.statusCode())
                .as("the stub provider's authorize step")
                .isEqualTo(302);
        URI back = URI.create(atProvider.header("Location"));
        assertThat(back.toString()).startsWith(StubIdentityProvider.baseUrl() + CALLBACK_PATH);
        String query = replacedState == null
                ? back.getRawQuery()
                : back.getRawQuery().replaceAll("state=[^&]*", "state=" + replacedState);
        var callback = given().redirects().follow(false).urlEncodingEnabled(false);
        if (sendCookie) {
            callback.cookie(PendingSignIn.COOKIE, start.getCookie(PendingSignIn.COOKIE));
        }
        return new Attempt(subject, email, callback.when().get(back.getPath() + "?" + query));
    }

    private static long identityOf(String subject) {
        return identities().all().stream()
                .filter(identity -> identity.subject.equals(subject))
                .findFirst()
                .orElseThrow()
                .id;
    }

    private static ExternalIdentities identities() {
        return Arc.container().instance(ExternalIdentities.class).get();
    }

    private static Accounts accounts() {
        return Arc.container().instance(Accounts.class).get();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
