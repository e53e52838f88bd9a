package org.vfmworkbook.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.testing.SignIn;

/** Signing in and out through the form, throttling repeated failures, sessions that end at once, and the session cookie's flags. */
@QuarkusTest
class SignInTest {

    private static final String EDITOR_COUNCIL = "E10000016";

    @Test
    void showsTheSignInForm() {
        given().when()
                .get("/sign-in")
                .then()
                .statusCode(200)
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
                .filter(value -> value.startsWith(SignIn.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();

        assertThat(setCookie)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict")
                .contains("Path=/");
    }

    @Test
    void theCsrfCookieIsHttpOnlyAndSameSiteStrict() {
        String setCookie = given().when().get("/sign-in").headers().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(SignIn.CSRF_COOKIE + "="))
                .findFirst()
                .orElseThrow();

        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownName() {
        String username = SignIn.newAccount(Role.COUNCIL_EDITOR, EDITOR_COUNCIL, false);

        for (Response response : new Response[] {
            SignIn.postSignIn(username, "not the password"), SignIn.postSignIn("nobody@example.gov.uk", SignIn.PASSWORD)
        }) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.header("Location")).endsWith("/sign-in?error=true");
            assertThat(response.getCookie(SignIn.SESSION_COOKIE)).isNull();
        }
        given().when()
                .get("/sign-in?error=true")
                .then()
                .statusCode(422)
                .body(containsString("<title>Error: Sign in – VfM Workbook</title>"))
                .body(containsString("Enter a correct email address and password"));
    }

    @Test
    void fiveFailuresFromOneAddressHoldThatAddressBackAndForwardedForHeadersAreNotBelieved() {
        String username = SignIn.newAccount(Role.COUNCIL_EDITOR, EDITOR_COUNCIL, false);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Response failed = given().redirects()
                    .follow(false)
                    .contentType(io.restassured.http.ContentType.URLENC)
                    .header("X-Forwarded-For", "203.0.113." + attempt)
                    .formParam("username", username)
                    .formParam("password", "wrong " + attempt)
                    .when()
                    .post("/j_security_check");
            assertThat(failed.header("Location")).as("attempt %d", attempt).endsWith("/sign-in?error=true");
        }

        Response held = SignIn.postSignIn(username, SignIn.PASSWORD);

        assertThat(held.header("Location"))
                .as("the same address, whatever it claims")
                .contains("/sign-in?error=too-many&minutes=1");
        assertThat(held.getCookie(SignIn.SESSION_COOKIE)).isNull();
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> SignInFailure.<SignInFailure>list("username", username).stream()
                                .map(failure -> failure.source)
                                .distinct()
                                .toList()))
                .hasSize(1)
                .noneMatch(source -> source.startsWith("203.0.113."));
        given().when()
                .get("/sign-in?error=too-many&minutes=1")
                .then()
                .statusCode(429)
                .body(containsString("<title>Error: Sign in – VfM Workbook</title>"))
                .body(containsString("too many failed attempts to sign in from your network. Wait 1 minute"));
    }

    @Test
    void anAdministratorsResetLetsTheNewPasswordIn() {
        String username = SignIn.newAccount(Role.COUNCIL_EDITOR, EDITOR_COUNCIL, false);
        Accounts accounts = accounts();
        accounts.resetPassword(accounts.findByUsername(username).orElseThrow().id, "a brand new password");

        assertThat(SignIn.postSignIn(username, SignIn.PASSWORD).getCookie(SignIn.SESSION_COOKIE))
                .isNull();
        assertThat(SignIn.postSignIn(username, "a brand new password").getCookie(SignIn.SESSION_COOKIE))
                .isNotNull();
    }

    @Test
    void anAnonymousVisitorIsSentToSignInFromAProtectedPage() {
        given().redirects()
                .follow(false)
                .when()
                .get("/admin/accounts")
                .then()
                .statusCode(302)
                .header("Location", endsWith("/sign-in"));
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() {
        SignIn.SignedIn session = SignIn.administrator();
        session.given().when().get("/admin/accounts").then().statusCode(200);

        Accounts accounts =
                io.quarkus.arc.Arc.container().instance(Accounts.class).get();
        accounts.setEnabled(accounts.findByUsername(session.username()).orElseThrow().id, false);

        session.given().when().get("/admin/accounts").then().statusCode(302);
        assertThat(SignIn.postSignIn(session.username(), SignIn.PASSWORD).getCookie(SignIn.SESSION_COOKIE))
                .isNull();
    }

    @Test
    void signingOutRemovesTheSessionCookie() {
        SignIn.SignedIn session = SignIn.as(Role.COUNCIL_VIEWER, EDITOR_COUNCIL);

        Response response = session.form().when().post("/sign-out");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/sign-in?signed-out=true");
        String cleared = response.headers().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(SignIn.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cleared).containsIgnoringCase("Max-Age=0");
    }

    @Test
    void theLayoutNamesWhoIsSignedInAndOffersSignOut() {
        SignIn.as(Role.COUNCIL_VIEWER, EDITOR_COUNCIL)
                .given()
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("Signed in as Test Council viewer"))
                .body(containsString("action=\"/sign-out\""))
                .body(containsString("name=\"csrf-token\""));
    }

    @Test
    void signingOutEndsTheSessionSoTheOldCookieNoLongerWorks() {
        SignIn.SignedIn session = SignIn.as(Role.COUNCIL_VIEWER, EDITOR_COUNCIL);
        SignIn.SignedIn otherBrowser = session.signInAgain();

        session.form().when().post("/sign-out").then().statusCode(303);

        assertSessionEnded(session);
        assertSessionEnded(otherBrowser);
        SignIn.SignedIn fresh = session.signInAgain();
        fresh.given().when().get("/").then().statusCode(200);
    }

    @Test
    void anAdministratorsPasswordResetEndsTheAccountsSessionsAtOnce() {
        SignIn.SignedIn viewer = SignIn.as(Role.COUNCIL_VIEWER, EDITOR_COUNCIL);
        viewer.given().when().get("/").then().statusCode(200);
        long id = accounts().findByUsername(viewer.username()).orElseThrow().id;

        SignIn.administrator()
                .form()
                .formParam("password", "a replacement passphrase")
                .formParam("confirmPassword", "a replacement passphrase")
                .when()
                .post("/admin/accounts/" + id + "/reset-password")
                .then()
                .statusCode(303);

        assertSessionEnded(viewer);
    }

    @Test
    void disablingAnAccountEndsItsSessionAndTheBrowserIsToldOnceWithoutALoop() {
        SignIn.SignedIn viewer = SignIn.as(Role.COUNCIL_VIEWER, EDITOR_COUNCIL);
        long id = accounts().findByUsername(viewer.username()).orElseThrow().id;
        SignIn.administrator()
                .form()
                .when()
                .post("/admin/accounts/" + id + "/disable")
                .then()
                .statusCode(303);

        BrowserVisit visit = BrowserVisit.follow("/", viewer.sessionCookie());

        assertThat(visit.hops())
                .as("redirects until a page is shown: %s", visit.locations())
                .isLessThanOrEqualTo(2);
        assertThat(visit.finalStatus()).isEqualTo(200);
        assertThat(visit.finalBody()).contains("Your account has been disabled");
        assertThat(visit.sessionCookie())
                .as("the browser no longer holds the session cookie")
                .isNull();
        given().when()
                .get("/sign-in")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("Your account has been disabled")));
    }

    @Test
    void aReplayedCookieAfterTheSessionEndedIsSentToSignInWithAMessage() {
        SignIn.SignedIn session = SignIn.as(Role.COUNCIL_EDITOR, EDITOR_COUNCIL);
        session.form().when().post("/sign-out").then().statusCode(303);

        BrowserVisit visit = BrowserVisit.follow("/", session.sessionCookie());

        assertThat(visit.hops()).isLessThanOrEqualTo(2);
        assertThat(visit.finalStatus()).isEqualTo(200);
        assertThat(visit.finalBody()).contains("Your session has ended");
    }

    @Test
    void aSignOutRecordedByAnotherInstanceEndsTheSessionHere() {
        SignIn.SignedIn session = SignIn.as(Role.COUNCIL_VIEWER, EDITOR_COUNCIL);
        session.given().when().get("/").then().statusCode(200);

        // Another instance sharing the database signs the person out: all it leaves behind is the row's new generation.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> Account.update(
                        "sessionGeneration = sessionGeneration + 1 where username = ?1", session.username()));

        assertSessionEnded(session);
    }

    private static void assertSessionEnded(SignIn.SignedIn session) {
        Response replay = session.given().when().get("/");
        assertThat(replay.statusCode()).as("replaying the old cookie").isIn(302, 401);
        if (replay.statusCode() == 302) {
            assertThat(replay.header("Location")).contains("/sign-in");
        }
        session.given().when().get("/admin/accounts").then().statusCode(org.hamcrest.Matchers.oneOf(302, 401));
    }

    private static Accounts accounts() {
        return io.quarkus.arc.Arc.container().instance(Accounts.class).get();
    }
}
