package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.testing.SignIn;

/** A signed-in person changes their own password on "Your account"; the change ends their other sessions but not this one. */
@QuarkusTest
class OwnAccountPagesTest {

    private static final String KENT = "E10000016";
    private static final String NEW_PASSWORD = "marmalade orbit lantern quietly";

    @Test
    void theAccountPageSaysWhoIsSignedInAndLinksToChangingThePassword() {
        SignIn.SignedIn viewer = SignIn.as(Role.COUNCIL_VIEWER, KENT);

        viewer.given()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString(
                        "<a class=\"govuk-link govuk-body-s app-account__link\" href=\"/account\">Your account</a>"));
        viewer.given()
                .get("/account")
                .then()
                .statusCode(200)
                .body(containsString("<title>Your account – VfM Workbook</title>"))
                .body(containsString(viewer.username()))
                .body(containsString("Council viewer"))
                .body(containsString("Kent"))
                .body(containsString("href=\"/account/password\""));
        viewer.given().get("/account/password").then().statusCode(200).body(containsString("Current password"));
    }

    @Test
    void changingThePasswordKeepsThisSessionAndEndsEveryOtherOne() {
        SignIn.SignedIn here = SignIn.as(Role.COUNCIL_EDITOR, KENT);
        SignIn.SignedIn elsewhere = here.signInAgain();

        Response changed = change(here, SignIn.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        changed.then().statusCode(303).header("Location", containsString("/account?password-changed=true"));
        String renewed = changed.getCookie(SignIn.SESSION_COOKIE);
        assertThat(renewed).as("a new session cookie for this browser").isNotBlank();
        SignIn.SignedIn stillHere = new SignIn.SignedIn(here.username(), renewed, here.csrfToken());
        stillHere
                .given()
                .get("/account?password-changed=true")
                .then()
                .statusCode(200)
                .body(containsString("Your password has been changed"));
        elsewhere.given().get("/").then().statusCode(302).header("Location", containsString("session-ended"));
        here.given().get("/").then().statusCode(302).header("Location", containsString("session-ended"));
        assertThat(SignIn.postSignIn(here.username(), SignIn.PASSWORD).getCookie(SignIn.SESSION_COOKIE))
                .as("the old password")
                .isNull();
        assertThat(SignIn.postSignIn(here.username(), NEW_PASSWORD).getCookie(SignIn.SESSION_COOKIE))
                .as("the new password")
                .isNotNull();
    }

    @Test
    void aWrongCurrentPasswordOrAnUnacceptableNewOneIsShownWithEveryProblemAndChangesNothing() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, KENT);

        change(editor, "not my password at all", "short", "short")
                .then()
                .statusCode(422)
                .body(containsString("<title>Error: Change your password – VfM Workbook</title>"))
                .body(containsString("<a href=\"#currentPassword\">" + OwnAccountPages.WRONG_CURRENT + "</a>"))
                .body(containsString("<a href=\"#password\">Password must be 12 characters or more</a>"));
        change(editor, SignIn.PASSWORD, "password1234", "password1234")
                .then()
                .statusCode(422)
                .body(not(containsString(OwnAccountPages.WRONG_CURRENT)))
                .body(containsString(PasswordRules.COMMON));
        change(editor, SignIn.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + " typo")
                .then()
                .statusCode(422)
                .body(containsString("Passwords must match"));
        change(editor, SignIn.PASSWORD, SignIn.PASSWORD, SignIn.PASSWORD)
                .then()
                .statusCode(422)
                .body(containsString("New password must be different from your current password"));
        change(editor, "", NEW_PASSWORD, NEW_PASSWORD)
                .then()
                .statusCode(422)
                .body(containsString("Enter your current password"));

        editor.given().get("/").then().statusCode(200);
        assertThat(SignIn.postSignIn(editor.username(), SignIn.PASSWORD).getCookie(SignIn.SESSION_COOKIE))
                .isNotNull();
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeSignIns() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, KENT);
        for (int attempt = 0; attempt < 5; attempt++) {
            change(editor, "guess number " + attempt, NEW_PASSWORD, NEW_PASSWORD)
                    .then()
                    .statusCode(422)
                    .body(containsString(OwnAccountPages.WRONG_CURRENT));
        }

        change(editor, SignIn.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
                .then()
                .statusCode(422)
                .body(containsString("There have been too many wrong passwords from your network. Wait 1 minute"));
        assertThat(SignIn.postSignIn(editor.username(), NEW_PASSWORD).getCookie(SignIn.SESSION_COOKIE))
                .isNull();
    }

    @Test
    void theFormNeedsItsCsrfToken() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, KENT);

        editor.given()
                .contentType("application/x-www-form-urlencoded")
                .formParam("currentPassword", SignIn.PASSWORD)
                .formParam("password", NEW_PASSWORD)
                .formParam("confirmPassword", NEW_PASSWORD)
                .post("/account/password")
                .then()
                .statusCode(403);
        assertThat(SignIn.postSignIn(editor.username(), SignIn.PASSWORD).getCookie(SignIn.SESSION_COOKIE))
                .isNotNull();
    }

    @Test
    void someoneWhoSignsInThroughTheirCouncilIsToldThereIsNoPasswordHere() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, KENT);
        QuarkusTransaction.requiringNew()
                .run(() -> Account.findByUsername(editor.username()).orElseThrow().signsInWithPassword = false);

        editor.given()
                .get("/account")
                .then()
                .statusCode(200)
                .body(containsString("You sign in with your council's own account"))
                .body(not(containsString("href=\"/account/password\"")));
        editor.given().get("/account/password").then().statusCode(303);
        change(editor, SignIn.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).then().statusCode(303);
        assertThat(SignIn.postSignIn(editor.username(), NEW_PASSWORD).getCookie(SignIn.SESSION_COOKIE))
                .isNull();
    }

    @Test
    void stayingSignedInAnswersHowLongTheSessionNowLasts() {
        SignIn.SignedIn viewer = SignIn.as(Role.COUNCIL_VIEWER, KENT);
        SessionTimeout timeout = Arc.container().instance(SessionTimeout.class).get();

        viewer.json()
                .post("/account/session")
                .then()
                .statusCode(200)
                .body("secondsLeft", equalTo((int) timeout.secondsLeft()))
                .body("secondsLeft", greaterThan(0))
                .body("endsAt", containsString("m"));
        viewer.given()
                .accept("application/json")
                .post("/account/session")
                .then()
                .statusCode(403);
    }

    @Test
    void everySignedInPageSaysWhenTheSessionEnds() {
        SignIn.SignedIn viewer = SignIn.as(Role.COUNCIL_VIEWER, KENT);

        viewer.given()
                .get("/account")
                .then()
                .body(containsString("If you do nothing, you will be signed out at"))
                .body(containsString("id=\"session-timeout-dialog\""))
                .body(containsString("src=\"/js/session-timeout.js\""));
        io.restassured.RestAssured.given()
                .get("/sign-in")
                .then()
                .body(not(containsString("If you do nothing")))
                .body(not(containsString("session-timeout.js")));
    }

    @Test
    void theTimedOutPageSignsThisBrowserOutAndSaysWhy() {
        SignIn.SignedIn viewer = SignIn.as(Role.COUNCIL_VIEWER, KENT);

        Response page = viewer.given().get("/sign-in?session-ended=timed-out");

        page.then()
                .statusCode(200)
                .body(containsString("You have been signed out"))
                .body(containsString("You did nothing in the VfM Workbook for 30 minutes"));
        assertThat(page.getDetailedCookie(SignIn.SESSION_COOKIE).getMaxAge())
                .as("the session cookie is cleared")
                .isZero();
    }

    private static Response change(SignIn.SignedIn who, String current, String password, String confirm) {
        return who.form()
                .formParam("currentPassword", current)
                .formParam("password", password)
                .formParam("confirmPassword", confirm)
                .post("/account/password");
    }
}
