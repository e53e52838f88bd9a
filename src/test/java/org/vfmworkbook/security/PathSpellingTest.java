package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.peer.PeerSession;
import org.vfmworkbook.peer.PeerSessions;
import org.vfmworkbook.testing.RawHttp;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.testing.WorkbookForms;
import org.vfmworkbook.workbook.WorkbookService;

/**
 * The bypasses an attacker found on the packaged app, each by spelling a path differently from the route it reaches: access is
 * decided on the matched resource method, so no spelling changes the answer.
 */
@QuarkusTest
class PathSpellingTest {

    private static final String KENT = "E10000016";
    private static final String SURREY = "E10000030";
    private static final String NORTH_EAST = "E12000001";
    private static final String DARLINGTON = "E06000005";
    private static final String YEAR = WorkbookForms.YEAR;

    private static WorkbookService workbooks() {
        return Arc.container().instance(WorkbookService.class).get();
    }

    @Test
    void anEditorWithoutSignOffRightsCannotSignOffThroughATrailingSlash() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, KENT, false);
        long workbook = WorkbookForms.open(editor, KENT);
        String version = WorkbookForms.version(editor, "/workbooks/" + workbook + "/summary");

        int status = editor.form()
                .formParam("version", version)
                .formParam("declaration", "confirmed")
                .post("/workbooks/" + workbook + "/sign-off/")
                .statusCode();

        assertThat(status).as("POST /workbooks/%d/sign-off/", workbook).isIn(403, 404);
        assertThat(workbooks().summary(workbook).signedOffAt())
                .as("signed off at")
                .isNull();
    }

    @Test
    void theSignOffPageThroughATrailingSlashIsRefusedToReadersAndOtherCouncils() {
        long kent = workbooks().createOrResume(KENT, YEAR).id();
        for (SignIn.SignedIn who : List.of(
                SignIn.as(Role.COUNCIL_VIEWER, KENT),
                SignIn.as(Role.PEER_REVIEWER, KENT),
                SignIn.as(Role.COUNCIL_EDITOR, SURREY),
                SignIn.as(Role.COUNCIL_VIEWER, SURREY))) {
            int status = who.given().get("/workbooks/" + kent + "/sign-off/").statusCode();
            assertThat(status)
                    .as(who.username() + " GET /workbooks/" + kent + "/sign-off/")
                    .isNotEqualTo(200);
        }
    }

    @Test
    void anOptionsRequestSaysNothingAboutAnotherCouncilsWorkbook() {
        long kent = workbooks().createOrResume(KENT, YEAR).id();
        RawHttp.Reply reply = RawHttp.send(
                "OPTIONS", "/workbooks/" + kent + "/sign-off", SignIn.as(Role.COUNCIL_EDITOR, SURREY), null);

        assertThat(reply.status())
                .as("OPTIONS /workbooks/" + kent + "/sign-off")
                .isBetween(200, 499);
        assertThat(reply.body()).doesNotContain(workbooks().summary(kent).title());
    }

    @Test
    void aPeerReviewerCannotStartASessionForAnotherRegion() {
        SignIn.SignedIn kentReviewer = SignIn.as(Role.PEER_REVIEWER, KENT);

        int status = kentReviewer
                .form()
                .formParam("title", "Started for another region")
                .formParam("region", NORTH_EAST)
                .formParam("year", YEAR)
                .formParam("councils", "named")
                .post("/peer-sessions")
                .statusCode();

        assertThat(status).isEqualTo(403);
        assertThat(PeerSession.count("title", "Started for another region"))
                .as("sessions created")
                .isZero();
    }

    @Test
    void aFacilitatorCannotPullACouncilsWorkbookIntoASessionThroughATrailingSlash() {
        SignIn.SignedIn reviewer = SignIn.as(Role.PEER_REVIEWER, DARLINGTON);
        SignIn.SignedIn administrator = SignIn.administrator();
        SignIn.SignedIn darlingtonEditor = SignIn.as(Role.COUNCIL_EDITOR, DARLINGTON);
        long darlington = WorkbookForms.open(darlingtonEditor, DARLINGTON);
        WorkbookForms.answerStepOne(darlingtonEditor, darlington, "Unshared: out-of-area placements")
                .then()
                .statusCode(303);
        PeerSessions sessions = Arc.container().instance(PeerSessions.class).get();
        for (SignIn.SignedIn facilitator : List.of(reviewer, administrator)) {
            long session = sessions.create(NORTH_EAST, YEAR, "Pulled in", facilitator.username(), false);

            int status = facilitator
                    .form()
                    .formParam("workbook", String.valueOf(darlington))
                    .post("/peer-sessions/" + session + "/participants/")
                    .statusCode();

            assertThat(status)
                    .as(facilitator.username() + " POST /peer-sessions/" + session + "/participants/")
                    .isIn(403, 404);
            assertThat(sessions.accessFor(session).orElseThrow().participatingCouncils())
                    .as("councils taking part")
                    .isEmpty();
            assertThat(facilitator
                            .given()
                            .get("/peer-sessions/" + session + "/steps/" + WorkbookForms.STEP)
                            .asString())
                    .doesNotContain("Unshared: out-of-area placements");
        }
    }

    /**
     * Sessions that a peer reviewer of another region, or an administrator, started before sessions were limited to the
     * facilitator's own region: their starter is no facilitator of them, sees nothing of them and cannot challenge in them.
     */
    @Test
    void theStarterOfASessionForAnotherRegionCannotChallengeOrSeeIt() {
        SignIn.SignedIn darlingtonEditor = SignIn.as(Role.COUNCIL_EDITOR, DARLINGTON);
        long darlington = WorkbookForms.open(darlingtonEditor, DARLINGTON);
        WorkbookForms.answerStepOne(darlingtonEditor, darlington, "Shared with the session only")
                .then()
                .statusCode(303);
        PeerSessions sessions = Arc.container().instance(PeerSessions.class).get();
        for (SignIn.SignedIn starter : List.of(SignIn.as(Role.PEER_REVIEWER, KENT), SignIn.administrator())) {
            long session = sessions.create(NORTH_EAST, YEAR, "Started elsewhere", starter.username(), false);
            sessions.join(session, darlington);
            String step = "/peer-sessions/" + session + "/steps/" + WorkbookForms.STEP;
            SignIn.SignedIn darlingtonReviewer = SignIn.as(Role.PEER_REVIEWER, DARLINGTON);
            String participant = darlingtonReviewer
                    .given()
                    .get(step)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString()
                    .replaceAll("(?s).*id=\"participant-(\\d+)\".*", "$1");

            int status = starter.form()
                    .formParam("participant", participant)
                    .formParam("challenge-to-" + participant, "From afar")
                    .post(step + "/challenges")
                    .statusCode();

            assertThat(status)
                    .as(starter.username() + " POST " + step + "/challenges")
                    .isEqualTo(404);
            assertThat(starter.given().get(step).statusCode()).as("GET " + step).isEqualTo(404);
            assertThat(darlingtonReviewer.given().get(step).asString())
                    .as("the session's step page")
                    .doesNotContain("From afar");
        }
    }

    @Test
    void aUserOfACouncilNotTakingPartCannotChallenge() {
        SignIn.SignedIn facilitator = SignIn.as(Role.PEER_REVIEWER, DARLINGTON);
        SignIn.SignedIn darlingtonEditor = SignIn.as(Role.COUNCIL_EDITOR, DARLINGTON);
        long darlington = WorkbookForms.open(darlingtonEditor, DARLINGTON);
        PeerSessions sessions = Arc.container().instance(PeerSessions.class).get();
        long session = sessions.create(NORTH_EAST, YEAR, "Challenges", facilitator.username(), false);
        sessions.join(session, darlington);
        String participant = facilitator
                .given()
                .get("/peer-sessions/" + session + "/steps/" + WorkbookForms.STEP)
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replaceAll("(?s).*id=\"participant-(\\d+)\".*", "$1");
        for (SignIn.SignedIn outsider : List.of(
                SignIn.as(Role.COUNCIL_EDITOR, "E06000001"),
                SignIn.as(Role.COUNCIL_EDITOR, KENT),
                SignIn.as(Role.COUNCIL_VIEWER, SURREY))) {
            for (String path : List.of(
                    "/peer-sessions/" + session + "/steps/" + WorkbookForms.STEP + "/challenges",
                    "/peer-sessions/" + session + "/steps/" + WorkbookForms.STEP + "/challenges/")) {
                int status = outsider.form()
                        .formParam("participant", participant)
                        .formParam("challenge-to-" + participant, "From outside")
                        .post(path)
                        .statusCode();
                assertThat(status).as(outsider.username() + " POST " + path).isIn(403, 404);
            }
        }
        assertThat(facilitator
                        .given()
                        .get("/peer-sessions/" + session + "/steps/" + WorkbookForms.STEP)
                        .asString())
                .doesNotContain("From outside");
    }

    /** Issue K.3: 300 anonymous connections with a {@code ;} in the path stayed open for 27 s without an answer. */
    @Test
    void anAnonymousRequestWithASemicolonOrACommaIsAnsweredAtOnce() {
        for (String path : List.of(
                "/workbooks/1;a=b",
                "/;a=b",
                "/sign-in;jsessionid=1",
                "/peer-sessions;x",
                "/workbooks/1,2",
                "/regions?year=2021-22;x",
                "/regions?year=a,b",
                "/?q=%22quoted%22")) {
            assertThat(RawHttp.send("GET", path, null, null).status())
                    .as("GET " + path + " answered within " + RawHttp.TIMEOUT_MS + " ms")
                    .isIn(301, 302, 400, 404);
        }
    }
}
