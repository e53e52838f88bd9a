package org.vfmworkbook.workbook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;

@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.vfmworkbook.testing.AsCouncilEditor.Extension.class)
class WorkbookPagesTest {

    static final String YEAR = "2021-22";

    @Inject
    StepCatalogue steps;

    @Inject
    org.hibernate.SessionFactory sessions;

    static long openWorkbook(String council) {
        String location = given().contentType(ContentType.URLENC)
                .formParam("council", council)
                .formParam("year", YEAR)
                .redirects()
                .follow(false)
                .when()
                .post("/workbooks")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        return Long.parseLong(location.replaceAll(".*/workbooks/", ""));
    }

    @Test
    void theStartPageListsCouncilsAlphabeticallyAndTheDataYear() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("<title>Value for money in adult social care – VfM Workbook</title>"))
                .body(containsString("<option value=\"E10000016\">"))
                .body(containsString("value=\"2021-22\""))
                .body(containsString("novalidate"));
    }

    @Test
    void openingAWorkbookWithoutChoosingACouncilShowsTheErrorAndKeepsTheYear() {
        given().contentType(ContentType.URLENC)
                .formParam("council", "")
                .formParam("year", YEAR)
                .when()
                .post("/workbooks")
                .then()
                .statusCode(422)
                .body(containsString("<title>Error: Value for money in adult social care – VfM Workbook</title>"))
                .body(containsString("<a href=\"#council\">Choose your council</a>"))
                .body(containsString("value=\"2021-22\" checked"));
    }

    @Test
    void openingTheSameCouncilAndYearTwiceResumesTheSameWorkbook() {
        long first = openWorkbook("E09000007");
        long second = openWorkbook("E09000007");
        org.assertj.core.api.Assertions.assertThat(second).isEqualTo(first);
        // the start page lists the signed-in person's own council's workbooks
        org.vfmworkbook.testing.AsCouncilEditor.editorOf("E09000007")
                .given()
                .get("/")
                .then()
                .body(containsString("Camden value for money workbook, 2021-22"));
    }

    @Test
    void theTaskListShowsThirteenStepsNotYetStarted() {
        long id = openWorkbook("E08000035");
        given().when()
                .get("/workbooks/" + id)
                .then()
                .statusCode(200)
                .body(containsString("You have completed 0 of 13 steps."))
                .body(containsString("Step 1: "))
                .body(containsString("Step 13: "))
                .body(containsString("Not yet started"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"E10000016", "E08000035", "E09000007"})
    void everyStepRendersForACountyAMetropolitanDistrictAndALondonBorough(String council) {
        long id = openWorkbook(council);
        for (StepDefinition step : steps.all()) {
            given().when()
                    .get("/workbooks/" + id + "/steps/" + step.id())
                    .then()
                    .statusCode(200)
                    .body(containsString(
                            "<h1 class=\"govuk-heading-l\">" + step.title().replace("'", "&#39;") + "</h1>"))
                    .body(containsString("Your answers"))
                    // an unrendered Qute expression; the chart's JSON in data-chart starts "{&quot;"
                    .body(not(matchesPattern("(?s).*\\{[#/!a-z].*")));
            given().when()
                    .get("/workbooks/" + id + "/steps/" + step.id() + "/check-answers")
                    .then()
                    .statusCode(200);
        }
        given().when()
                .get("/workbooks/" + id + "/summary")
                .then()
                .statusCode(200)
                .body(containsString("Workbook summary"));
        given().when().get("/workbooks/" + id + "/custom-group").then().statusCode(200);
    }

    @Test
    void theSummaryShowsAllThirteenStepsAtAGlanceWithJudgementKeyFigureAndActions() {
        org.vfmworkbook.testing.SignIn.SignedIn editor =
                org.vfmworkbook.testing.SignIn.as(org.vfmworkbook.security.Role.COUNCIL_EDITOR, "E10000016");
        long id = org.vfmworkbook.testing.WorkbookForms.open(editor, "E10000016");
        org.vfmworkbook.testing.WorkbookForms.answerStepOne(editor, id, "Spend follows the older population")
                .then()
                .statusCode(303);

        String glance = editor.given()
                .get("/workbooks/" + id + "/summary")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replaceAll("(?s).*(<table class=\"govuk-table app-at-a-glance\">.*?</table>).*", "$1");
        assertThat(glance.split("<tr class=\"govuk-table__row\">")).hasSize(1 + 1 + 13);
        // Kent's gross current expenditure per adult, 2021-22 (ASCFR): £514.60; its 16 statistical neighbours' median
        // £509
        assertThat(glance)
                .contains("<strong class=\"govuk-tag govuk-tag--green\">Green</strong>")
                .contains("Gross current expenditure per adult: £515 in 2021-22; median of its statistical neighbours,"
                        + " £509")
                .contains("Not given")
                .contains("Led by the council&#39;s own planning");
        editor.given()
                .get("/workbooks/" + id)
                .then()
                .statusCode(200)
                .body(containsString("href=\"/workbooks/" + id + "/summary#at-a-glance\""));
    }

    @Test
    void theStepPageShowsEachComparisonAsSentenceChartAndTableWithTheFindingAndTheGroupSwitch() {
        long id = openWorkbook("E10000016");
        String step = "/workbooks/" + id + "/steps/spend-per-head";
        // Kent's gross current expenditure per adult, 2021-22: £514.60 (ASCFR), shown to the pound.
        given().when()
                .get(step)
                .then()
                .statusCode(200)
                .body(containsString("for Kent was £515 in 2021-22"))
                .body(containsString("<dd class=\"govuk-summary-list__value\">£515</dd>"))
                .body(containsString("<figure class=\"app-chart\" data-chart="))
                .body(containsString("govuk-table"))
                .body(containsString("The finding"))
                .body(containsString("<form method=\"get\" action=\"" + step + "\" class=\"app-group-switch\""))
                .body(containsString("value=\"neighbours\" checked"))
                .body(containsString("Region (South East)"));
        given().queryParam("group", "neighbours")
                .when()
                .get(step)
                .then()
                .statusCode(200)
                .body(containsString("value=\"neighbours\" checked"))
                .body(containsString("the median of its statistical neighbours"));
        given().queryParam("group", "custom")
                .when()
                .get(step)
                .then()
                .statusCode(200)
                .body(containsString("value=\"custom\" checked"))
                .body(containsString("<a class=\"govuk-link\" href=\"/workbooks/" + id + "/custom-group\">"));
    }

    @Test
    void theCustomGroupSwitchShowsTheCouncilsTheWorkbookChose() {
        long id = openWorkbook("E08000036");
        given().contentType(ContentType.URLENC)
                .formParam("councils", "E08000035", "E08000032", "E08000034", "E08000033", "E08000016")
                .redirects()
                .follow(false)
                .when()
                .post("/workbooks/" + id + "/custom-group")
                .then()
                .statusCode(303);
        given().queryParam("group", "custom")
                .when()
                .get("/workbooks/" + id + "/steps/spend-per-head")
                .then()
                .statusCode(200)
                .body(containsString("value=\"custom\" checked"))
                .body(containsString("Custom group"))
                .body(containsString("Leeds"))
                .body(not(containsString("Choose the councils in your custom group")));
    }

    @Test
    void aStepPageReadsTheWorkbookOnceRatherThanEveryStepOfIt() {
        long id = openWorkbook("E06000047");
        String step = "/workbooks/" + id + "/steps/cost-per-client";
        given().when().get(step).then().statusCode(200);
        org.hibernate.stat.Statistics statistics = sessions.getStatistics();
        statistics.clear();

        given().when().get(step).then().statusCode(200);

        // The signed-in account (and its council), the access filter's workbook and shares, the page's permissions
        // (shares
        // again), the workbook, its steps' statuses, and this step's progress, answers, evidence links, actions and
        // local
        // figures: 12 in the packaged app, 13 here. Reading the whole workbook for its custom group, as the page did,
        // took 72
        // here (84 for a filled workbook).
        org.assertj.core.api.Assertions.assertThat(statistics.getPrepareStatementCount())
                .isLessThanOrEqualTo(13);
    }

    @Test
    void anUnknownWorkbookOrStepIsNotFound() {
        given().accept("text/html").when().get("/workbooks/999999").then().statusCode(404);
        long id = openWorkbook("E10000016");
        given().accept("text/html")
                .when()
                .get("/workbooks/" + id + "/steps/no-such-step")
                .then()
                .statusCode(404);
    }
}
