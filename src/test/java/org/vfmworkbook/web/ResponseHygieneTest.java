package org.vfmworkbook.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.SignIn;

/**
 * What every response says beyond its body (issue K.7): redirects never echo the Host header a client sent, pages for a signed-in
 * person are never stored by a browser or proxy, and a parameter value the page does not know is a 400 that names it, not a 500.
 */
@QuarkusTest
class ResponseHygieneTest {

    private static final String NORTH_EAST = "E12000001";

    @Test
    void anAnonymousRedirectToSignInDoesNotEchoAForgedHostHeader() {
        Response response = given().redirects()
                .follow(false)
                .header("Host", "attacker.example")
                .accept("text/html")
                .when()
                .get("/workbooks/1");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location"))
                .doesNotContain("attacker.example")
                .startsWith("/sign-in");
    }

    @Test
    void aSeeOtherFromAResourceDoesNotEchoAForgedHostHeader() {
        SignIn.SignedIn viewer = SignIn.as(Role.COUNCIL_VIEWER, "E10000016");
        Response response = viewer.given()
                .redirects()
                .follow(false)
                .header("Host", "attacker.example")
                .when()
                .get("/regions/" + NORTH_EAST + "?mode=anonymised");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location"))
                .doesNotContain("attacker.example")
                .startsWith("/regions/" + NORTH_EAST + "?");
    }

    @Test
    void pagesForASignedInPersonAreNotStored() {
        SignIn.SignedIn viewer = SignIn.as(Role.COUNCIL_VIEWER, "E10000016");
        for (String path : new String[] {
            "/",
            "/regions",
            "/regions/" + NORTH_EAST + "?mode=anonymised&seed=5",
            "/regions/" + NORTH_EAST + "/values.csv",
            "/about-the-data"
        }) {
            viewer.given().when().get(path).then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        }
        given().when().get("/sign-in").then().header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void staticFilesMayStillBeCached() {
        given().when()
                .get("/css/app.css")
                .then()
                .statusCode(200)
                .header("Cache-Control", not(containsString("no-store")));
    }

    @Test
    void anUnknownViewModeIsABadRequestThatNamesIt() {
        SignIn.SignedIn viewer = SignIn.as(Role.COUNCIL_VIEWER, "E10000016");
        for (String path : new String[] {
            "/regions/" + NORTH_EAST, "/regions/" + NORTH_EAST + "/values.csv", "/regions/" + NORTH_EAST + "/trends"
        }) {
            viewer.given()
                    .queryParam("mode", "${7*7}")
                    .when()
                    .get(path)
                    .then()
                    .statusCode(400)
                    .body(containsString("mode"))
                    .body(containsString("named"))
                    .body(containsString("anonymised"))
                    .body(not(containsString("49")));
        }
        viewer.given()
                .accept("text/html")
                .queryParam("mode", "named")
                .queryParam("seed", "5")
                .when()
                .get("/regions/" + NORTH_EAST)
                .then()
                .statusCode(200);
    }

    @Test
    void aSeedThatIsNotANumberIsABadRequestThatNamesIt() {
        SignIn.as(Role.COUNCIL_VIEWER, "E10000016")
                .given()
                .accept("text/html")
                .queryParam("mode", "anonymised")
                .queryParam("seed", "{x}")
                .when()
                .get("/regions/" + NORTH_EAST)
                .then()
                .statusCode(400)
                .body(containsString("seed must be a whole number"));
    }
}
