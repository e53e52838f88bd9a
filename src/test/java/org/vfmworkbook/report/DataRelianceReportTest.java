package org.vfmworkbook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.PdfText;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.testing.WorkbookForms;

/**
 * "How far the council can rely on its data" in the reports, from step 13's data audit filled through its pages (Devon 2021-22):
 * the full report's section with both tables and the suggested confidence, in HTML and PDF, before the action plan; one line in the
 * members' summary; nothing in the partners' summary, which leaves step 13 out. PDFs are written to target/report-pdfs to look at.
 */
@QuarkusTest
class DataRelianceReportTest {

    private static final String DEVON = "E10000008";
    private static final String LINE =
            "2 of 6 data practices in place; 1 of 5 definitions match NHS Digital's. The audit suggests Amber.";
    private static final String SUGGESTION = "2 definitions unsure, 1 practice not yet in place, 3 practices not yet"
            + " assessed, 2 definitions not yet checked: consider Amber.";

    private static SignIn.SignedIn editor;
    private static long id;

    @BeforeEach
    void givenDevonsDataAuditFilledThroughItsPages() {
        if (editor != null) {
            return; // once for the class; after Quarkus has started, so the pages are there
        }
        editor = SignIn.as(Role.COUNCIL_EDITOR, DEVON);
        id = WorkbookForms.open(editor, DEVON);
        String step = "/workbooks/" + id + "/steps/technical-issues";
        editor.form()
                .formParam("practice-collected-once-version", "new")
                .formParam("practice-collected-once-status", "in-place")
                .formParam("practice-collected-once-now", "One case record feeds SALT and the finance return.")
                .formParam("practice-returns-checked-version", "new")
                .formParam("practice-returns-checked-status", "in-place")
                .formParam("practice-returns-checked-now", "The performance lead checks every return.")
                .formParam("practice-small-numbers-known-version", "new")
                .formParam("practice-small-numbers-known-status", "not-in-place")
                .formParam("practice-small-numbers-known-needed", "Mark rates built from fewer than 10 people.")
                .formParam("practice-small-numbers-known-progress", "Business intelligence, by June.")
                .post(step + "/data-audit")
                .then()
                .statusCode(303);
        editor.form()
                .formParam("definition-long-term-client-version", "new")
                .formParam("definition-long-term-client-match", "yes")
                .formParam("definition-home-care-hour-version", "new")
                .formParam("definition-home-care-hour-match", "unsure")
                .formParam("definition-home-care-hour-note", "Our rate may include travel time.")
                .formParam("definition-new-request-version", "new")
                .formParam("definition-new-request-match", "unsure")
                .formParam("definition-new-request-note", "Hospital discharge referrals may be counted.")
                .post(step + "/definitions-check")
                .then()
                .statusCode(303);
    }

    private static String html(String audience) {
        return editor.given()
                .queryParam("audience", audience)
                .get("/workbooks/{id}/report", id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static PdfText pdf(String audience) throws Exception {
        byte[] bytes = editor.given()
                .queryParam("audience", audience)
                .get("/workbooks/{id}/report.pdf", id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Files.createDirectories(Path.of("target/report-pdfs"));
        Files.write(Path.of("target/report-pdfs", "devon-data-reliance-" + audience + ".pdf"), bytes);
        return PdfText.of(bytes);
    }

    @Test
    void theFullReportHasTheSectionWithTheAuditTheDefinitionsCheckAndTheSuggestion() throws Exception {
        String page = html("full");
        assertThat(page)
                .contains("<section id=\"data-reliance\"")
                .contains("The council&#39;s data practice")
                .contains("Staff know where numbers are too small to compare")
                .contains("Mark rates built from fewer than 10 people.")
                .contains("Not yet in place")
                .contains("Home care hour bought from external providers")
                .contains("Our rate may include travel time.")
                .contains(SUGGESTION);
        assertThat(page.indexOf("id=\"data-reliance\"")).isLessThan(page.indexOf("id=\"action-plan\""));

        PdfText pdf = pdf("full");
        String section = pdf.pageWith("The council's data practice");
        assertThat(section)
                .contains("How far the council can rely on its data")
                .contains("Returns are checked before they are submitted")
                .contains("The performance lead checks every return.")
                .contains("Business intelligence, by June.");
        assertThat(pdf.text())
                .contains("Definitions check")
                .contains("Hospital discharge referrals may be counted.")
                .contains(SUGGESTION);
        assertThat(pdf.pageWith("Definitions check"))
                .contains("Gross current expenditure")
                .containsPattern("Long-term client\\s*Yes, our recording matches");
    }

    @Test
    void theMembersSummaryHasOneLineOfItAndThePartnersNone() throws Exception {
        String members = html("members");
        assertThat(members.indexOf("id=\"data-reliance\"")).isLessThan(members.indexOf("id=\"step-1\""));
        assertThat(members)
                .contains("How far the council can rely on its data:</strong> " + LINE.replace("'", "&#39;"))
                .doesNotContain("<section id=\"data-reliance\"")
                .doesNotContain("Mark rates built from fewer than 10 people.");
        PdfText pdf = pdf("members");
        assertThat(pdf.text())
                .contains("How far the council can rely on its data: " + LINE)
                .doesNotContain("Mark rates built from fewer than 10 people.");

        assertThat(html("partners")).doesNotContain("How far the council can rely on its data");
        assertThat(pdf("partners").text()).doesNotContain("How far the council can rely on its data");
    }
}
