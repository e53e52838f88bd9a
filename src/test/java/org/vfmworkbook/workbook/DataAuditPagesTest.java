package org.vfmworkbook.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.dataaudit.AuditAnswers;
import org.vfmworkbook.dataaudit.DefinitionMatch;
import org.vfmworkbook.dataaudit.PracticeStatus;
import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.testing.WorkbookForms;

/**
 * Step 13's data audit through its real forms: the practices in the method's three columns and the definitions check saved and
 * shown again with the confidence they suggest; a problem re-rendered (422) with what was typed; a change someone else saved
 * meanwhile detected (409) and nothing overwritten; a signed-off workbook refusing both (403) and changing nothing, and its
 * new version starting from the audit.
 */
@QuarkusTest
class DataAuditPagesTest {

    private static final String STEP = "technical-issues";

    @Inject
    DataAuditService audits;

    @Inject
    WorkbookService workbooks;

    private static String step(long id) {
        return "/workbooks/" + id + "/steps/" + STEP;
    }

    /** The hidden version field the step page shows for one audit item ({@code practice-…-version}). */
    private static String version(SignIn.SignedIn who, long id, String field) {
        String page = who.given().get(step(id)).then().statusCode(200).extract().asString();
        return page.replaceAll("(?s).*name=\"" + field + "\" value=\"([^\"]*)\".*", "$1");
    }

    @Test
    void thePracticesAndTheDefinitionsCheckAreSavedAndSuggestAConfidence() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, "E10000023"); // North Yorkshire
        long id = WorkbookForms.open(editor, "E10000023");
        String page =
                editor.given().get(step(id)).then().statusCode(200).extract().asString();
        assertThat(page)
                .contains("Your own data practice")
                .contains("Returns are checked before they are submitted")
                .contains("Definitions check")
                .contains("Home care hour bought from external providers")
                .contains("Home care (external), £ per hour")
                .contains("Answer the data audit and the definitions check to see the confidence they suggest.");

        editor.form()
                .formParam("practice-returns-checked-version", "new")
                .formParam("practice-returns-checked-status", "not-in-place")
                .formParam("practice-returns-checked-now", "The SALT return goes in unchecked.")
                .formParam("practice-returns-checked-needed", "A second person checks each return.")
                .formParam("practice-returns-checked-progress", "Performance lead, from the 2023-24 return.")
                .formParam("practice-collected-once-version", "new")
                .formParam("practice-collected-once-status", "partly")
                .formParam("practice-collected-once-now", "")
                .formParam("practice-collected-once-needed", "One client record.")
                .formParam("practice-collected-once-progress", "")
                .post(step(id) + "/data-audit")
                .then()
                .statusCode(303)
                .header("Location", containsString("/steps/" + STEP + "#data-audit"));
        editor.form()
                .formParam("definition-home-care-hour-version", "new")
                .formParam("definition-home-care-hour-match", "unsure")
                .formParam("definition-home-care-hour-note", "We may include travel time in the hourly rate.")
                .formParam("definition-long-term-client-version", "new")
                .formParam("definition-long-term-client-match", "yes")
                .formParam("definition-long-term-client-note", "")
                .post(step(id) + "/definitions-check")
                .then()
                .statusCode(303);

        AuditAnswers saved = audits.answers(id, STEP);
        assertThat(saved.practices().get("returns-checked"))
                .isEqualTo(new AuditAnswers.PracticeAnswer(
                        PracticeStatus.NOT_IN_PLACE,
                        "The SALT return goes in unchecked.",
                        "A second person checks each return.",
                        "Performance lead, from the 2023-24 return."));
        assertThat(saved.practices().get("collected-once").status()).isEqualTo(PracticeStatus.PARTLY);
        assertThat(saved.definitions().get("home-care-hour"))
                .isEqualTo(new AuditAnswers.DefinitionAnswer(
                        DefinitionMatch.UNSURE, "We may include travel time in the hourly rate."));
        assertThat(workbooks.auditTrail(id))
                .extracting(entry -> entry.what)
                .contains("DataAudit[practice:returns-checked].choice", "DataAudit[definition:home-care-hour].note");
        assertThat(workbooks.progress(id).get(STEP)).isEqualTo(StepProgress.Status.IN_PROGRESS);

        String after =
                editor.given().get(step(id)).then().statusCode(200).extract().asString();
        assertThat(after)
                .contains("The SALT return goes in unchecked.")
                .contains("We may include travel time in the hourly rate.")
                .contains(
                        "1 definition unsure, 1 practice not yet in place, 1 practice partly in place, 4 practices not yet"
                                + " assessed, 3 definitions not yet checked: consider Amber.");
        assertThat(version(editor, id, "practice-returns-checked-version")).matches("\\d+");
    }

    @Test
    void aProblemComesBackWithWhatWasTypedAndNothingIsSaved() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, "E10000023");
        long id = WorkbookForms.open(editor, "E10000023");
        String typed = "We count people twice when they move between settings.";
        Response response = editor.form()
                .formParam("practice-small-numbers-known-version", "new")
                .formParam("practice-small-numbers-known-status", "not-in-place")
                .formParam("practice-small-numbers-known-now", typed)
                .formParam("practice-small-numbers-known-needed", "")
                .formParam("practice-small-numbers-known-progress", "")
                .formParam("practice-staff-read-data-version", "new")
                .formParam("practice-staff-read-data-now", "Only the performance team reads the returns.")
                .formParam("practice-staff-read-data-needed", "")
                .formParam("practice-staff-read-data-progress", "")
                .post(step(id) + "/data-audit");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString())
                .contains("<title>Error: ")
                .contains("There is a problem")
                .contains("href=\"#practice-small-numbers-known-needed\"")
                .contains("Enter what needs to happen for ‘Staff know where numbers are too small to compare’")
                .contains("href=\"#practice-staff-read-data-status\"")
                .contains("Select how far ‘Staff can read and question the data’ is in place")
                .contains(typed)
                .contains("Only the performance team reads the returns.")
                .containsPattern("value=\"not-in-place\" checked");
        assertThat(audits.answers(id, STEP).practices()).doesNotContainKey("small-numbers-known");

        Response definitions = editor.form()
                .formParam("definition-new-request-version", "new")
                .formParam("definition-new-request-match", "no")
                .formParam("definition-new-request-note", "")
                .formParam("definition-short-term-max-version", "new")
                .formParam("definition-short-term-max-match", "perhaps")
                .formParam("definition-short-term-max-note", "x".repeat(2001))
                .post(step(id) + "/definitions-check");
        assertThat(definitions.statusCode()).isEqualTo(422);
        assertThat(definitions.asString())
                .contains("Enter how your recording of ‘Request for support from a new client’ differs")
                .contains("Select whether your recording of ‘Short-term care to maximise independence (ST-Max)’ matches"
                        + " NHS Digital&#39;s definition")
                .contains("The note must be 2,000 characters or fewer");
        assertThat(audits.answers(id, STEP).definitions()).doesNotContainKeys("new-request", "short-term-max");
    }

    @Test
    void aChangeSomeoneElseSavedMeanwhileIsDetectedAndNotOverwritten() {
        SignIn.SignedIn first = SignIn.as(Role.COUNCIL_EDITOR, "E10000007"); // Derbyshire
        SignIn.SignedIn second = SignIn.as(Role.COUNCIL_EDITOR, "E10000007");
        long id = WorkbookForms.open(first, "E10000007");
        String shown = version(first, id, "definition-gross-current-expenditure-version");
        assertThat(shown).isEqualTo("new");

        second.form()
                .formParam("definition-gross-current-expenditure-version", shown)
                .formParam("definition-gross-current-expenditure-match", "yes")
                .formParam("definition-gross-current-expenditure-note", "Checked with the finance lead.")
                .post(step(id) + "/definitions-check")
                .then()
                .statusCode(303);
        Response stale = first.form()
                .formParam("definition-gross-current-expenditure-version", shown)
                .formParam("definition-gross-current-expenditure-match", "no")
                .formParam("definition-gross-current-expenditure-note", "We leave out the pooled budget.")
                .post(step(id) + "/definitions-check");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString())
                .contains("Someone else changed this answer after you opened the page")
                .contains("Checked with the finance lead.")
                .contains("We leave out the pooled budget.");
        String current = stale.asString()
                .replaceAll("(?s).*name=\"definition-gross-current-expenditure-version\" value=\"([^\"]*)\".*", "$1");
        assertThat(current).as("the re-rendered form carries the saved version").matches("\\d+");
        assertThat(audits.answers(id, STEP).definitions().get("gross-current-expenditure"))
                .isEqualTo(new AuditAnswers.DefinitionAnswer(DefinitionMatch.YES, "Checked with the finance lead."));

        // saving again from the conflict page is a deliberate choice, and is kept
        first.form()
                .formParam("definition-gross-current-expenditure-version", current)
                .formParam("definition-gross-current-expenditure-match", "no")
                .formParam("definition-gross-current-expenditure-note", "We leave out the pooled budget.")
                .post(step(id) + "/definitions-check")
                .then()
                .statusCode(303);
        assertThat(audits.answers(id, STEP)
                        .definitions()
                        .get("gross-current-expenditure")
                        .match())
                .isEqualTo(DefinitionMatch.NO);
    }

    @Test
    void aSignedOffWorkbookRefusesBothFormsAndShowsTheAuditAsTables() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, "E10000027", true); // Somerset
        long id = WorkbookForms.open(editor, "E10000027");
        editor.form()
                .formParam("practice-shared-with-partners-version", "new")
                .formParam("practice-shared-with-partners-status", "in-place")
                .formParam("practice-shared-with-partners-now", "Monthly figures go to the ICB.")
                .post(step(id) + "/data-audit")
                .then()
                .statusCode(303);
        WorkbookForms.signOff(editor, id).then().statusCode(303);
        int auditBefore = workbooks.auditTrail(id).size();

        for (Map.Entry<String, String> post : Map.of(
                        "/data-audit", "practice-shared-with-partners-status",
                        "/definitions-check", "definition-home-care-hour-match")
                .entrySet()) {
            Response refused = editor.form()
                    .formParam(post.getValue(), "no")
                    .accept("text/html")
                    .post(step(id) + post.getKey());
            assertThat(refused.statusCode()).as(post.getKey()).isEqualTo(403);
            assertThat(refused.asString()).contains("This workbook is signed off");
        }
        assertThat(workbooks.auditTrail(id)).hasSize(auditBefore);
        assertThat(audits.answers(id, STEP)
                        .practices()
                        .get("shared-with-partners")
                        .status())
                .isEqualTo(PracticeStatus.IN_PLACE);

        String page =
                editor.given().get(step(id)).then().statusCode(200).extract().asString();
        assertThat(page)
                .doesNotContain("id=\"data-audit-form\"")
                .doesNotContain("id=\"definitions-check-form\"")
                .contains("Monthly figures go to the ICB.")
                .contains("<td class=\"govuk-table__cell\">In place</td>");

        String next = editor.form()
                .post("/workbooks/" + id + "/new-version")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        long second = Long.parseLong(next.replaceAll(".*/workbooks/", ""));
        assertThat(audits.answers(second, STEP).practices().get("shared-with-partners"))
                .as("the new version starts from the audit as signed off")
                .isEqualTo(new AuditAnswers.PracticeAnswer(
                        PracticeStatus.IN_PLACE, "Monthly figures go to the ICB.", null, null));
    }
}
