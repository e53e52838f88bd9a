package org.vfmworkbook.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import org.junit.jupiter.api.Test;
import org.vfmworkbook.testing.SignIn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Signing in and out through the form, lockout after repeated failures, and the session cookie's flags. */
@QuarkusTest
class SignInTest {

    private static final String EDITOR_COUNCIL = "E10000016";

    @Test
    void showsTheSignInForm() {
        given().when().get("/sign-in")
                .then().statusCode(200)
                .body(containsString("<title>Sign in – VfM Workbook</title>"))
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("autocomplete=\"current-password\""));
    }

    @Test
    void signsInWithTheRightPasswordAndLandsOnTheStartPage() {
        String username = SignIn.newAccount(Role.COUNCIL_EDITOR, EDITOR_COUNCIL, false);

        Response response = SignIn.postSignIn(username, SignIn.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/");
        assertThat(response.getCookie(SignIn.SESSION_COOKIE)).isNotBlank();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        String username = SignIn.newAccount(Role.COUNCIL_VIEWER, EDITOR_COUNCIL, false);

        String setCookie = SignIn.postSignIn(username, SignIn.PASSWORD).headers().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(SignIn.SESSION_COOKIE + "=")).findFirst().orElseThrow();

        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/");
    }

    @Test
    void theCsrfCookieIsHttpOnlyAndSameSiteStrict() {
        String setCookie = given().when().get("/sign-in").headers().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(SignIn.CSRF_COOKIE + "=")).findFirst().orElseThrow();

        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownName() {
        String username = SignIn.newAccount(Role.COUNCIL_EDITOR, EDITOR_COUNCIL, false);

        for (Response response : new Response[] {SignIn.postSignIn(username, "not the password"),
                SignIn.postSignIn("nobody@example.gov.uk", SignIn.PASSWORD)}) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.header("Location")).endsWith("/sign-in?error=true");
            assertThat(response.getCookie(SignIn.SESSION_COOKIE)).isNull();
        }
        given().when().get("/sign-in?error=true")
                .then().statusCode(422)
                .body(containsString("<title>Error: Sign in – VfM Workbook</title>"))
                .body(containsString("Enter a correct email address and password"));
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswordsInARowAndAnAdministratorsResetUnlocksIt() {
        String username = SignIn.newAccount(Role.COUNCIL_EDITOR, EDITOR_COUNCIL, false);
        for (int attempt = 1; attempt <= 4; attempt++) {
            SignIn.postSignIn(username, "wrong " + attempt);
        }
        assertThat(SignIn.postSignIn(username, SignIn.PASSWORD).getCookie(SignIn.SESSION_COOKIE))
                .as("four failures do not lock").isNotNull();

        for (int attempt = 1; attempt <= 5; attempt++) {
            SignIn.postSignIn(username, "wrong " + attempt);
        }
        Response afterFive = SignIn.postSignIn(username, SignIn.PASSWORD);
        assertThat(afterFive.header("Location")).as("locked: even the right password is refused").endsWith("/sign-in?error=true");
        assertThat(afterFive.getCookie(SignIn.SESSION_COOKIE)).isNull();

        Accounts accounts = io.quarkus.arc.Arc.container().instance(Accounts.class).get();
        accounts.resetPassword(accounts.findByUsername(username).orElseThrow().id, "a brand new password");
        assertThat(SignIn.postSignIn(username, "a brand new password").getCookie(SignIn.SESSION_COOKIE)).isNotNull();
    }

    @Test
    void anAnonymousVisitorIsSentToSignInFromAProtectedPage() {
        given().redirects().follow(false).when().get("/admin/accounts")
                .then().statusCode(302)
                .header("Location", endsWith("/sign-in"));
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() {
        SignIn.SignedIn session = SignIn.administrator();
        session.given().when().get("/admin/accounts").then().statusCode(200);

        Accounts accounts = io.quarkus.arc.Arc.container().instance(Accounts.class).get();
        accounts.setEnabled(accounts.findByUsername(session.username()).orElseThrow().id, false);

        session.given().when().get("/admin/accounts").then().statusCode(302);
        assertThat(SignIn.postSignIn(session.username(), SignIn.PASSWORD).getCookie(SignIn.SESSION_COOKIE)).isNull();
    }

    @Test
    void signingOutRemovesTheSessionCookie() {
        SignIn.SignedIn session = SignIn.as(Role.COUNCIL_VIEWER, EDITOR_COUNCIL);

        Response response = session.form().when().post("/sign-out");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/sign-in?signed-out=true");
        String cleared = response.headers().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(SignIn.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cleared).containsIgnoringCase("Max-Age=0");
    }

    @Test
    void theLayoutNamesWhoIsSignedInAndOffersSignOut() {
        SignIn.as(Role.COUNCIL_VIEWER, EDITOR_COUNCIL).given().when().get("/")
                .then().statusCode(200)
                .body(containsString("Signed in as Test Council viewer"))
                .body(containsString("action=\"/sign-out\""))
                .body(containsString("name=\"csrf-token\""));
    }
}
