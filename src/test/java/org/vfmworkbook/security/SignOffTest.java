package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.testing.PdfText;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.testing.WorkbookForms;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.workbook.AnswerInput;
import org.vfmworkbook.workbook.AnswerService;
import org.vfmworkbook.workbook.AuditEntry;
import org.vfmworkbook.workbook.WorkbookService;
import org.vfmworkbook.workbook.WorkbookState;
import org.vfmworkbook.workbook.WorkbookStateException;
import org.vfmworkbook.workbook.WorkbookSummary;

/**
 * Signing a workbook off: who may, the declaration, a stale form, and what it locks. Each test uses its own council, so that no other
 * test meets a signed-off workbook.
 */
@QuarkusTest
class SignOffTest {

    private static final String STEP_PATH = "/steps/" + WorkbookForms.STEP;

    @Inject
    WorkbookService workbooks;

    @Inject
    AnswerService answers;

    @Inject
    Accounts accounts;

    @Test
    void onlyAnEditorWithSignOffRightsOfTheWorkbooksCouncilMaySignItOff() {
        String essex = "E10000012";
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, essex, true);
        long id = WorkbookForms.open(editor, essex);
        String signOff = "/workbooks/" + id + "/sign-off";
        String version = WorkbookForms.version(editor, signOff);

        Map<SignIn.SignedIn, Integer> refused = Map.of(
                SignIn.as(Role.COUNCIL_EDITOR, essex, false), 403,
                SignIn.as(Role.COUNCIL_VIEWER, essex), 403,
                SignIn.as(Role.PEER_REVIEWER, essex), 404,
                SignIn.as(Role.COUNCIL_EDITOR, "E10000013", true), 404,
                SignIn.administrator(), 404);
        refused.forEach((who, status) -> {
            assertThat(who.given().get(signOff).statusCode()).as(who.username()).isEqualTo(status);
            assertThat(who.form()
                            .formParam("version", version)
                            .formParam("declaration", "confirmed")
                            .post(signOff)
                            .statusCode())
                    .as(who.username())
                    .isEqualTo(status);
            assertThat(who.given().get("/workbooks/" + id).asString()).doesNotContain("href=\"" + signOff + "\"");
        });
        assertThat(workbooks.summary(id).signedOff()).isFalse();

        editor.given().get("/workbooks/" + id).then().statusCode(200).body(containsString("href=\"" + signOff + "\""));
        editor.form()
                .formParam("version", version)
                .formParam("declaration", "confirmed")
                .post(signOff)
                .then()
                .statusCode(303)
                .header("Location", endsWith("/workbooks/" + id));
        assertThat(workbooks.summary(id).signedOff()).isTrue();
    }

    @Test
    void theSignOffPageListsWhatIsUnfinishedAndWantsTheDeclaration() {
        String gloucestershire = "E10000013";
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, gloucestershire, true);
        long id = WorkbookForms.open(editor, gloucestershire);
        WorkbookForms.answerStepOne(editor, id, "Spend per head is close to our neighbours'.")
                .then()
                .statusCode(303);
        String signOff = "/workbooks/" + id + "/sign-off";

        editor.given()
                .get(signOff)
                .then()
                .statusCode(200)
                .body(containsString("13 of 13 steps are not completed. You can still sign off"))
                .body(containsString(
                        "Step 1: Spend per head of adult population</a> – In progress: 3 of 6 questions answered"))
                .body(containsString("Step 13: "));
        editor.form()
                .formParam("version", WorkbookForms.version(editor, signOff))
                .post(signOff)
                .then()
                .statusCode(422)
                .body(containsString("<title>Error: Sign off the workbook"))
                .body(containsString("href=\"#declaration\">Confirm the declaration to sign off the workbook"));
        assertThat(workbooks.summary(id).signedOff()).isFalse();
    }

    @Test
    void aSignOffFormOpenedBeforeSomeoneChangedTheWorkbookIsRefused() {
        String lancashire = "E10000017";
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, lancashire, true);
        long id = WorkbookForms.open(editor, lancashire);
        String signOff = "/workbooks/" + id + "/sign-off";
        String staleVersion = WorkbookForms.version(editor, signOff);

        SignIn.SignedIn colleague = SignIn.as(Role.COUNCIL_EDITOR, lancashire, false);
        WorkbookForms.answerStepOne(colleague, id, "A late change by a colleague")
                .then()
                .statusCode(303);

        editor.form()
                .formParam("version", staleVersion)
                .formParam("declaration", "confirmed")
                .post(signOff)
                .then()
                .statusCode(409)
                .body(containsString("The workbook has changed since you opened this page"));
        assertThat(workbooks.summary(id).signedOff()).isFalse();

        WorkbookForms.signOff(editor, id).then().statusCode(303);
        assertThat(workbooks.summary(id).signedOff()).isTrue();
    }

    @Test
    void aSignedOffWorkbookRefusesEveryChangeKeepsItsDataAndItsReportNamesTheSigner() {
        String leicestershire = "E10000018";
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, leicestershire, true);
        long id = WorkbookForms.open(editor, leicestershire);
        String step = "/workbooks/" + id + STEP_PATH;
        WorkbookForms.answerStepOne(editor, id, "Explained by the age of our population")
                .then()
                .statusCode(303);
        String comparison = editor.given()
                .get(step)
                .asString()
                .replaceAll("(?s).*name=\"comparison\" value=\"([a-z0-9-]+)\".*", "$1");
        Map<String, String> figure = Map.of(
                "comparison",
                comparison,
                "figure-" + comparison + "-value",
                "512.5",
                "figure-" + comparison + "-source",
                "Budget monitoring",
                "figure-" + comparison + "-as-at-day",
                "30",
                "figure-" + comparison + "-as-at-month",
                "6",
                "figure-" + comparison + "-as-at-year",
                "2023");
        editor.form().formParams(figure).post(step + "/local-figures").then().statusCode(303);
        String actionLocation = editor.form()
                .formParams(action("Review the care home fee model"))
                .post(step + "/actions")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        String actionId = actionLocation.replaceAll(".*#action-(\\d+)$", "$1");
        assertThat(PdfText.of(pdf(editor, id)).text()).contains("DRAFT");

        WorkbookForms.signOff(editor, id).then().statusCode(303);
        WorkbookState before = workbooks.state(id);
        int auditBefore = workbooks.auditTrail(id).size();

        List<String> writeRoutes = RouteMatrix.ROUTES.entrySet().stream()
                .filter(r -> r.getValue() == Permission.EDIT_WORKBOOK)
                .map(Map.Entry::getKey)
                .toList();
        assertThat(writeRoutes).hasSizeGreaterThanOrEqualTo(9);
        for (String route : writeRoutes) {
            String path = route.substring("POST ".length())
                    .replace("{id}", String.valueOf(id))
                    .replace("{stepId}", WorkbookForms.STEP)
                    .replace("{actionId}", actionId)
                    .replace("{followUpId}", "1")
                    .replace("{comparisonId}", comparison);
            Response response = editor.form()
                    .formParams(everyField(figure))
                    .formParam(
                            "version",
                            String.valueOf(before.steps().get(0).state().version()))
                    .accept("text/html")
                    .post(path);
            assertThat(response.statusCode()).as(route).isEqualTo(403);
            assertThat(response.asString())
                    .as(route)
                    .contains("This workbook is signed off")
                    .contains("start a new version");
        }
        assertThat(editor.form()
                        .accept("application/json")
                        .formParams(everyField(figure))
                        .post(step)
                        .statusCode())
                .as("autosave")
                .isEqualTo(403);

        assertThat(workbooks.state(id)).isEqualTo(before);
        assertThat(workbooks.auditTrail(id)).hasSize(auditBefore);
        assertThatThrownBy(() -> answers.save(
                        id,
                        WorkbookForms.STEP,
                        before.steps().get(0).state().version(),
                        List.of(new AnswerInput("age-band-difference", "Straight to the service", null, List.of()))))
                .isInstanceOf(WorkbookStateException.class);

        WorkbookSummary signed = workbooks.summary(id);
        String signer = accounts.activeUser(editor.username()).orElseThrow().displayName();
        assertThat(signed.signedOffBy()).isEqualTo(signer);
        String text = PdfText.of(pdf(editor, id)).text();
        assertThat(text)
                .doesNotContain("DRAFT")
                .contains("Signed off by " + signer + ", " + Fmt.date(signed.signedOffAt()))
                .contains("In line with our neighbours");
        editor.given()
                .get(step)
                .then()
                .statusCode(200)
                .body(containsString("id=\"read-only-title\""))
                .body(containsString("Explained by the age of our population"))
                .body(containsString("Review the care home fee model"))
                .body(not(containsString("id=\"answers-form\"")))
                .body(not(containsString("id=\"add-action-form\"")))
                .body(not(containsString("/local-figures")))
                .body(not(containsString("/remove\"")));
        editor.given()
                .get(step + "/check-answers")
                .then()
                .statusCode(200)
                .body(not(containsString("id=\"complete-form\"")));
        editor.given()
                .get("/workbooks/" + id)
                .then()
                .body(containsString("Signed off by " + signer + " on "))
                .body(not(containsString("href=\"/workbooks/" + id + "/custom-group\"")));
    }

    @Test
    void theAuditTrailRecordsTheSignOffWithWhoAndWhatWasUnfinished() {
        String lincolnshire = "E10000019";
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, lincolnshire, true);
        long id = WorkbookForms.open(editor, lincolnshire);
        WorkbookForms.signOff(editor, id).then().statusCode(303);

        List<AuditEntry> trail = workbooks.auditTrail(id);
        String signer = accounts.activeUser(editor.username()).orElseThrow().displayName();
        assertThat(trail)
                .filteredOn(e -> e.what.equals("Workbook.status"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.oldValue).isEqualTo("IN_PROGRESS");
                    assertThat(e.newValue).isEqualTo("SIGNED_OFF");
                    assertThat(e.who).isEqualTo(editor.username());
                });
        assertThat(trail)
                .filteredOn(e -> e.what.equals("Workbook.signedOff"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.newValue)
                            .isEqualTo("Signed off by " + signer
                                    + " with 0 of 13 steps completed; not completed: steps 1, 2, 3, 4, "
                                    + "5, 6, 7, 8, 9, 10, 11, 12 and 13");
                    assertThat(e.who).isEqualTo(editor.username());
                    assertThat(e.at).isCloseTo(workbooks.summary(id).signedOffAt(), within(1, ChronoUnit.SECONDS));
                });
    }

    @Test
    void theTaskListOffersSharingToEditorsOnly() {
        String norfolk = "E10000020";
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, norfolk, false);
        long id = WorkbookForms.open(editor, norfolk);
        String sharing = "href=\"/workbooks/" + id + "/sharing\"";

        editor.given()
                .get("/workbooks/" + id)
                .then()
                .body(containsString(sharing))
                .body(not(containsString("/sign-off\"")));
        SignIn.SignedIn viewer = SignIn.as(Role.COUNCIL_VIEWER, norfolk);
        viewer.given()
                .get("/workbooks/" + id)
                .then()
                .statusCode(200)
                .body(not(containsString(sharing)))
                .body(not(containsString("/custom-group\"")));
        viewer.given()
                .get("/workbooks/" + id + STEP_PATH)
                .then()
                .statusCode(200)
                .body(containsString("You can read this workbook but not change it"))
                .body(not(containsString("id=\"answers-form\"")));
    }

    private static Map<String, String> action(String what) {
        return Map.of(
                "action-what",
                what,
                "action-owner",
                "Head of commissioning",
                "action-due-day",
                "31",
                "action-due-month",
                "3",
                "action-due-year",
                "2027",
                "action-measure",
                "Fees agreed with providers");
    }

    /** A valid value for every field of every workbook form, so that a refusal is the only reason nothing changes. */
    private static Map<String, Object> everyField(Map<String, String> figure) {
        Map<String, Object> fields = new java.util.HashMap<>(figure);
        fields.putAll(action("Changed after sign-off"));
        fields.put("answer-age-band-difference", "Changed after sign-off");
        fields.put("answer-judgement-choice", "red");
        fields.put("director-summary", "Changed after sign-off");
        fields.put("councils", "E10000016");
        return fields;
    }

    private static byte[] pdf(SignIn.SignedIn who, long id) {
        return who.given()
                .queryParam("audience", "members")
                .get("/workbooks/" + id + "/report.pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }
}
