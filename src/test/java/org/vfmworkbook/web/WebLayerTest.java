package org.vfmworkbook.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.SignIn;

@QuarkusTest
class WebLayerTest {

    @Test
    void rendersTheHomePageInTheLayout() {
        SignIn.as(Role.COUNCIL_VIEWER, "E10000016")
                .given()
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<title>Value for money in adult social care – VfM Workbook</title>"))
                .body(containsString("href=\"#main-content\""))
                .body(containsString("<main class=\"govuk-main-wrapper\" id=\"main-content\">"))
                .body(containsString("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css"))
                .body(containsString("Contains public sector information licensed under the"))
                .body(not(containsString("<script>")));
    }

    /** Issue I.5: the regional view, its trends and peer sessions had no link in the navigation. */
    @Test
    void theNavigationLeadsASignedInPersonToTheRegionsTheirRegionsTrendsAndPeerChallenge() {
        SignIn.SignedIn viewer = SignIn.as(Role.COUNCIL_VIEWER, "E10000016");
        String home =
                viewer.given().when().get("/").then().statusCode(200).extract().asString();
        for (String href : new String[] {"/regions", "/regions/E12000008/trends", "/peer-sessions"}) {
            org.assertj.core.api.Assertions.assertThat(home)
                    .contains("class=\"govuk-service-navigation__link\" href=\"" + href + "\"");
            org.assertj.core.api.Assertions.assertThat(
                            viewer.given().when().get(href).statusCode())
                    .as(href)
                    .isIn(200, 303);
        }
        given().when()
                .get("/sign-in")
                .then()
                .body(not(containsString("href=\"/peer-sessions\"")))
                .body(not(containsString("href=\"/regions\"")));
    }

    @Test
    void sendsSecurityHeadersOnPagesAndStaticFiles() {
        for (String path : new String[] {"/", "/css/app.css", "/no-such-page"}) {
            given().when()
                    .get(path)
                    .then()
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
        }
    }

    @Test
    void servesGovUkFrontendAndChartJsFromTheWebjars() {
        given().when()
                .get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js")
                .then()
                .statusCode(200);
        given().when().get("/webjars/chart.js/4.5.1/dist/chart.umd.js").then().statusCode(200);
        given().when().get("/js/app.js").then().statusCode(200);
    }

    @Test
    void sendsAnAnonymousVisitorToSignInRatherThanSayingWhatExists() {
        given().redirects()
                .follow(false)
                .accept("text/html")
                .when()
                .get("/no-such-page")
                .then()
                .statusCode(302)
                .header("Location", containsString("/sign-in"));
    }

    @Test
    void showsAPageNotFoundPageForAnUnknownAddress() {
        SignIn.as(Role.COUNCIL_VIEWER, "E10000016")
                .given()
                .accept("text/html")
                .when()
                .get("/no-such-page")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("<title>Page not found – VfM Workbook</title>"))
                .body(containsString("If you typed the web address, check it is correct."));
    }

    @Test
    void saysWhatWasNotFound() {
        given().accept("text/html")
                .when()
                .get("/test-problems/council/E99999999")
                .then()
                .statusCode(404)
                .body(containsString("No council with code E99999999"));
    }

    @Test
    void answersJsonForApiPathsAndJsonClients() {
        given().when()
                .get("/api/test-problems/council/E99999999")
                .then()
                .statusCode(404)
                .contentType(containsString("application/json"))
                .body("status", equalTo(404))
                .body("message", equalTo("No council with code E99999999"));
        SignIn.as(Role.COUNCIL_VIEWER, "E10000016")
                .given()
                .accept("application/json")
                .when()
                .get("/no-such-page")
                .then()
                .statusCode(404)
                .contentType(containsString("application/json"))
                .body("status", equalTo(404))
                .body("message", equalTo("Page not found"));
    }

    @Test
    void rendersEveryTagInsideTheLayout() {
        given().when()
                .get("/test-pages/all-components")
                .then()
                .statusCode(200)
                .body(containsString("<a href=\"/\" class=\"govuk-back-link\">Back</a>"))
                .body(containsString("govuk-breadcrumbs__link"))
                .body(containsString("govuk-notification-banner--success"))
                .body(containsString("Change<span class=\"govuk-visually-hidden\"> judgement</span>"))
                .body(containsString("govuk-pagination__next"))
                .body(containsString("govuk-panel__title"));
    }

    @Test
    void showsOtherRequestProblemsInSentenceCase() {
        SignIn.as(Role.COUNCIL_VIEWER, "E10000016")
                .given()
                .accept("text/html")
                .when()
                .post("/")
                .then()
                .statusCode(405)
                .body(containsString("<h1 class=\"govuk-heading-l\">Method not allowed</h1>"));
        SignIn.as(Role.COUNCIL_VIEWER, "E10000016")
                .json()
                .when()
                .post("/api/anything-at-all")
                .then()
                .statusCode(404)
                .body("status", equalTo(404));
    }

    @Test
    void showsAForbiddenPage() {
        given().accept("text/html")
                .when()
                .get("/test-problems/forbidden")
                .then()
                .statusCode(403)
                .body(containsString("You do not have permission to see this page"));
    }

    @Test
    void hidesTheDetailOfAServerError() {
        given().accept("text/html")
                .when()
                .get("/test-problems/broken")
                .then()
                .statusCode(500)
                .body(containsString("Sorry, there is a problem with the service"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")));
    }
}
