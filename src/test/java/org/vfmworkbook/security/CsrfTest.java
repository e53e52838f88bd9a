package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.testing.SignIn;

/** Every state-changing request needs the CSRF token: forms in a hidden field, JSON calls in a header. */
@QuarkusTest
class CsrfTest {

    @Test
    void rejectsAFormWithoutTheToken() {
        SignIn.SignedIn session = SignIn.as(Role.COUNCIL_VIEWER, "E10000016");

        session.given()
                .contentType(ContentType.URLENC)
                .formParam("anything", "x")
                .accept("text/html")
                .when()
                .post("/sign-out")
                .then()
                .statusCode(403)
                .body(containsString("You do not have permission to see this page"));
        assertStillSignedIn(session);
    }

    @Test
    void rejectsAFormWhoseTokenDoesNotMatchTheCookie() {
        SignIn.SignedIn session = SignIn.as(Role.COUNCIL_VIEWER, "E10000016");

        session.given()
                .contentType(ContentType.URLENC)
                .formParam(SignIn.CSRF_FIELD, SignIn.newCsrfToken())
                .when()
                .post("/sign-out")
                .then()
                .statusCode(403);
        assertStillSignedIn(session);
    }

    @Test
    void rejectsAFormWithTheTokenButNoCookie() {
        SignIn.SignedIn session = SignIn.as(Role.COUNCIL_VIEWER, "E10000016");

        io.restassured.RestAssured.given()
                .redirects()
                .follow(false)
                .cookie(SignIn.SESSION_COOKIE, session.sessionCookie())
                .contentType(ContentType.URLENC)
                .formParam(SignIn.CSRF_FIELD, session.csrfToken())
                .when()
                .post("/sign-out")
                .then()
                .statusCode(403);
        assertStillSignedIn(session);
    }

    @Test
    void acceptsAFormWithTheToken() {
        SignIn.SignedIn session = SignIn.as(Role.COUNCIL_VIEWER, "E10000016");

        session.form().when().post("/sign-out").then().statusCode(303);

        assertThat(session.given().get("/account").statusCode())
                .as("the session the accepted sign-out ended")
                .isIn(302, 401);
    }

    /** A refused sign-out changes nothing: the session it would have ended still opens a signed-in page. */
    private static void assertStillSignedIn(SignIn.SignedIn session) {
        session.given().get("/account").then().statusCode(200).body(containsString("Your account"));
    }

    @Test
    void rejectsAJsonCallWithoutTheHeaderAndAcceptsItWithTheHeader() {
        SignIn.SignedIn session = SignIn.as(Role.COUNCIL_EDITOR, "E10000016");

        session.given()
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .body("{\"note\":\"x\"}")
                .when()
                .post("/test-pages/csrf-probe")
                .then()
                .statusCode(403)
                .body("status", org.hamcrest.Matchers.equalTo(403));
        session.json()
                .body("{\"note\":\"x\"}")
                .when()
                .post("/test-pages/csrf-probe")
                .then()
                .statusCode(200)
                .body(containsString("x"));
    }

    @Test
    void theFormTagEmitsTheTokenThatMatchesTheCookie() {
        var response = io.restassured.RestAssured.given().when().get("/sign-in");
        String cookie = response.getCookie(SignIn.CSRF_COOKIE);

        org.assertj.core.api.Assertions.assertThat(response.body().asString())
                .contains("<input type=\"hidden\" name=\"csrf-token\" value=\"" + cookie + "\">")
                .contains("<meta name=\"csrf-token\" content=\"" + cookie + "\">");
    }
}
