package org.vfmworkbook.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.testing.Api.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.steps.StepKind;
import org.vfmworkbook.web.Fmt;

/** The PDF read back: what a councillor would see, page by page. PDFs are also written to target/ to look at. */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.vfmworkbook.testing.AsCouncilEditor.Extension.class)
class ReportPdfTest {

    @Inject
    StepCatalogue steps;

    record Pdf(int pages, String text, String title, String author) {}

    private static Pdf fetch(long id, String audience, String saveAs) throws IOException {
        byte[] bytes = given().queryParam("audience", audience)
                .get("/workbooks/{id}/report.pdf", id)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        Files.createDirectories(Path.of("target/report-pdfs"));
        Files.write(Path.of("target/report-pdfs", saveAs + ".pdf"), bytes);
        PdfReader reader = new PdfReader(bytes);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        Pdf pdf = new Pdf(
                reader.getNumberOfPages(),
                text.toString().replaceAll("\\s+", " "),
                reader.getInfo().get("Title"),
                reader.getInfo().get("Author"));
        reader.close();
        return pdf;
    }

    @Test
    void theFullReportHasEveryStepTheAnswersTheFiguresTheActionPlanAndTheCaveats() throws IOException {
        Pdf pdf = fetch(FixtureWorkbooks.KENT_FULL, "full", "kent-full");

        assertThat(pdf.title()).contains("Kent").contains("2021-22");
        assertThat(pdf.author()).isEqualTo("Kent");
        assertThat(pdf.pages()).isBetween(20, 90);
        assertThat(pdf.text())
                .contains("Kent")
                .contains("DRAFT")
                .contains("Executive summary")
                .contains("Kent – 2021-22 – page 1 of")
                .contains(
                        "Answer to drivers-of-spend in step 1: the council’s explanation, with “curly quotes” and £1,200 figures.")
                .contains("Action plan")
                .contains("Review spend per head of adult population with the finance lead")
                .contains("Head of Commissioning")
                .contains("Caveats")
                .contains("Open Government Licence v3.0");
        for (StepDefinition step : steps.all()) {
            assertThat(pdf.text()).contains("Step " + step.number() + ": " + step.title());
        }
        for (var caveat : steps.caveats()) {
            assertThat(pdf.text()).contains(caveat.title());
        }
        assertThat(pdf.text()).contains(kentsSpendPerAdultFromTheApi());
    }

    /** The figure the API publishes for Kent, formatted as the report formats it. */
    private static String kentsSpendPerAdultFromTheApi() {
        Double value = given().get("/api/councils/E10000016/metrics?year=2021-22")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getDouble("metrics.find { it.metricId == 'gce-per-adult' }.value");
        assertThat(value).isBetween(514.5, 514.7);
        return Fmt.gbp(value);
    }

    @Test
    void theMembersSummaryIsShortWithAKeyChartPerDataLedStep() throws IOException {
        Pdf pdf = fetch(FixtureWorkbooks.KENT_FULL, "members", "kent-members");

        // Seven at most since the lines for steps 8, 10 and 13 (issue G.5) and the "What has changed" table (F.7).
        assertThat(pdf.pages()).isBetween(3, 7);
        assertThat(pdf.text())
                .contains("Summary for lead members")
                .contains("Executive summary")
                .contains("Action plan")
                .contains("Caveats")
                .doesNotContain("Appendix");
        for (StepDefinition step : steps.all()) {
            if (step.kind() == StepKind.DATA_LED) {
                assertThat(pdf.text()).contains("Step " + step.number() + ": " + step.title());
            }
        }
    }

    @Test
    void theMembersSummaryOfAnEmptyWorkbookIsShortAndSaysWhatIsNotYetAnswered() throws IOException {
        Pdf pdf = fetch(FixtureWorkbooks.KENT_EMPTY, "members", "kent-empty-members");

        // Seven at most, as the answered one: the "What has changed" table (issue F.7) costs the empty summary its page
        // too.
        assertThat(pdf.pages()).isBetween(3, 7);
        assertThat(pdf.text())
                .contains("The council's judgement: Not yet answered")
                .contains("No actions recorded")
                .contains("Caveats");
    }

    @Test
    void aSignedOffReportHasNoDraftMark() throws IOException {
        Pdf pdf = fetch(FixtureWorkbooks.LEEDS_SIGNED_OFF, "full", "leeds-signed-off");

        assertThat(pdf.text())
                .contains("Leeds")
                .contains("Signed off by Director of Adult Social Services, 16 January 2023")
                .doesNotContain("DRAFT");
    }

    @Test
    void anEmptyWorkbookSaysNotYetAnswered() throws IOException {
        Pdf pdf = fetch(FixtureWorkbooks.KENT_EMPTY, "full", "kent-empty");

        assertThat(pdf.text()).contains("Not yet answered").contains("No actions recorded");
        given().get("/workbooks/{id}/report", FixtureWorkbooks.KENT_EMPTY)
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Not yet answered"));
    }

    @Test
    void hostileTextAppearsLiterallyInThePdf() throws IOException {
        Pdf pdf = fetch(FixtureWorkbooks.HOSTILE, "full", "hostile");

        assertThat(pdf.text())
                .contains(FixtureWorkbooks.SCRIPT)
                .contains("Smith & Sons <b>bold</b> Zoë Ångström “quoted”")
                .contains("<i>deputy</i>");
        assertThat(pdf.pages()).isLessThan(120);
    }

    @Test
    void aCamdenReportRendersToo() throws IOException {
        assertThat(fetch(FixtureWorkbooks.CAMDEN_FULL, "members", "camden-members")
                        .text())
                .contains("Camden");
    }

    @Test
    void unknownWorkbooksAndAudiencesAreRefused() {
        given().get("/workbooks/999/report.pdf").then().statusCode(404);
        given().get("/workbooks/999/report").then().statusCode(404);
        given().get("/workbooks/999/report.csv").then().statusCode(404);
        given().get("/workbooks/{id}/report.pdf?audience=everyone", FixtureWorkbooks.KENT_FULL)
                .then()
                .statusCode(400);
    }
}
