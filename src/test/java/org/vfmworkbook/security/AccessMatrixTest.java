package org.vfmworkbook.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vfmworkbook.peer.PeerSessions;
import org.vfmworkbook.peer.SessionAccess;
import org.vfmworkbook.peer.SessionAccessRules;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.workbook.WorkbookService;
import org.vfmworkbook.workbook.WorkbookSummary;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Drives every route in {@link RouteMatrix} as each role, against the user's own council's workbook, another council's unshared
 * workbook and another council's workbook shared with them, and checks the outcome: denied is 404 (cannot read) or 403 (may read,
 * may not change), and a denial never carries the workbook's content.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String KENT = "E10000016";
    private static final String SURREY = "E10000030";
    private static final String SOUTH_EAST = "E12000008";
    private static final String YEAR = "2021-22";
    private static final String STEP = "spend-per-head";

    private static final java.util.Set<RouteMatrix.Access> WORKBOOK_ROUTES = java.util.EnumSet.of(RouteMatrix.Access.READ_WORKBOOK,
            RouteMatrix.Access.EDIT_WORKBOOK, RouteMatrix.Access.SHARE_WORKBOOK, RouteMatrix.Access.SIGN_OFF_WORKBOOK,
            RouteMatrix.Access.NEW_VERSION);

    private static Map<String, SignIn.SignedIn> sessions;
    private static Map<String, User> users;
    private static Map<String, WorkbookSummary> workbooks;

    @BeforeEach
    void givenAccountsAndWorkbooks() {
        if (sessions != null) {
            return;
        }
        sessions = new LinkedHashMap<>();
        users = new LinkedHashMap<>();
        sessions.put("administrator", SignIn.administrator());
        sessions.put("Kent editor", SignIn.as(Role.COUNCIL_EDITOR, KENT, true));
        sessions.put("Kent viewer", SignIn.as(Role.COUNCIL_VIEWER, KENT));
        sessions.put("Kent peer reviewer", SignIn.as(Role.PEER_REVIEWER, KENT));
        Accounts accounts = Arc.container().instance(Accounts.class).get();
        sessions.forEach((name, session) -> users.put(name, accounts.activeUser(session.username()).orElseThrow()));

        WorkbookService service = Arc.container().instance(WorkbookService.class).get();
        WorkbookSharing sharing = Arc.container().instance(WorkbookSharing.class).get();
        workbooks = new LinkedHashMap<>();
        workbooks.put("own", service.createOrResume(KENT, YEAR));
        workbooks.put("other council, unshared", service.createOrResume(SURREY, YEAR));
        workbooks.put("other council, shared", service.createOrResume("E10000014", YEAR));
        User hampshireEditor = new User("editor@hampshire.example.gov.uk", "H", Role.COUNCIL_EDITOR, "E10000014", SOUTH_EAST, true);
        long shared = workbooks.get("other council, shared").id();
        sharing.shareWithUser(shared, hampshireEditor, sessions.get("Kent viewer").username());
        sharing.shareWithRegion(shared, hampshireEditor, SOUTH_EAST);
    }

    @Test
    void everyWorkbookRouteAllowsAndDeniesAsTheRulesSay() {
        List<String> wrong = new ArrayList<>();
        WorkbookSharing sharing = Arc.container().instance(WorkbookSharing.class).get();
        for (Map.Entry<String, RouteMatrix.Access> route : RouteMatrix.ROUTES.entrySet()) {
            RouteMatrix.Access needs = route.getValue();
            if (!WORKBOOK_ROUTES.contains(needs)) {
                continue;
            }
            String verb = route.getKey().substring(0, route.getKey().indexOf(' '));
            for (Map.Entry<String, WorkbookSummary> workbook : workbooks.entrySet()) {
                String path = route.getKey().substring(verb.length() + 1).replace("{id}", String.valueOf(workbook.getValue().id()))
                        .replace("{stepId}", STEP).replace("{actionId}", "999999").replace("{comparisonId}", "no-such-comparison").replace("{shareId}", "999999")
                        .replace("{document: report\\.pdf|report\\.csv|report}", "report.pdf");
                WorkbookAccess access = sharing.accessFor(workbook.getValue().id()).orElseThrow();
                for (Map.Entry<String, SignIn.SignedIn> who : sessions.entrySet()) {
                    User user = users.get(who.getKey());
                    Response response = "GET".equals(verb)
                            ? who.getValue().given().accept("text/html").get(path)
                            : who.getValue().form().accept("text/html").formParam("version", "0").post(path);
                    int status = response.statusCode();
                    String situation = who.getKey() + " " + verb + " " + path + " (" + workbook.getKey() + "): " + status;
                    boolean read = AccessRules.canReadWorkbook(user, access);
                    boolean write = switch (needs) {
                        case SHARE_WORKBOOK -> AccessRules.canShare(user, access);
                        case SIGN_OFF_WORKBOOK -> AccessRules.canSignOff(user, access);
                        case NEW_VERSION -> AccessRules.canStartNewVersion(user, access);
                        default -> AccessRules.canEditWorkbook(user, access);
                    };
                    // the sharing and sign-off pages are for those who may use their forms
                    boolean writes = "POST".equals(verb) || needs == RouteMatrix.Access.SHARE_WORKBOOK
                            || needs == RouteMatrix.Access.SIGN_OFF_WORKBOOK;
                    if (!read) {
                        expect(wrong, situation, status == 404 && !response.body().asString().contains(workbook.getValue().title()));
                    } else if (writes && !write) {
                        expect(wrong, situation, status == 403);
                    } else {
                        // allowed: the request reaches the resource (which may still say 404 for the made-up action id)
                        expect(wrong, situation, status != 403 && !response.body().asString().contains("No workbook with number"));
                    }
                }
                Response anonymous = given().redirects().follow(false).get(path);
                expect(wrong, "anonymous " + verb + " " + path + ": " + anonymous.statusCode(), anonymous.statusCode() == 302);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Drives every peer-session route as each kind of person against a North East session that Darlington has joined: who
     * may not see the session gets 404 and nothing of it, who sees it but may not make the change gets 403.
     */
    @Test
    void everySessionRouteAllowsAndDeniesAsTheSessionRulesSay() {
        String darlington = "E06000005";
        Map<String, SignIn.SignedIn> people = new LinkedHashMap<>(sessions);
        SignIn.SignedIn facilitator = SignIn.as(Role.PEER_REVIEWER, KENT);
        people.put("facilitator", facilitator);
        people.put("Darlington editor", SignIn.as(Role.COUNCIL_EDITOR, darlington));
        people.put("Darlington viewer", SignIn.as(Role.COUNCIL_VIEWER, darlington));
        people.put("Hartlepool editor", SignIn.as(Role.COUNCIL_EDITOR, "E06000001"));
        people.put("North East peer reviewer", SignIn.as(Role.PEER_REVIEWER, "E06000001"));
        Accounts accounts = Arc.container().instance(Accounts.class).get();
        Map<String, User> who = new LinkedHashMap<>();
        people.forEach((name, session) -> who.put(name, accounts.activeUser(session.username()).orElseThrow()));

        PeerSessions peer = Arc.container().instance(PeerSessions.class).get();
        long workbook = Arc.container().instance(WorkbookService.class).get().createOrResume(darlington, YEAR).id();
        long session = peer.create("E12000001", YEAR, "Matrix session", facilitator.username(), false);
        peer.join(session, workbook);
        String participant = facilitator.given().get("/peer-sessions/" + session + "/steps/" + STEP).then().statusCode(200)
                .extract().asString().replaceAll("(?s).*id=\"participant-(\\d+)\".*", "$1");
        long comment = peer.challenge(session, Long.parseLong(participant), STEP, facilitator.username(), "A challenge");

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, RouteMatrix.Access> route : RouteMatrix.ROUTES.entrySet()) {
            RouteMatrix.Access needs = route.getValue();
            String verb = route.getKey().substring(0, route.getKey().indexOf(' '));
            String template = route.getKey().substring(verb.length() + 1);
            if (!template.startsWith("/peer-sessions/{id}") && needs != RouteMatrix.Access.START_SESSION) {
                continue;
            }
            String path = template.replace("{id}", String.valueOf(session)).replace("{stepId}", STEP)
                    .replace("{workbookId}", String.valueOf(workbook)).replace("{commentId}", String.valueOf(comment));
            for (Map.Entry<String, SignIn.SignedIn> person : people.entrySet()) {
                User user = who.get(person.getKey());
                SessionAccess access = peer.accessFor(session).orElseThrow();
                boolean sees = SessionAccessRules.canSee(user, access);
                boolean may = switch (needs) {
                    case START_SESSION -> SessionAccessRules.canStartSession(user);
                    case SEE_SESSION -> sees;
                    case JOIN_SESSION -> SessionAccessRules.canJoinWith(user, access, darlington);
                    case WITHDRAW_FROM_SESSION -> SessionAccessRules.canWithdraw(user, access, darlington);
                    case CHALLENGE_IN_SESSION -> SessionAccessRules.canChallenge(user, access, darlington);
                    case REPLY_IN_SESSION -> SessionAccessRules.canReply(user, access, darlington);
                    case FACILITATE_SESSION -> SessionAccessRules.canFacilitate(user, access);
                    default -> throw new IllegalStateException(route.getKey() + " is not a session route");
                };
                boolean hidden = needs == RouteMatrix.Access.START_SESSION ? false
                        : needs == RouteMatrix.Access.JOIN_SESSION ? !sees && !SessionAccessRules.canJoin(user, access) : !sees;
                Response response = "GET".equals(verb) ? person.getValue().given().get(path)
                        : person.getValue().form().accept("text/html").formParam("participant", participant)
                                .formParam("workbook", String.valueOf(workbook)).formParam("step", STEP).post(path);
                int status = response.statusCode();
                String situation = person.getKey() + " " + verb + " " + path + ": " + status;
                if (hidden) {
                    expect(wrong, situation, status == 404 && !response.body().asString().contains("Matrix session"));
                } else if (!may) {
                    expect(wrong, situation, status == 403);
                } else {
                    expect(wrong, situation, status < 400 || status == 422);
                }
                peer.join(session, workbook); // after an allowed withdrawal, Darlington takes part again
            }
            Response anonymous = given().redirects().follow(false).get(path);
            expect(wrong, "anonymous " + verb + " " + path + ": " + anonymous.statusCode(), anonymous.statusCode() == 302);
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyACouncilsOwnEditorCreatesItsWorkbook() {
        for (Map.Entry<String, SignIn.SignedIn> who : sessions.entrySet()) {
            int status = who.getValue().form().formParam("council", KENT).formParam("year", YEAR).post("/workbooks").statusCode();
            assertThat(status).as(who.getKey()).isEqualTo("Kent editor".equals(who.getKey()) ? 303 : 403);
        }
        assertThat(sessions.get("Kent editor").form().formParam("council", SURREY).formParam("year", YEAR).post("/workbooks")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void administratorRoutesRefuseEveryoneElse() {
        for (Map.Entry<String, RouteMatrix.Access> route : RouteMatrix.ROUTES.entrySet()) {
            if (route.getValue() != RouteMatrix.Access.ADMINISTRATOR) {
                continue;
            }
            String verb = route.getKey().substring(0, route.getKey().indexOf(' '));
            String path = route.getKey().substring(verb.length() + 1).replace("{id}", "1");
            for (String who : List.of("Kent editor", "Kent viewer", "Kent peer reviewer")) {
                int status = "GET".equals(verb) ? sessions.get(who).given().get(path).statusCode()
                        : sessions.get(who).form().post(path).statusCode();
                assertThat(status).as(who + " " + route.getKey()).isEqualTo(403);
            }
            assertThat(given().redirects().follow(false).get(path.replace("POST ", "")).statusCode()).isIn(302, 405);
        }
    }

    @Test
    void changesAreRecordedAgainstTheSignedInUser() {
        long own = workbooks.get("own").id();
        sessions.get("Kent editor").form().formParam("director-summary", "Spending is in line with our neighbours.")
                .post("/workbooks/" + own + "/summary");

        WorkbookService service = Arc.container().instance(WorkbookService.class).get();
        assertThat(service.auditTrail(own)).extracting(entry -> entry.who).contains(sessions.get("Kent editor").username());
        assertThat(service.auditTrail(workbooks.get("other council, shared").id())).extracting(entry -> entry.what)
                .contains("WorkbookShare");
    }

    private static void expect(List<String> wrong, String situation, boolean ok) {
        if (!ok) {
            wrong.add(situation);
        }
    }
}
