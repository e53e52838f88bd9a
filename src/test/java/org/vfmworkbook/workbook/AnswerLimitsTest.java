package org.vfmworkbook.workbook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.vfmworkbook.workbook.WorkbookPagesTest.openWorkbook;

import java.util.function.IntFunction;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.vfmworkbook.testing.AsCouncilEditor;
import org.vfmworkbook.testing.WorkbookForms;

/**
 * What one answer may hold: 10,000 characters in any script (a character is a code point: "€" is 3 bytes of UTF-8, an emoji 4), 20
 * evidence links; over that, the form comes back with its error and what was typed. A post bigger than the server takes gets a GOV.UK
 * page that names the limit.
 */
@QuarkusTest
@ExtendWith(AsCouncilEditor.Extension.class)
class AnswerLimitsTest {

    private static final String STEP = "/steps/spend-per-head";
    private static final String EURO = "€";
    private static final String EMOJI = "😀";

    @Inject
    WorkbookService workbooks;

    private static RequestSpecification form(long id) {
        // as a browser posts a UTF-8 page's form (REST Assured would otherwise send ISO-8859-1, where "€" is "?")
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .redirects()
                .follow(false)
                .formParam(
                        "version",
                        WorkbookForms.version(AsCouncilEditor.editorOf(council(id)), "/workbooks/" + id + STEP));
    }

    private static String council(long id) {
        return io.quarkus.arc.Arc.container()
                .instance(WorkbookService.class)
                .get()
                .summary(id)
                .councilCode();
    }

    private static RequestSpecification withLinks(
            RequestSpecification post, int count, IntFunction<String> title, IntFunction<String> url) {
        post.formParam("answer-evidence", "Our documents");
        for (int n = 1; n <= count; n++) {
            post.formParam("answer-evidence-link-" + n + "-title", title.apply(n))
                    .formParam("answer-evidence-link-" + n + "-url", url.apply(n));
        }
        return post;
    }

    private String saved(long id, String questionId) {
        return workbooks.step(id, "spend-per-head").answer(questionId).text();
    }

    @Test
    void answersOfTenThousandCharactersInAnyScriptAreSavedByTheFormAndByAutosave() {
        long id = openWorkbook("E06000008");
        String euros = EURO.repeat(10_000);
        String emoji = EMOJI.repeat(10_000);
        form(id).formParam("answer-drivers-of-spend", euros)
                .formParam("answer-gross-versus-net", emoji)
                .post("/workbooks/" + id + STEP)
                .then()
                .statusCode(303);
        assertThat(saved(id, "drivers-of-spend")).isEqualTo(euros);
        assertThat(saved(id, "gross-versus-net")).isEqualTo(emoji);

        String ascii = "a".repeat(10_000);
        form(id).accept(ContentType.JSON)
                .formParam("answer-age-band-difference", ascii)
                .formParam("answer-drivers-of-spend", EMOJI.repeat(9_999) + EURO)
                .post("/workbooks/" + id + STEP)
                .then()
                .statusCode(200)
                .body("status", equalTo("saved"));
        assertThat(saved(id, "age-band-difference")).isEqualTo(ascii);
        assertThat(saved(id, "drivers-of-spend")).isEqualTo(EMOJI.repeat(9_999) + EURO);
    }

    @Test
    void anAnswerOneCharacterOverTheLimitComesBackWithItsErrorAndTheTextKept() {
        long id = openWorkbook("E06000009");
        for (String character : new String[] {EURO, EMOJI}) {
            String tooLong = character.repeat(10_001);
            form(id).formParam("answer-drivers-of-spend", tooLong)
                    .formParam("answer-gross-versus-net", "Kept as well")
                    .post("/workbooks/" + id + STEP)
                    .then()
                    .statusCode(422)
                    .body(containsString("<title>Error: Step 1: "))
                    .body(containsString("There is a problem"))
                    .body(containsString("href=\"#answer-drivers-of-spend\""))
                    .body(containsString("Your answer must be 10,000 characters or fewer"))
                    .body(containsString(">" + tooLong + "</textarea>"))
                    .body(containsString(">Kept as well</textarea>"));
            form(id).accept(ContentType.JSON)
                    .formParam("answer-drivers-of-spend", tooLong)
                    .post("/workbooks/" + id + STEP)
                    .then()
                    .statusCode(422)
                    .body("status", equalTo("invalid"))
                    .body("errors.message", hasItem("Your answer must be 10,000 characters or fewer"));
        }
        assertThat(workbooks.step(id, "spend-per-head").answer("drivers-of-spend"))
                .isNull();
    }

    @Test
    void aTwentyFirstEvidenceLinkIsRefusedWithTheLimitNamedAndEverythingTypedKept() {
        long id = openWorkbook("E06000014");
        withLinks(form(id), 21, n -> "Document " + n, n -> "https://example.org/document-" + n)
                .post("/workbooks/" + id + STEP)
                .then()
                .statusCode(422)
                .body(containsString("There is a problem"))
                .body(containsString("href=\"#answer-evidence-link-21-title\""))
                .body(containsString("An answer can have up to 20 links"))
                .body(containsString("value=\"Document 21\""))
                .body(containsString("value=\"https://example.org/document-21\""));
        assertThat(workbooks.step(id, "spend-per-head").answer("evidence")).isNull();
    }

    @Test
    void twentyLinksAtTheLongestTheyMayBeAreSavedAndThePageOffersNoMore() {
        long id = openWorkbook("E06000015");
        // titles of 300 characters (2,682 bytes posted each), addresses of about 2,000
        withLinks(
                        form(id),
                        20,
                        n -> String.format("%02d", n) + EURO.repeat(298),
                        n -> "https://example.org/" + n + "-" + "a".repeat(1975))
                .post("/workbooks/" + id + STEP)
                .then()
                .statusCode(303);
        assertThat(workbooks.step(id, "spend-per-head").answer("evidence").links())
                .hasSize(20);
        given().get("/workbooks/" + id + STEP)
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("answer-evidence-link-21-title")))
                .body(containsString("You have added 20 links, the most an answer can have"));
    }

    @Test
    void aFieldLargerThanTheServerTakesGetsAnErrorPageNamingTheLimit() {
        long id = openWorkbook("E06000016");
        StepState before = workbooks.step(id, "spend-per-head");
        form(id).formParam("answer-drivers-of-spend", "a".repeat(300_000))
                .post("/workbooks/" + id + STEP)
                .then()
                .statusCode(413)
                .body(containsString("govuk-heading-l"))
                .body(containsString("10,000 characters"));
        form(id).accept(ContentType.JSON)
                .formParam("answer-drivers-of-spend", "a".repeat(300_000))
                .post("/workbooks/" + id + STEP)
                .then()
                .statusCode(413)
                .body("message", containsString("10,000 characters"));
        assertThat(workbooks.step(id, "spend-per-head"))
                .as("the step after the refused posts")
                .isEqualTo(before);
    }

    @Test
    void aPostLargerThanTheServersBodyLimitGetsAnErrorPageNamingTheLimit() {
        long id = openWorkbook("E06000017");
        StepState before = workbooks.step(id, "spend-per-head");
        form(id).formParam("answer-drivers-of-spend", "a".repeat(10 * 1024 * 1024 + 1))
                .post("/workbooks/" + id + STEP)
                .then()
                .statusCode(413)
                .body(containsString("govuk-heading-l"))
                .body(containsString("10 MB"));
        assertThat(workbooks.step(id, "spend-per-head"))
                .as("the step after the refused post")
                .isEqualTo(before);
    }
}
