package org.vfmworkbook.workbook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.vfmworkbook.workbook.WorkbookPagesTest.openWorkbook;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.peer.PeerSessions;
import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.SignIn;

/**
 * Actions that are followed up: status, review date, measure and progress notes through the real forms; the action plan across
 * steps with its filters, totals and CSV; a peer-challenge follow-up accepted into the plan; and copy-forward into the next year
 * with the history, and the new year's step page saying what last year planned and how the measure moved.
 */
@QuarkusTest
@org.junit.jupiter.api.extension.ExtendWith(org.vfmworkbook.testing.AsCouncilEditor.Extension.class)
class ActionFollowUpTest {

    private static final String STEP = "less-expensive-care";

    @Inject
    WorkbookVersions versions;

    @Inject
    PeerSessions peer;

    @Inject
    ActionService actions;

    static RequestSpecification form() {
        return given().contentType(ContentType.URLENC).redirects().follow(false);
    }

    static RequestSpecification action(String what, String owner, String saving) {
        return form().formParam("action-what", what)
                .formParam("action-owner", owner)
                .formParam("action-due-day", "31")
                .formParam("action-due-month", "3")
                .formParam("action-due-year", "2028")
                .formParam("action-measure", "Fewer admissions")
                .formParam("action-saving", saving);
    }

    private static String actionPath(String location) {
        return location.replaceAll("#action-(\\d+)$", "/actions/$1").replaceAll("^https?://[^/]+", "");
    }

    @Test
    void aDueDateInThePastIsRefusedAndWhatWasTypedIsKept() {
        long id = openWorkbook("E08000001");
        int actionsBefore = PlannedActionsOf.workbook(id).size();
        form().formParam("action-what", "Review home care rates")
                .formParam("action-owner", "Head of commissioning")
                .formParam("action-due-day", "31")
                .formParam("action-due-month", "3")
                .formParam("action-due-year", "2021")
                .formParam("action-measure", "Rates agreed")
                .formParam("action-review-day", "31")
                .formParam("action-review-month", "13")
                .formParam("action-review-year", "2027")
                .post("/workbooks/" + id + "/steps/" + STEP + "/actions")
                .then()
                .statusCode(422)
                .body(containsString("<title>Error: "))
                .body(containsString("The date the action is due must be today or in the future"))
                .body(containsString("href=\"#action-due-day\""))
                .body(containsString("The review date must be a real date"))
                .body(containsString("value=\"2021\""))
                .body(containsString("value=\"13\""))
                .body(containsString("Review home care rates"));
        assertThat(PlannedActionsOf.workbook(id))
                .as("actions after the refused form")
                .hasSize(actionsBefore);
    }

    @Test
    void anActionIsFollowedUpWithAStatusAReviewDateAMeasureAndDatedNotes() {
        long id = openWorkbook("E08000002");
        String location = action("Open an extra care scheme", "Head of commissioning", "40000")
                .post("/workbooks/" + id + "/steps/" + STEP + "/actions")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        String path = actionPath(location);
        given().get("/workbooks/" + id + "/steps/" + STEP).then().body(containsString("Not started"));

        form().formParam("version", "0")
                .formParam("action-what", "Open an extra care scheme")
                .formParam("action-owner", "Head of commissioning")
                .formParam("action-due-day", "31")
                .formParam("action-due-month", "3")
                .formParam("action-due-year", "2028")
                .formParam("action-measure", "Fewer admissions")
                .formParam("action-status", "at-risk")
                .formParam("action-review-day", "30")
                .formParam("action-review-month", "9")
                .formParam("action-review-year", "2027")
                .formParam("action-measure-metric", "local")
                .formParam("action-measure-start", "120")
                .post(path)
                .then()
                .statusCode(422)
                .body(containsString("Enter the name of the local figure"))
                .body(containsString("value=\"120\""));
        assertThat(PlannedActionsOf.workbook(id))
                .singleElement()
                .satisfies(a -> assertThat(a.status())
                        .as("status after the refused change")
                        .isEqualTo(ActionStatus.NOT_STARTED));
        form().formParam("version", "0")
                .formParam("action-what", "Open an extra care scheme")
                .formParam("action-owner", "Head of commissioning")
                .formParam("action-due-day", "31")
                .formParam("action-due-month", "3")
                .formParam("action-due-year", "2028")
                .formParam("action-measure", "Fewer admissions")
                .formParam("action-status", "at-risk")
                .formParam("action-review-day", "30")
                .formParam("action-review-month", "9")
                .formParam("action-review-year", "2027")
                .formParam("action-measure-metric", "local")
                .formParam("action-measure-name", "Care home admissions a year")
                .formParam("action-measure-start", "120")
                .formParam("action-measure-now", "104")
                .post(path)
                .then()
                .statusCode(303);

        form().formParam("note-text", "Site chosen")
                .post(path + "/notes")
                .then()
                .statusCode(422)
                .body(containsString("Enter the date of the note"))
                .body(containsString("Site chosen"));
        assertThat(PlannedActionsOf.workbook(id))
                .singleElement()
                .satisfies(a ->
                        assertThat(a.notes).as("notes after the refused note").isEmpty());
        form().formParam("note-date-day", "1")
                .formParam("note-date-month", "12")
                .formParam("note-date-year", "2026")
                .formParam("note-text", "Site chosen with the housing team")
                .post(path + "/notes")
                .then()
                .statusCode(303);

        given().get("/workbooks/" + id + "/steps/" + STEP)
                .then()
                .body(containsString("At risk"))
                .body(containsString("30 September 2027"))
                .body(containsString("Care home admissions a year: at the start 120, now 104"))
                .body(containsString("<strong>1 December 2026</strong>: Site chosen with the housing team"));
    }

    @Test
    void theActionPlanListsEveryStepsActionsFiltersThemAndExportsThemAsCsv() {
        long id = openWorkbook("E08000003");
        action("Recommission home care", "Head of commissioning", "30000")
                .post("/workbooks/" + id + "/steps/" + STEP + "/actions")
                .then()
                .statusCode(303);
        action("=Agree fees with providers", "Director", "-5000")
                .formParam("action-status", "on-track")
                .formParam("action-one-off-cost", "10000")
                .formParam("action-annual-cost", "2000")
                .formParam("action-costs-avoided", "8000")
                .formParam("action-years", "3")
                .post("/workbooks/" + id + "/steps/spend-per-head/actions")
                .then()
                .statusCode(303);
        given().get("/workbooks/" + id).then().body(containsString("/workbooks/" + id + "/action-plan"));

        given().get("/workbooks/" + id + "/action-plan")
                .then()
                .statusCode(200)
                .body(containsString("Showing 2 of 2 actions"))
                .body(containsString("Recommission home care"))
                .body(containsString("£25,000"))
                .body(containsString("£10,000"));
        given().get("/workbooks/" + id + "/action-plan?status=on-track")
                .then()
                .body(containsString("Showing 1 of 2 actions"))
                .body(not(containsString("Recommission home care")));
        given().queryParam("owner", "Head of commissioning")
                .get("/workbooks/" + id + "/action-plan")
                .then()
                .body(containsString("Showing 1 of 2 actions"))
                .body(containsString("Recommission home care"));

        String csv = given().get("/workbooks/" + id + "/action-plan/actions.csv?owner=Director")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract()
                .asString();
        assertThat(csv.split("\r\n"))
                .hasSize(3)
                .satisfies(lines -> assertThat(lines[0]).startsWith("step,step title,action,owner,due,status"))
                .satisfies(lines -> assertThat(lines[1])
                        .startsWith("1,")
                        .contains(",'=Agree fees with providers,Director,2028-03-31,On track,")
                        .contains(",-5000,10000,2000,8000,3,"))
                .satisfies(lines ->
                        assertThat(lines[2]).contains("Total of these actions").contains(",-5000,10000,2000,"));
    }

    @Test
    void aFollowUpAgreedAtPeerChallengeIsAcceptedIntoThePlanInOneStepKeepingItsSession() {
        String council = "E10000003";
        long id = openWorkbook(council);
        SignIn.SignedIn facilitator = SignIn.as(Role.PEER_REVIEWER, "E10000020");
        long session = peer.create("E12000006", "2021-22", "East of England challenge", facilitator.username(), false);
        peer.join(session, id);
        facilitator
                .form()
                .accept("text/html")
                .formParam("what", "Cambridgeshire to test its home care rates with providers")
                .formParam("owner", "Director")
                .formParam("due-day", "31")
                .formParam("due-month", "3")
                .formParam("due-year", "2021")
                .post("/peer-sessions/" + session + "/follow-ups")
                .then()
                .statusCode(422)
                .body(containsString("The date it is due must be today or in the future"))
                .body(containsString("href=\"#due-day\""))
                .body(containsString("value=\"2021\""))
                .body(containsString("Cambridgeshire to test its home care rates"))
                .body(containsString("value=\"Director\""));
        assertThat(FollowUpsOf.session(session))
                .as("follow-ups after the refused form")
                .isEmpty();
        facilitator
                .form()
                .formParam("what", "Cambridgeshire to test its home care rates with providers")
                .formParam("owner", "Director")
                .post("/peer-sessions/" + session + "/follow-ups")
                .then()
                .statusCode(303);
        String page = given().get("/workbooks/" + id + "/action-plan")
                .then()
                .statusCode(200)
                .body(containsString("Follow-ups agreed at peer challenge"))
                .body(containsString("East of England challenge"))
                .extract()
                .asString();
        String followUp = page.replaceAll("(?s).*id=\"follow-up-(\\d+)\".*", "$1");
        String accept = "/workbooks/" + id + "/action-plan/follow-ups/" + followUp;

        form().formParam("follow-up-" + followUp + "-step", STEP)
                .post(accept)
                .then()
                .statusCode(422)
                .body(containsString("Enter the date the action is due"))
                .body(containsString("selected"));
        form().formParam("follow-up-" + followUp + "-step", STEP)
                .formParam("follow-up-" + followUp + "-due-day", "30")
                .formParam("follow-up-" + followUp + "-due-month", "6")
                .formParam("follow-up-" + followUp + "-due-year", "2027")
                .post(accept)
                .then()
                .statusCode(303);

        given().get("/workbooks/" + id + "/action-plan")
                .then()
                .body(containsString("Cambridgeshire to test its home care rates with providers"))
                .body(containsString("href=\"/peer-sessions/" + session + "\""))
                .body(not(containsString("id=\"follow-up-" + followUp + "\"")));
        given().get("/workbooks/" + id + "/steps/" + STEP).then().body(containsString("the peer challenge session"));
        assertThat(PlannedActionsOf.workbook(id))
                .singleElement()
                .satisfies(a -> assertThat(a.peerSessionId).isEqualTo(session));
    }

    @Test
    void copyForwardIntoTheNextYearCarriesTheOpenActionsWithTheirHistoryAndTheStepPageSaysHowTheMeasureMoved() {
        String council = "E10000006";
        long earlier = PlannedActionsOf.lastYearsWorkbook(council);
        WorkbookSummary next = versions.startFrom(earlier, council, "2021-22");

        assertThat(PlannedActionsOf.workbook(next.id())).singleElement().satisfies(a -> {
            assertThat(a.what).isEqualTo("Recommission home care");
            assertThat(a.status).isEqualTo(ActionStatus.AT_RISK);
            assertThat(a.measureAtStart).isEqualTo(520.0);
            assertThat(a.carriedFromActionId).isNotNull();
            assertThat(a.notes).extracting(n -> n.text).containsExactly("Tender published");
        });
        given().get("/workbooks/" + next.id() + "/steps/" + STEP)
                .then()
                .statusCode(200)
                .body(containsString("In 2020-21 you planned"))
                .body(containsString("Recommission home care"))
                .body(containsString("it is at risk, and carried forward into this year"))
                .body(containsString("moved from £520 a week to £505 a week"))
                .body(containsString("Close the day centre"))
                .body(containsString("it is done."))
                .body(containsString("Carried forward from last year"))
                .body(containsString("Tender published"));
    }

    /** Reading and making stored actions, in their own transactions. */
    @jakarta.enterprise.context.ApplicationScoped
    static class FollowUpsOf {
        @jakarta.transaction.Transactional
        static java.util.List<org.vfmworkbook.peer.FollowUp> session(long id) {
            return org.vfmworkbook.peer.FollowUp.inSession(id);
        }
    }

    static class PlannedActionsOf {
        @jakarta.transaction.Transactional
        static java.util.List<PlannedAction> workbook(long id) {
            java.util.List<PlannedAction> all = PlannedAction.listFor(Workbook.findById(id));
            all.forEach(a -> a.notes.size());
            return all;
        }

        /** A 2020-21 workbook (a year whose national data is not held, made directly): an open action with history and a done one. */
        @jakarta.transaction.Transactional
        static long lastYearsWorkbook(String council) {
            Workbook workbook = new Workbook();
            workbook.councilCode = council;
            workbook.dataYear = "2020-21";
            workbook.title = "Earlier workbook, 2020-21";
            workbook.createdAt = Instant.parse("2021-06-01T09:00:00Z");
            workbook.updatedAt = workbook.createdAt;
            workbook.persist();
            PlannedAction open = planned(workbook, "Recommission home care", ActionStatus.AT_RISK);
            open.measureName = "Home care cost per week";
            open.measureMetricId = "home-care-cost-per-week";
            open.measureUnit = "gbp-per-week";
            open.measureAtStart = 520.0;
            open.measureNow = 505.0;
            ProgressNote note = new ProgressNote();
            note.action = open;
            note.noteDate = LocalDate.of(2021, 9, 1);
            note.text = "Tender published";
            note.writtenInYear = "2020-21";
            open.notes.add(note);
            open.persist();
            planned(workbook, "Close the day centre", ActionStatus.DONE).persist();
            return workbook.id;
        }

        private static PlannedAction planned(Workbook workbook, String what, ActionStatus status) {
            PlannedAction action = new PlannedAction();
            action.workbook = workbook;
            action.stepId = STEP;
            action.what = what;
            action.owner = "Commissioning lead";
            action.dueDate = LocalDate.of(2022, 3, 31);
            action.measureOfSuccess = "Cost per hour in line with neighbours";
            action.status = status;
            return action;
        }
    }
}
