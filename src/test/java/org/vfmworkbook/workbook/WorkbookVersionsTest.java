package org.vfmworkbook.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.testing.WorkbookForms;

/**
 * Work continuing from an earlier workbook: a new version of a signed-off one, and a workbook for a year that starts from an earlier
 * year's answers. Each test uses its own council.
 */
@QuarkusTest
class WorkbookVersionsTest {

    @Inject
    WorkbookService workbooks;

    @Inject
    AuditTrail audit;

    /** What a council recorded, without ids, versions or times: what a copy must carry. */
    record Recorded(
            Map<String, String> answers,
            List<String> actions,
            List<String> localFigures,
            String customGroup,
            String directorSummary) {}

    static Recorded recorded(long workbookId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Workbook workbook = Workbook.findById(workbookId);
            Map<String, String> answers = Answer.listFor(workbook).stream()
                    .collect(Collectors.toMap(
                            a -> a.stepId + "/" + a.questionId,
                            a -> a.text + " | " + a.choice + " | "
                                    + a.links.stream()
                                            .map(l -> l.title + " <" + l.url + ">")
                                            .toList()));
            List<String> actions = PlannedAction.listFor(workbook).stream()
                    .map(a -> a.stepId + ": " + a.what + ", " + a.owner + ", " + a.dueDate + ", " + a.measureOfSuccess
                            + ", " + a.expectedAnnualSavingGbp + ", " + a.fiscalReturn())
                    .toList();
            List<String> figures = LocalFigure.listFor(workbook).stream()
                    .map(f -> f.metricId + " = " + f.value + " (" + f.source + ", " + f.asAt + ", " + f.note + ")")
                    .toList();
            return new Recorded(answers, actions, figures, workbook.customGroup, workbook.directorSummary);
        });
    }

    @Test
    void aNewVersionCopiesEverythingForwardAndTheSignedOffOneStaysAsItWas() {
        String oxfordshire = "E10000025";
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, oxfordshire, true);
        long first = WorkbookForms.open(editor, oxfordshire);
        String step = "/workbooks/" + first + "/steps/" + WorkbookForms.STEP;
        WorkbookForms.answerStepOne(editor, first, "Our spend is in line with need")
                .then()
                .statusCode(303);
        editor.form().post(step + "/check-answers").then().statusCode(303);
        editor.form()
                .formParam("action-what", "Open an extra care scheme")
                .formParam("action-owner", "Head of commissioning")
                .formParam("action-due-day", "31")
                .formParam("action-due-month", "3")
                .formParam("action-due-year", "2027")
                .formParam("action-measure", "Ten fewer admissions")
                .formParam("action-saving", "40000")
                .formParam("action-one-off-cost", "50000")
                .formParam("action-annual-cost", "20000")
                .formParam("action-costs-avoided", "60000")
                .formParam("action-years", "3")
                .post("/workbooks/" + first + "/steps/less-expensive-care/actions")
                .then()
                .statusCode(303);
        String comparison = editor.given()
                .get(step)
                .asString()
                .replaceAll("(?s).*name=\"comparison\" value=\"([a-z0-9-]+)\".*", "$1");
        String p = "figure-" + comparison + "-";
        editor.form()
                .formParam("comparison", comparison)
                .formParam(p + "value", "512.5")
                .formParam(p + "source", "Budget monitoring")
                .formParam(p + "as-at-day", "30")
                .formParam(p + "as-at-month", "6")
                .formParam(p + "as-at-year", "2023")
                .post(step + "/local-figures")
                .then()
                .statusCode(303);
        editor.form()
                .formParam("councils", "E10000016", "E10000014", "E10000015", "E10000017", "E10000018")
                .post("/workbooks/" + first + "/custom-group")
                .then()
                .statusCode(303);
        editor.form()
                .formParam("director-summary", "Value for money is reasonable.")
                .post("/workbooks/" + first + "/summary")
                .then()
                .statusCode(303);
        WorkbookForms.signOff(editor, first).then().statusCode(303);
        Recorded signedOff = recorded(first);
        WorkbookSummary firstBefore = workbooks.summary(first);
        assertThat(signedOff.answers()).hasSize(3);
        assertThat(signedOff.actions()).hasSize(1);
        assertThat(signedOff.localFigures()).hasSize(1);

        editor.given().get("/workbooks/" + first).then().body(containsString("Start a new version"));
        String location = editor.form()
                .post("/workbooks/" + first + "/new-version")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        long second = Long.parseLong(location.replaceAll(".*/workbooks/", ""));

        assertThat(second).isNotEqualTo(first);
        assertThat(recorded(second)).isEqualTo(signedOff);
        WorkbookSummary next = workbooks.summary(second);
        assertThat(next.versionNumber()).isEqualTo(2);
        assertThat(next.previousVersionId()).isEqualTo(first);
        assertThat(next.title()).isEqualTo(firstBefore.title() + " (version 2)");
        assertThat(next.signedOff()).isFalse();
        assertThat(next.completedSteps()).isEqualTo(1);
        assertThat(recorded(first)).isEqualTo(signedOff);
        assertThat(workbooks.summary(first)).isEqualTo(firstBefore);
        assertThat(workbooks.auditTrail(second))
                .filteredOn(e -> e.what.equals("Workbook.copiedFrom"))
                .singleElement()
                .satisfies(e -> assertThat(e.newValue)
                        .startsWith("Copied from workbook " + first + " (")
                        .endsWith("version 1): 3 answers, 1 evidence links, 1 actions, 1 local figures"));
        assertThat(workbooks.auditTrail(first))
                .filteredOn(e -> e.what.equals("Workbook.nextVersion"))
                .singleElement()
                .satisfies(e -> assertThat(e.newValue).startsWith("Copied to workbook " + second));

        assertThat(editor.form()
                        .post("/workbooks/" + first + "/new-version")
                        .then()
                        .statusCode(303)
                        .extract()
                        .header("Location"))
                .as("a second press opens the same new version")
                .endsWith("/workbooks/" + second);
        assertThat(WorkbookForms.open(editor, oxfordshire))
                .as("the council's workbook for the year is the latest version")
                .isEqualTo(second);
        WorkbookForms.answerStepOne(editor, second, "Updated in version 2")
                .then()
                .statusCode(303);
        assertThat(recorded(first)).isEqualTo(signedOff);
        editor.given().get("/workbooks/" + first).then().body(containsString("href=\"/workbooks/" + second + "\""));
        editor.given()
                .get("/")
                .then()
                .body(containsString(next.title()))
                .body(containsString(firstBefore.title()))
                .body(containsString(workbooks.summary(first).statusText()));
    }

    @Test
    void aNewVersionIsOnlyForASignedOffWorkbookAndItsOwnEditors() {
        String staffordshire = "E10000028";
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, staffordshire, false);
        long id = WorkbookForms.open(editor, staffordshire);
        editor.form().post("/workbooks/" + id + "/new-version").then().statusCode(403);
        SignIn.SignedIn signer = SignIn.as(Role.COUNCIL_EDITOR, staffordshire, true);
        WorkbookForms.signOff(signer, id).then().statusCode(303);

        SignIn.as(Role.COUNCIL_VIEWER, staffordshire)
                .form()
                .post("/workbooks/" + id + "/new-version")
                .then()
                .statusCode(403);
        SignIn.as(Role.COUNCIL_EDITOR, "E10000029", true)
                .form()
                .post("/workbooks/" + id + "/new-version")
                .then()
                .statusCode(404);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Workbook.findNextVersionOf(Workbook.findById(id))))
                .isEmpty();
        editor.form().post("/workbooks/" + id + "/new-version").then().statusCode(303);
    }

    @Test
    void aWorkbookForANewYearStartsFromAnEarlierYearsAnswersButNotItsLocalFigures() {
        String suffolk = "E10000029";
        long earlier = QuarkusTransaction.requiringNew().call(() -> earlierYearWorkbook(suffolk, "2020-21"));
        Recorded before = recorded(earlier);
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, suffolk, false);

        editor.given().get("/").then().body(containsString("<option value=\"" + earlier + "\""));
        String location = editor.form()
                .formParam("council", suffolk)
                .formParam("year", WorkbookForms.YEAR)
                .formParam("start-from", String.valueOf(earlier))
                .post("/workbooks")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        long next = Long.parseLong(location.replaceAll(".*/workbooks/", ""));

        Recorded copied = recorded(next);
        assertThat(copied.answers()).isEqualTo(before.answers());
        assertThat(copied.actions()).isEqualTo(before.actions());
        assertThat(copied.customGroup()).isEqualTo(before.customGroup());
        assertThat(copied.directorSummary()).isEqualTo(before.directorSummary());
        assertThat(copied.localFigures())
                .as("local figures describe the earlier year")
                .isEmpty();
        assertThat(recorded(earlier)).isEqualTo(before);
        WorkbookSummary summary = workbooks.summary(next);
        assertThat(summary.dataYear()).isEqualTo(WorkbookForms.YEAR);
        assertThat(summary.versionNumber()).isEqualTo(1);
        assertThat(summary.previousVersionId()).isEqualTo(earlier);
        assertThat(workbooks.progress(next))
                .containsEntry(WorkbookForms.STEP, StepProgress.Status.IN_PROGRESS)
                .containsEntry("less-expensive-care", StepProgress.Status.IN_PROGRESS)
                .containsEntry("technical-issues", StepProgress.Status.NOT_STARTED);
        assertThat(workbooks.auditTrail(next))
                .filteredOn(e -> e.what.equals("Workbook.copiedFrom"))
                .singleElement()
                .satisfies(e -> assertThat(e.newValue)
                        .startsWith("Copied from workbook " + earlier)
                        .endsWith(": 2 answers, 1 evidence links, 1 actions, 0 local figures"));

        editor.form()
                .formParam("council", suffolk)
                .formParam("year", WorkbookForms.YEAR)
                .formParam("start-from", String.valueOf(earlier))
                .post("/workbooks")
                .then()
                .statusCode(422)
                .body(containsString("Your council already has a workbook for 2021-22"));
        editor.form()
                .formParam("council", suffolk)
                .formParam("year", WorkbookForms.YEAR)
                .formParam("start-from", String.valueOf(next))
                .post("/workbooks")
                .then()
                .statusCode(422)
                .body(containsString("Choose a workbook from another year"));
    }

    @Test
    @TestTransaction
    void theCopyWorksForAnyPairOfYearsWithoutNationalData() {
        Workbook from = Workbook.findById(earlierYearWorkbook("E10000024", "2021-22"));
        Workbook to = new Workbook();
        to.councilCode = "E10000024";
        to.dataYear = "2022-23";
        to.title = "Nottinghamshire 2022-23";
        to.createdAt = Instant.now();
        to.updatedAt = to.createdAt;
        to.persist();

        WorkbookCopy.Counts counts = new WorkbookCopy(audit).copy(from, to, WorkbookCopy.Kind.ANOTHER_YEAR);

        assertThat(counts).isEqualTo(new WorkbookCopy.Counts(2, 1, 1, 0));
        assertThat(Answer.listFor(to))
                .extracting(a -> a.text)
                .containsExactlyInAnyOrder("Carried over from last year", null);
        assertThat(PlannedAction.listFor(to)).extracting(a -> a.what).containsExactly("Recommission home care");
    }

    /** A workbook for a year whose national data is not held, made directly: two answers (one with a link), an action, a figure. */
    static long earlierYearWorkbook(String council, String year) {
        Workbook workbook = new Workbook();
        workbook.councilCode = council;
        workbook.dataYear = year;
        workbook.title = "Earlier workbook, " + year;
        workbook.customGroup = "E10000016,E10000030";
        workbook.directorSummary = "Last year's summary";
        workbook.createdAt = Instant.parse("2022-06-01T09:00:00Z");
        workbook.updatedAt = workbook.createdAt;
        workbook.persist();
        Answer text = new Answer();
        text.workbook = workbook;
        text.stepId = WorkbookForms.STEP;
        text.questionId = "drivers-of-spend";
        text.text = "Carried over from last year";
        text.persist();
        Answer evidence = new Answer();
        evidence.workbook = workbook;
        evidence.stepId = WorkbookForms.STEP;
        evidence.questionId = "evidence";
        EvidenceLink link = new EvidenceLink();
        link.answer = evidence;
        link.title = "Budget 2021";
        link.url = "https://example.org/budget-2021";
        evidence.links.add(link);
        evidence.persist();
        PlannedAction action = new PlannedAction();
        action.workbook = workbook;
        action.stepId = "less-expensive-care";
        action.what = "Recommission home care";
        action.owner = "Commissioning lead";
        action.dueDate = LocalDate.of(2023, 3, 31);
        action.measureOfSuccess = "Hours delivered within a week of assessment";
        action.persist();
        LocalFigure figure = new LocalFigure();
        figure.workbook = workbook;
        figure.metricId = "gce-per-adult";
        figure.value = 480.0;
        figure.source = "Outturn";
        figure.asAt = LocalDate.of(2021, 3, 31);
        figure.persist();
        return workbook.id;
    }
}
