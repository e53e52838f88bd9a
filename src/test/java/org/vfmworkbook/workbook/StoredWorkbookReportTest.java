package org.vfmworkbook.workbook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.workbook.WorkbookPagesTest.openWorkbook;

import java.io.IOException;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * The report of a workbook stored through the app: its editor answers a question and adds an action on the workbook
 * pages, and the HTML, PDF and CSV read them back through {@link WorkbookReportSource}. The other report tests read
 * fixture workbooks; this profile leaves those alternatives out, so the report reads the database.
 */
@QuarkusTest
@TestProfile(StoredWorkbookReportTest.StoredWorkbooksOnly.class)
@org.junit.jupiter.api.extension.ExtendWith(org.vfmworkbook.testing.AsCouncilEditor.Extension.class)
class StoredWorkbookReportTest {

    /** The app as deployed: workbooks come from the database, not from the report tests' fixtures. */
    public static class StoredWorkbooksOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.arc.exclude-types",
                    "org.vfmworkbook.report.FixtureWorkbooks,org.vfmworkbook.report.FixtureWorkbookAccess");
        }
    }

    private static final String COUNCIL = "E10000032"; // West Sussex
    private static final String ANSWER =
            "West Sussex’s spend per adult is driven by older people’s care homes & nursing.";
    private static final String ACTION = "Commission forty extra care flats in Crawley";

    private static RequestSpecification form() {
        return given().contentType(ContentType.URLENC.withCharset("UTF-8"))
                .redirects()
                .follow(false);
    }

    @Test
    void theReportOfAStoredWorkbookHasItsAnswerAndItsActionInHtmlPdfAndCsv() throws IOException {
        long id = openWorkbook(COUNCIL);
        String step = "/workbooks/" + id + "/steps/spend-per-head";
        String page = given().get(step).then().statusCode(200).extract().asString();
        String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        form().formParam("version", version)
                .formParam("answer-age-band-difference", ANSWER)
                .formParam("answer-judgement-choice", "amber")
                .formParam("answer-judgement", "Partly explained")
                .when()
                .post(step)
                .then()
                .statusCode(303);
        form().formParam("action-what", ACTION)
                .formParam("action-owner", "Head of Commissioning")
                .formParam("action-due-day", "31")
                .formParam("action-due-month", "3")
                .formParam("action-due-year", "2027")
                .formParam("action-measure", "Twenty fewer care home admissions a year")
                .formParam("action-saving", "40000")
                .formParam("action-one-off-cost", "50000")
                .formParam("action-annual-cost", "20000")
                .formParam("action-costs-avoided", "60000")
                .formParam("action-years", "3")
                .when()
                .post("/workbooks/" + id + "/steps/less-expensive-care/actions")
                .then()
                .statusCode(303);

        String html = given().get("/workbooks/{id}/report", id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("West Sussex")
                .contains("West Sussex’s spend per adult is driven by older people’s care homes &amp; nursing.")
                .contains(ACTION)
                .contains("Head of Commissioning");

        for (String audience : new String[] {"full", "members"}) {
            byte[] pdf = given().queryParam("audience", audience)
                    .get("/workbooks/{id}/report.pdf", id)
                    .then()
                    .statusCode(200)
                    .contentType("application/pdf")
                    .extract()
                    .asByteArray();
            String text = text(pdf);
            assertThat(text)
                    .contains("West Sussex")
                    .contains(ACTION)
                    .contains("Twenty fewer care home admissions a year")
                    .contains("AMBER");
            if (audience.equals("full")) {
                assertThat(text).contains(ANSWER);
            }
        }

        String csv = given().get("/workbooks/{id}/report.csv", id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().skip(1))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("West Sussex,2021-22,"));
        assertThat(csv).contains(",gce-per-adult,");
    }

    /** Issue I.1: the report could be downloaded only by typing its address, and its page had no way back to the workbook. */
    @Test
    void theReportPageAndTheTaskListOfferEachDownloadWithItsPagesAndSize() throws IOException {
        long id = openWorkbook("E10000019"); // Lincolnshire
        for (String page : new String[] {"/workbooks/" + id + "/report", "/workbooks/" + id}) {
            String html = given().get(page).then().statusCode(200).extract().asString();
            for (String audience : new String[] {"members", "partners", "full"}) {
                String href = "/workbooks/" + id + "/report.pdf?audience=" + audience;
                byte[] pdf = given().get(href).then().statusCode(200).extract().asByteArray();
                PdfReader reader = new PdfReader(pdf);
                int pages = reader.getNumberOfPages();
                reader.close();
                String description = html.replaceAll(
                        "(?s).*href=\"" + java.util.regex.Pattern.quote(href)
                                + "\"[^>]*>[^<]+</a> <span[^>]*>([^<]+)</span>.*",
                        "$1");
                assertThat(description).as(audience + " PDF on " + page).matches("PDF, " + pages + " pages, \\d+ KB");
                long kb = Long.parseLong(description.replaceAll(".*, (\\d+) KB", "$1"));
                assertThat(kb)
                        .as("size of the " + audience + " PDF")
                        .isBetween(Math.round(pdf.length / 1024.0) - 1, Math.round(pdf.length / 1024.0) + 1);
            }
            assertThat(html)
                    .contains("href=\"/workbooks/" + id + "/report.csv\"")
                    .containsPattern("CSV, \\d+ KB");
        }
        assertThat(given().get("/workbooks/" + id + "/report").then().extract().asString())
                .contains("class=\"govuk-back-link\" href=\"/workbooks/" + id + "\"")
                .contains("data-module=\"app-print\"");
    }

    /** Issue I.2: a figure entered on step 3 was listed under "Figures the council holds locally" in all 13 steps. */
    @Test
    void aLocalFigureAppearsOnlyInTheStepThatComparesItsMetric() throws IOException {
        long id = openWorkbook("E10000034"); // Worcestershire
        String step = "/workbooks/" + id + "/steps/people-supported";
        String page = given().get(step).then().statusCode(200).extract().asString();
        String comparison = page.replaceAll("(?s).*name=\"comparison\" value=\"([a-z0-9-]+)\".*", "$1");
        String source = "Worcestershire client index, quarter 2 extract";
        String p = "figure-" + comparison + "-";
        form().formParam("comparison", comparison)
                .formParam(p + "value", "2150")
                .formParam(p + "source", source)
                .formParam(p + "as-at-day", "30")
                .formParam(p + "as-at-month", "9")
                .formParam(p + "as-at-year", "2023")
                .when()
                .post(step + "/local-figures")
                .then()
                .statusCode(303);

        String html = given().get("/workbooks/{id}/report", id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html.split(java.util.regex.Pattern.quote(source), -1))
                .as("the figure's source, once in the HTML report")
                .hasSize(2);
        String section = html.substring(html.indexOf("id=\"step-3\"") + 1);
        assertThat(section.substring(0, section.indexOf(source)))
                .doesNotContain("id=\"step-", "another step's heading before it");
        String pdf = text(given().queryParam("audience", "full")
                .get("/workbooks/{id}/report.pdf", id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertThat(pdf.split(java.util.regex.Pattern.quote(source), -1))
                .as("the figure's source, once in the full PDF")
                .hasSize(2);
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString().replaceAll("\\s+", " ");
    }
}
