package org.vfmworkbook.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.testing.Api.given;
import static org.vfmworkbook.testing.WorkbookContentBuilder.aWorkbookContent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.findings.FindingsService;
import org.vfmworkbook.findings.Trend;
import org.vfmworkbook.testing.PdfText;

/**
 * The report's figures over the years (issue 13, F.7), from the shipped data for Kent: 2020-21 from the 2021-22 tables'
 * previous-year columns, 2021-22 from their own. Both renderers walk the same trends, which are the step page's.
 */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.vfmworkbook.testing.AsCouncilEditor.Extension.class)
class ReportTrendsTest {

    private static final String KENT = "E10000016";

    @Inject
    FindingsService findings;

    @Inject
    ReportAssembler assembler;

    /** The step page's trend of spend per adult (step 1's trend comparison). */
    private Trend spendPerAdult() {
        return findings.forStep(KENT, "2021-22", "spend-per-head", null, List.of()).comparisons().stream()
                .filter(c -> c.id().equals("gce-per-adult-trend"))
                .findFirst()
                .orElseThrow()
                .trend();
    }

    private static WorkbookContent kent() {
        return aWorkbookContent().forCouncil(KENT).fullyAnswered().build();
    }

    private static PdfText pdf(String audience, String saveAs) throws IOException {
        byte[] bytes = given().queryParam("audience", audience)
                .get("/workbooks/{id}/report.pdf", FixtureWorkbooks.KENT_FULL)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Files.createDirectories(Path.of("target/report-pdfs"));
        Files.write(Path.of("target/report-pdfs", saveAs + ".pdf"), bytes);
        return PdfText.of(bytes);
    }

    @Test
    void theFullReportShowsEachKeyMeasuresTrendWithItsTableSentenceAndBreaks() throws IOException {
        Trend trend = spendPerAdult();
        assertThat(trend.years()).containsExactly("2020-21", "2021-22");

        String step1 = pdf("full", "kent-full-trends").pageWith("Spend per adult (18+), 2020-21 to 2021-22");
        // the chart's key, then the table under it (each year's row with its break), then the sentence
        assertThat(step1)
                .contains("Solid line, squares: Kent. Dashed: median, South East. Dotted: median, England.")
                .contains("Shaded: COVID-19 year.")
                .contains("2020-21 £499")
                .contains("2021-22 £515")
                .contains("COVID-19 year: services and recording were disrupted")
                .contains(trend.sentence().replaceAll("\\s+", " "));
        // the trend comparison is drawn as its trend, never as "one year held"
        assertThat(pdf("full", "kent-full-trends").text()).doesNotContain("Only one data year is held");

        String html = given().get("/workbooks/{id}/report", FixtureWorkbooks.KENT_FULL)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html)
                .contains("id=\"trend-step-1-gce-per-adult\"")
                .contains(trend.sentence().replace("'", "&#39;"))
                .contains("Spend per adult (18+), 2020-21 to 2021-22");
        // each trend once: the comparisons above it do not repeat it
        assertThat(html.split("id=\"trend-step-1-gce-per-adult\"", -1)).hasSize(2);
        assertThat(html).doesNotContain("id=\"trend-gce-per-adult-trend\"");
    }

    @Test
    void aMeasureOfOneYearHasNoTrendInTheFullReportAndIsNamedInTheMembersTable() {
        Report full = assembler.assemble(kent(), Audience.FULL);
        // step 5's key measures are ASCOF 2020-21, one year only
        assertThat(full.trends().forStep(5)).isEmpty();
        assertThat(full.trends().forStep(1))
                .extracting(t -> t.trend().metricId())
                .containsExactly("gce-per-adult", "gce-per-adult-18-64", "gce-per-adult-65-plus");
        assertThat(full.trends().changes()).isNull();

        Report members = assembler.assemble(kent(), Audience.MEMBERS);
        assertThat(members.trends().byStep()).isEmpty();
        assertThat(members.trends().changes().notes())
                .anySatisfy(n -> assertThat(n)
                        .startsWith("Published for one year only, so not in the table: ")
                        .contains("(ASCOF 2D)"));
    }

    @Test
    void theMembersSummaryHasTheTableOfWhatHasChangedOldestYearFirst() throws IOException {
        Report members = assembler.assemble(kent(), Audience.MEMBERS);
        var table = members.trends().changes().table();

        assertThat(table.head())
                .extracting(c -> c.text())
                .containsExactly(
                        "Measure", "2020-21 *", "2021-22 *", "Median, South East", "Change, Kent", "Change, median");
        // Kent's spend per adult: £499 in 2020-21, £515 in 2021-22 (515 / 499 = +3%); the region's median in its own
        // year
        assertThat(table.rows().get(0).cells())
                .extracting(c -> c.text())
                .startsWith("Spend per adult (18+)", "£499", "£515")
                .contains("Up 3% on 2020-21 *");
        assertThat(table.rows().get(0).cells().get(3).text()).endsWith("(2021-22)");

        PdfText pdf = pdf("members", "kent-members-trends");
        // the text extractor runs a row's cells together: compare without spaces
        String page = pdf.pageWith("What has changed").replace(" ", "");
        assertThat(page)
                .contains("Spendperadult(18+)£499£515£473(2021-22)Up3%on2020-21*Up6%")
                .contains("*COVID-19year");

        String html = given().queryParam("audience", "members")
                .get("/workbooks/{id}/report", FixtureWorkbooks.KENT_FULL)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html).contains("id=\"changes-table\"").contains("Up 3% on 2020-21 *");
    }
}
