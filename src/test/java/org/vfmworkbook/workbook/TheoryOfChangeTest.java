package org.vfmworkbook.workbook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.vfmworkbook.workbook.ActionFollowUpTest.form;
import static org.vfmworkbook.workbook.WorkbookPagesTest.openWorkbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * A Theory of Change for a planned action through its page: refused with every problem named and what was typed kept, saved with
 * every field audited, a stale form detected, refused on a signed-off workbook, shown on the step, the action plan and the report,
 * removed with its action, and carried into next year's workbook with the open action.
 */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.vfmworkbook.testing.AsCouncilEditor.Extension.class)
class TheoryOfChangeTest {

    private static final String STEP = "less-expensive-care";

    @Inject
    TheoryOfChangeService theories;

    @Inject
    WorkbookVersions versions;

    @Inject
    ActionService actions;

    /** A whole Theory of Change as its form sends it: one activity, milestone and outcome, a metric and local figures. */
    static Map<String, String> complete() {
        Map<String, String> f = new LinkedHashMap<>();
        box(f, "toc-now-1", "Too many older people go into residential care", "ASC-FR admissions", "local");
        f.put("toc-now-1-measure-name", "Admissions to residential care a year");
        box(f, "toc-activity-1", "Open an extra care scheme in Ashford", "Scheme opened", "local");
        f.put("toc-activity-1-measure-name", "Extra care flats let");
        box(f, "toc-milestone-1", "First tenants move in", "Tenancy agreements", "local");
        f.put("toc-milestone-1-measure-name", "Tenancies started");
        f.put("toc-milestone-1-date-day", "30");
        f.put("toc-milestone-1-date-month", "9");
        f.put("toc-milestone-1-date-year", "2099");
        box(f, "toc-outcome-1", "Fewer permanent admissions", "SALT returns", "unit-cost-residential-65-plus");
        box(f, "toc-goal-1", "Older people live independently for longer", "Annual survey", "local");
        f.put("toc-goal-1-measure-name", "People in extra care");
        return f;
    }

    private static void box(Map<String, String> f, String prefix, String text, String evidence, String measure) {
        f.put(prefix + "-text", text);
        f.put(prefix + "-evidence", evidence);
        f.put(prefix + "-measure", measure);
    }

    private static long addAction(long workbook, String what) {
        String location = ActionFollowUpTest.action(what, "Head of commissioning", "0")
                .post("/workbooks/" + workbook + "/steps/" + STEP + "/actions")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        return Long.parseLong(location.replaceAll(".*#action-", ""));
    }

    private static ValidatableResponse save(long workbook, long action, Map<String, String> fields, String version) {
        return form().formParams(fields)
                .formParam("version", version)
                .post(page(workbook, action))
                .then();
    }

    private static String page(long workbook, long action) {
        return "/workbooks/" + workbook + "/actions/" + action + "/theory-of-change";
    }

    @Test
    void aTheoryOfChangeWithProblemsIsShownAgainWithEveryProblemNamedAndWhatWasTyped() {
        long id = openWorkbook("E08000011");
        long action = addAction(id, "Open an extra care scheme");
        Map<String, String> f = complete();
        f.remove("toc-goal-1-text");
        f.remove("toc-goal-1-evidence");
        f.remove("toc-goal-1-measure");
        f.remove("toc-goal-1-measure-name");
        f.put("toc-activity-2-text", "Train the reablement team");
        f.put("toc-milestone-1-date-month", "13");
        f.put("toc-outcome-1-measure", "no-such-metric");
        f.put("toc-now-1-measure-name", "");
        form().formParams(f)
                .post(page(id, action))
                .then()
                .statusCode(422)
                .body(containsString("<title>Error: Theory of Change"))
                .body(containsString("There is a problem"))
                .body(containsString("Enter where we want to be"))
                .body(containsString("href=\"#toc-goal-1-text\""))
                .body(containsString("Enter the evidence that will show activity 2 happened"))
                .body(containsString("Choose the measure that will show activity 2"))
                .body(containsString("The date of milestone 1 must be a real date"))
                .body(containsString("href=\"#toc-milestone-1-date-day\""))
                .body(containsString("Choose the measure for outcome 1 from the list"))
                .body(containsString("Enter the name of the local figure for where we are now"))
                .body(containsString("Train the reablement team"))
                .body(containsString("Too many older people go into residential care"))
                .body(containsString("value=\"13\""))
                .body(containsString("value=\"2099\""));
        assertThat(TheoryOf.action(action)).isNull();
    }

    @Test
    void aTheoryOfChangeIsSavedAuditedAndShownOnTheStepTheActionPlanAndTheReport() {
        long id = openWorkbook("E08000012");
        long action = addAction(id, "Open an extra care scheme");
        given().get("/workbooks/" + id + "/steps/" + STEP)
                .then()
                .body(containsString("give each action a Theory of Change"))
                .body(containsString("Not yet written"))
                .body(containsString("href=\"" + page(id, action) + "\""));

        save(id, action, complete(), "")
                .statusCode(303)
                .header("Location", containsString("/workbooks/" + id + "/steps/" + STEP + "#action-" + action));

        TheoryOfChangeView saved = TheoryOf.action(action);
        assertThat(saved.boxes())
                .extracting(TheoryOfChangeView.Box::stage, TheoryOfChangeView.Box::text)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                ChangeStage.NOW, "Too many older people go into residential care"),
                        org.assertj.core.groups.Tuple.tuple(ChangeStage.MILESTONE, "First tenants move in"));
        assertThat(saved.in(ChangeStage.MILESTONE).get(0).date()).isEqualTo(LocalDate.of(2099, 9, 30));
        assertThat(saved.in(ChangeStage.OUTCOME).get(0).metricId()).isEqualTo("unit-cost-residential-65-plus");
        assertThat(AuditEntry.listFor(id).stream().map(e -> e.what))
                .contains(
                        "TheoryOfChange[" + action + "].now-1.text",
                        "TheoryOfChange[" + action + "].milestone-1.date",
                        "TheoryOfChange[" + action + "].outcome-1.measure");

        given().get(page(id, action))
                .then()
                .statusCode(200)
                .body(containsString("Open an extra care scheme in Ashford"))
                .body(containsString("value=\"2099\""))
                .body(containsString("<option value=\"unit-cost-residential-65-plus\" selected"));
        given().get("/workbooks/" + id + "/steps/" + STEP)
                .then()
                .body(containsString("View or change the Theory of Change"))
                .body(not(containsString("Not yet written")));
        given().get("/workbooks/" + id + "/action-plan")
                .then()
                .statusCode(200)
                .body(containsString("Theories of Change"))
                .body(containsString("id=\"theory-" + action + "\""))
                .body(containsString("First tenants move in</span>, by 30 September 2099"))
                .body(containsString("Older people live independently for longer"));
        given().get("/workbooks/" + id + "/report")
                .then()
                .statusCode(200)
                .body(containsString("Theory of Change: step 8"))
                .body(containsString("Where we want to be"))
                .body(containsString("First tenants move in</span> (due 30 September 2099)"))
                .body(containsString("Tenancies started"));

        // A change to one box is audited on its own, and a box left blank is removed.
        Map<String, String> changed = complete();
        changed.put("toc-activity-1-text", "Open two extra care schemes");
        changed.put("toc-activity-2-text", "Train the reablement team");
        changed.put("toc-activity-2-evidence", "Training records");
        changed.put("toc-activity-2-measure", "local");
        changed.put("toc-activity-2-measure-name", "Staff trained");
        save(id, action, changed, String.valueOf(saved.version())).statusCode(303);
        assertThat(TheoryOf.action(action).activities())
                .extracting(TheoryOfChangeView.Box::text)
                .containsExactly("Open two extra care schemes", "Train the reablement team");
        assertThat(AuditEntry.listFor(id))
                .filteredOn(e -> e.what.equals("TheoryOfChange[" + action + "].activity-1.text"))
                .extracting(e -> e.oldValue)
                .containsExactly(null, "Open an extra care scheme in Ashford");
        save(id, action, complete(), String.valueOf(TheoryOf.action(action).version()))
                .statusCode(303);
        assertThat(TheoryOf.action(action).activities()).hasSize(1);
        assertThat(AuditEntry.listFor(id).stream().map(e -> e.what))
                .contains("TheoryOfChange[" + action + "].activity-2.removed");
    }

    @Test
    void aFormSavedOverSomeoneElsesChangeIsRefusedAndTheSavedVersionShown() {
        long id = openWorkbook("E08000013");
        long action = addAction(id, "Open an extra care scheme");
        save(id, action, complete(), "").statusCode(303);
        Map<String, String> mine = complete();
        mine.put("toc-goal-1-text", "My later wording");
        save(id, action, mine, "")
                .statusCode(409)
                .body(containsString("Someone else changed this Theory of Change since you opened it"))
                .body(containsString("Older people live independently for longer"));
        assertThat(TheoryOf.action(action).goal()).isEqualTo("Older people live independently for longer");
        assertThatThrownBy(() -> theories.save(id, action, 99L, List.of())).isInstanceOf(StaleEditException.class);
    }

    @Test
    void aSignedOffWorkbookRefusesATheoryOfChange() {
        long id = openWorkbook("E08000014");
        long action = addAction(id, "Open an extra care scheme");
        TheoryOf.signOff(id);
        save(id, action, complete(), "").statusCode(403);
        assertThatThrownBy(() -> theories.save(id, action, null, List.of())).isInstanceOf(WorkbookStateException.class);
        assertThat(TheoryOf.action(action)).isNull();
        given().get(page(id, action))
                .then()
                .statusCode(200)
                .body(containsString("No Theory of Change has been written for this action"))
                .body(not(containsString("theory-of-change-form")));
    }

    @Test
    void removingAnActionRemovesItsTheoryOfChange() {
        long id = openWorkbook("E08000015");
        long action = addAction(id, "Open an extra care scheme");
        save(id, action, complete(), "").statusCode(303);
        actions.remove(id, action);
        assertThat(TheoryOf.countFor(action)).isZero();
    }

    @Test
    void copyForwardCarriesTheTheoryOfChangeWithTheOpenAction() {
        String council = "E08000017";
        long earlier = TheoryOf.lastYearsWorkbook(council);
        WorkbookSummary next = versions.startFrom(earlier, council, "2021-22");
        long copied = TheoryOf.onlyAction(next.id());
        TheoryOfChangeView theory = TheoryOf.action(copied);
        assertThat(theory.now()).isEqualTo("Waiting lists for home care");
        assertThat(theory.in(ChangeStage.MILESTONE))
                .singleElement()
                .satisfies(b -> assertThat(b.date()).isEqualTo(LocalDate.of(2022, 1, 31)));
        given().get("/workbooks/" + next.id() + "/action-plan")
                .then()
                .body(containsString("Waiting lists for home care"))
                .body(containsString("None still to come"));
    }

    /** Reading and making stored Theories of Change, in their own transactions. */
    @jakarta.enterprise.context.ApplicationScoped
    static class TheoryOf {
        @jakarta.transaction.Transactional
        static TheoryOfChangeView action(long actionId) {
            PlannedAction action = PlannedAction.findById(actionId);
            return TheoryOfChange.findFor(action).map(TheoryOfChangeView::of).orElse(null);
        }

        @jakarta.transaction.Transactional
        static long onlyAction(long workbookId) {
            return PlannedAction.listFor(Workbook.<Workbook>findById(workbookId))
                    .get(0)
                    .id;
        }

        @jakarta.transaction.Transactional
        static void signOff(long workbookId) {
            Workbook workbook = Workbook.findById(workbookId);
            workbook.status = Workbook.Status.SIGNED_OFF;
            workbook.signedOffBy = "Director";
            workbook.signedOffAt = Instant.now();
        }

        @jakarta.transaction.Transactional
        static long countFor(long actionId) {
            return TheoryOfChange.count("action.id", actionId);
        }

        /** Last year's workbook of the follow-up test (an open action and a done one), the open one given a Theory of Change. */
        @jakarta.transaction.Transactional
        static long lastYearsWorkbook(String council) {
            long workbook = ActionFollowUpTest.PlannedActionsOf.lastYearsWorkbook(council);
            PlannedAction action = PlannedAction.find(
                            "workbook.id = ?1 and what = ?2", workbook, "Recommission home care")
                    .firstResult();
            TheoryOfChange theory = new TheoryOfChange();
            theory.action = action;
            item(theory, ChangeStage.NOW, "Waiting lists for home care", null);
            item(theory, ChangeStage.ACTIVITY, "Retender the home care framework", null);
            item(theory, ChangeStage.MILESTONE, "New framework in place", LocalDate.of(2022, 1, 31));
            item(theory, ChangeStage.OUTCOME, "Shorter waits", null);
            item(theory, ChangeStage.GOAL, "Nobody waits more than a week", null);
            theory.persist();
            return workbook;
        }

        private static void item(TheoryOfChange theory, ChangeStage stage, String text, LocalDate date) {
            TheoryOfChangeItem item = new TheoryOfChangeItem();
            item.theory = theory;
            item.stage = stage;
            item.slot = 1;
            item.text = text;
            item.milestoneDate = date;
            item.evidence = "Monthly returns";
            item.measureName = "People waiting";
            theory.items.add(item);
        }
    }
}
