package org.vfmworkbook.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.testing.SignIn;

/** First-run setup creates the first administrator once; afterwards /setup does not exist. */
@QuarkusTest
class SetupTest {

    @Test
    void createsTheFirstAdministratorOnceOnly() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Account.delete("role", Role.ADMINISTRATOR));
        String token = SignIn.newCsrfToken();

        given().when().get("/sign-in").then().statusCode(200).body(containsString("href=\"/setup\""));
        given().when().get("/setup").then().statusCode(200).body(containsString("Create the first administrator"));

        given().redirects()
                .follow(false)
                .cookie(SignIn.CSRF_COOKIE, token)
                .contentType(ContentType.URLENC)
                .formParam(SignIn.CSRF_FIELD, token)
                .formParam("displayName", "Ada Admin")
                .formParam("username", "short")
                .formParam("password", "short")
                .formParam("confirmPassword", "short")
                .when()
                .post("/setup")
                .then()
                .statusCode(422)
                .body(containsString("Error: Create the first administrator"))
                .body(containsString("Enter an email address in the correct format"))
                .body(containsString("Password must be 12 characters or more"));

        for (String guessable : new String[] {"Welcome1Welcome1", "ada@example.gov.uk1", "Password12345"}) {
            given().redirects()
                    .follow(false)
                    .cookie(SignIn.CSRF_COOKIE, token)
                    .contentType(ContentType.URLENC)
                    .formParam(SignIn.CSRF_FIELD, token)
                    .formParam("displayName", "Ada Admin")
                    .formParam("username", "ada@example.gov.uk")
                    .formParam("password", guessable)
                    .formParam("confirmPassword", guessable)
                    .when()
                    .post("/setup")
                    .then()
                    .statusCode(422)
                    .body(containsString("Password must not"));
        }
        assertThat(accounts().setupNeeded())
                .as("still no administrator, after only refused forms")
                .isTrue();

        given().redirects()
                .follow(false)
                .cookie(SignIn.CSRF_COOKIE, token)
                .contentType(ContentType.URLENC)
                .formParam(SignIn.CSRF_FIELD, token)
                .formParam("displayName", "Ada Admin")
                .formParam("username", "Ada@Example.gov.uk")
                .formParam("password", "a long enough password")
                .formParam("confirmPassword", "a long enough password")
                .when()
                .post("/setup")
                .then()
                .statusCode(303);

        assertThat(SignIn.postSignIn("ada@example.gov.uk", "a long enough password")
                        .getCookie(SignIn.SESSION_COOKIE))
                .isNotNull();
        given().when().get("/setup").then().statusCode(404);
        given().redirects()
                .follow(false)
                .cookie(SignIn.CSRF_COOKIE, token)
                .contentType(ContentType.URLENC)
                .formParam(SignIn.CSRF_FIELD, token)
                .formParam("displayName", "Mallory")
                .formParam("username", "mallory@example.com")
                .formParam("password", "another long password")
                .formParam("confirmPassword", "another long password")
                .when()
                .post("/setup")
                .then()
                .statusCode(404);
        assertThat(accounts().findByUsername("mallory@example.com"))
                .as("the refused second administrator")
                .isEmpty();
        given().when().get("/sign-in").then().body(org.hamcrest.Matchers.not(containsString("href=\"/setup\"")));
    }

    private static Accounts accounts() {
        return io.quarkus.arc.Arc.container().instance(Accounts.class).get();
    }
}
