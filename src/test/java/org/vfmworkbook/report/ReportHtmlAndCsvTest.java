package org.vfmworkbook.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.testing.Api.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.vfmworkbook.testing.AsCouncilEditor.Extension.class)
class ReportHtmlAndCsvTest {

    @Test
    void theWebReportWalksTheSameTree() {
        String html = given().get("/workbooks/{id}/report", FixtureWorkbooks.KENT_FULL)
                .then()
                .statusCode(200)
                .contentType("text/html")
                .extract()
                .asString();

        assertThat(html)
                .contains("<h1 class=\"govuk-heading-xl\">Value for money in adult social care: Kent</h1>")
                .contains("id=\"step-13\"")
                .contains("Action plan")
                .contains("Caveats")
                .contains("£515")
                .contains("class=\"app-chart\"")
                .contains("Open Government Licence v3.0")
                .contains("DRAFT");
    }

    @Test
    void hostileTextIsEscapedInTheWebReport() {
        String html = given().get("/workbooks/{id}/report", FixtureWorkbooks.HOSTILE)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(html)
                .contains(
                        "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; Smith &amp; Sons &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain(FixtureWorkbooks.SCRIPT)
                .doesNotContain("href=\"javascript:");
    }

    @Test
    void theCsvHasEveryComparisonShownWithUnroundedValues() {
        String csv = given().get("/workbooks/{id}/report.csv", FixtureWorkbooks.KENT_FULL)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        String[] lines = csv.split("\r\n");

        assertThat(lines[0]).startsWith("council,data_year,step,comparison_id,metric_id");
        assertThat(lines.length).isGreaterThan(25);
        assertThat(csv)
                .containsPattern(
                        "Kent,2021-22,1,gce-per-adult,gce-per-adult,Gross current expenditure per adult,gbp-per-person,neighbours,Statistical neighbours,514\\.59");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreDefused() {
        assertThat(CsvReportRenderer.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvReportRenderer.quote("-12.5")).isEqualTo("-12.5");
    }
}
