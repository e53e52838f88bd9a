package org.vfmworkbook.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.NationalDataStore;
import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.CouncilLeaks;
import org.vfmworkbook.testing.PdfText;
import org.vfmworkbook.testing.Releases;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.workbook.AnswerInput;
import org.vfmworkbook.workbook.AnswerService;
import org.vfmworkbook.workbook.WorkbookService;

@QuarkusTest
class PeerSessionPagesTest {

    private static final String NORTH_EAST = "E12000001";
    private static final String DARLINGTON = "E06000005";
    private static final String HARTLEPOOL = "E06000001";
    private static final String KENT = "E10000016";
    private static final String STEP = "spend-per-head";

    private static SignIn.SignedIn facilitator;
    private static SignIn.SignedIn darlingtonEditor;
    private static SignIn.SignedIn hartlepoolEditor;
    private static SignIn.SignedIn kentEditor;

    @Inject
    WorkbookService workbooks;

    @Inject
    AnswerService answers;

    @Inject
    NationalDataStore store;

    @Inject
    RegionalViews views;

    @Inject
    PeerSessions sessions;

    @BeforeEach
    void givenAFacilitatorAndTwoNorthEastEditors() {
        if (facilitator == null) {
            facilitator = SignIn.as(Role.PEER_REVIEWER, "E06000002"); // Middlesbrough: facilitates its own region
            darlingtonEditor = SignIn.as(Role.COUNCIL_EDITOR, DARLINGTON);
            hartlepoolEditor = SignIn.as(Role.COUNCIL_EDITOR, HARTLEPOOL);
            kentEditor = SignIn.as(Role.COUNCIL_EDITOR, KENT);
        }
    }

    private static RequestSpecification as(SignIn.SignedIn who) {
        return who.form().accept("text/html");
    }

    private static String start(String title, String councils) {
        return as(facilitator)
                .formParam("title", title)
                .formParam("region", NORTH_EAST)
                .formParam("year", "2021-22")
                .formParam("councils", councils)
                .post("/peer-sessions")
                .then()
                .statusCode(303)
                .extract()
                .header("Location")
                .replaceFirst("^https?://[^/]+", "");
    }

    private static void join(SignIn.SignedIn editor, String session, long workbook) {
        as(editor)
                .formParam("workbook", String.valueOf(workbook))
                .post(session + "/participants")
                .then()
                .statusCode(303);
    }

    private long darlingtonWorkbookWithAJudgement() {
        long id = workbooks.createOrResume(DARLINGTON, "2021-22").id();
        long version = workbooks.step(id, STEP).version();
        answers.save(
                id,
                STEP,
                version,
                List.of(
                        new AnswerInput(
                                "drivers-of-spend",
                                "Learning disability placements out of area account for most of the gap.",
                                null,
                                List.of()),
                        new AnswerInput("judgement", null, "amber", List.of())));
        return id;
    }

    /** The pack as its reader gets it; kept in target/report-pdfs/session-pack.pdf to be looked at (pdftoppm). */
    private static PdfText pack(SignIn.SignedIn who, String session) {
        byte[] pdf = who.given()
                .get(session + "/pack.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/report-pdfs"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/report-pdfs/session-pack.pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return PdfText.of(pdf);
    }

    /**
     * The facilitator here comes from another region, so sees the two councils named only once their directors have released
     * them to everyone signed in (ADR 0011); they are withdrawn again afterwards.
     */
    @Test
    void aFacilitatorRunsASessionWhereTwoCouncilsJoinAPeerChallengesTheCouncilRepliesAndThePackHoldsItAll() {
        List<SignIn.SignedIn> directors = List.of(SignIn.director(DARLINGTON), SignIn.director(HARTLEPOOL));
        directors.forEach(director -> Releases.release(director, NORTH_EAST, "ALL"));
        try {
            facilitatorRunsASession();
        } finally {
            directors.forEach(director -> Releases.release(director, NORTH_EAST, "UNRELEASED"));
        }
    }

    private void facilitatorRunsASession() {
        long darlington = darlingtonWorkbookWithAJudgement();
        long hartlepool = workbooks.createOrResume(HARTLEPOOL, "2021-22").id();
        String session = start("North East peer challenge", "named");

        // A region's editor finds the session to join in the list, though the session itself is not yet theirs to see.
        darlingtonEditor
                .given()
                .get("/peer-sessions")
                .then()
                .statusCode(200)
                .body(containsString("Sessions your council can join"))
                .body(containsString("North East peer challenge"));
        darlingtonEditor.given().get(session).then().statusCode(404);
        join(darlingtonEditor, session, darlington);
        join(hartlepoolEditor, session, hartlepool);
        facilitator
                .given()
                .get(session)
                .then()
                .statusCode(200)
                .body(containsString("Darlington"))
                .body(containsString("Hartlepool"))
                .body(containsString("Facilitated by Test " + Role.PEER_REVIEWER.label()))
                .body(not(containsString(facilitator.username()))); // an e-mail address could name a council

        String participant = facilitator
                .given()
                .get(session + "/steps/" + STEP)
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replaceAll(
                        "(?s).*<section class=\"app-council-position\" id=\"participant-(\\d+)\">\\s*<h3 class=\"govuk-heading-m\">Darlington<.*",
                        "$1");
        assertThat(participant).matches("\\d+");
        as(facilitator)
                .formParam("participant", participant)
                .formParam(
                        "challenge-to-" + participant,
                        "Why is spend per adult above the region's median? <script>x</script>")
                .post(session + "/steps/" + STEP + "/challenges")
                .then()
                .statusCode(303);
        String page = darlingtonEditor
                .given()
                .get(session + "/steps/" + STEP)
                .then()
                .statusCode(200)
                .body(containsString(
                        "Why is spend per adult above the region&#39;s median? &lt;script&gt;x&lt;/script&gt;"))
                .body(containsString("class=\"app-chart\""))
                .extract()
                .asString();
        String commentId = page.replaceAll("(?s).*id=\"challenge-(\\d+)\".*", "$1");
        assertThat(commentId).matches("\\d+");

        // Only the challenged council's editor replies; the other council may not answer for it.
        as(hartlepoolEditor)
                .formParam("step", STEP)
                .formParam("reply-" + commentId, "Not ours to answer")
                .post(session + "/challenges/" + commentId + "/replies")
                .then()
                .statusCode(403);
        as(darlingtonEditor)
                .formParam("step", STEP)
                .formParam("reply-" + commentId, "Our home care market is dearer; see the cost of care exercise.")
                .post(session + "/challenges/" + commentId + "/replies")
                .then()
                .statusCode(303);
        facilitator
                .given()
                .get(session + "/steps/" + STEP)
                .then()
                .statusCode(200)
                .body(containsString("Our home care market is dearer"))
                .body(not(containsString("Not ours to answer")))
                .body(containsString("Challenge from Test " + Role.PEER_REVIEWER.label()))
                .body(not(containsString(facilitator.username())))
                .body(containsString("Reply from Test " + Role.COUNCIL_EDITOR.label()))
                .body(not(containsString(darlingtonEditor.username())));

        // Only the facilitator records follow-ups and notes.
        as(darlingtonEditor)
                .formParam("what", "A follow-up only the facilitator may record")
                .formParam("owner", "Anyone")
                .post(session + "/follow-ups")
                .then()
                .statusCode(403);
        as(facilitator)
                .formParam("what", "Darlington to share its market position statement")
                .formParam("owner", "Director, Darlington")
                .formParam("due-day", "31")
                .formParam("due-month", "3")
                .formParam("due-year", "2027")
                .post(session + "/follow-ups")
                .then()
                .statusCode(303);
        as(facilitator)
                .formParam("notes", "Good discussion of home care rates.")
                .post(session + "/notes")
                .then()
                .statusCode(303);
        darlingtonEditor
                .given()
                .get(session)
                .then()
                .statusCode(200)
                .body(containsString("market position statement"))
                .body(containsString("31 March 2027"))
                .body(containsString("Good discussion of home care rates."))
                .body(not(containsString("A follow-up only the facilitator may record")))
                .body(not(containsString("id=\"session-notes\"")));

        PdfText pdf = pack(darlingtonEditor, session);
        assertThat(pdf.title()).isEqualTo("Peer-challenge session pack: North East peer challenge");
        assertThat(pdf.text())
                .contains("Why is spend per adult above the region's median? <script>x</script>")
                .contains("Our home care market is dearer; see the cost of care exercise.")
                .contains("Step 1: Spend per head")
                .contains("Step 13:")
                .contains("Learning disability placements out of area account for most of the gap.")
                .contains("Judgement: Amber")
                .contains("Darlington to share its market position statement")
                .contains("Director, Darlington")
                .contains("31 March 2027")
                .contains("Good discussion of home care rates.")
                .contains("Region median")
                .contains("England median")
                // the trend of each measure with two years or more, for the session's councils
                .contains("Over time: the session's councils")
                .contains("over the years held, 2020-21 to 2021-22: the session's councils")
                .contains("North East – 2021-22 – page 1 of " + pdf.pages().size())
                .doesNotContain("DRAFT");
        // the session at a glance, before the steps: Darlington amber at step 1, a dash where it has not judged
        assertThat(pdf.pages().get(0)).contains("The session at a glance");
        assertThat(pdf.pages().get(0).lines())
                .anyMatch(line -> line.matches(".*Darlington\\s+Amber(\\s+\u2013){12}\\s*"));
        facilitator
                .given()
                .get(session + "/pack")
                .then()
                .statusCode(200)
                .body(containsString("Our home care market is dearer"))
                .body(containsString("market position statement"))
                .body(containsString("<th scope=\"row\" class=\"govuk-table__header\">Darlington</th>"
                        + "<td class=\"govuk-table__cell\">Amber</td><td class=\"govuk-table__cell\">\u2013</td>"));

        // Withdrawing hides the council's answers and challenges from the session, and the council no longer sees it.
        as(darlingtonEditor)
                .post(session + "/participants/" + darlington + "/withdraw")
                .then()
                .statusCode(303);
        facilitator
                .given()
                .get(session + "/steps/" + STEP)
                .then()
                .statusCode(200)
                .body(not(containsString("Our home care market is dearer")))
                .body(not(containsString("<h3 class=\"govuk-heading-m\">Darlington</h3>")));
        assertThat(pack(facilitator, session).text())
                .doesNotContain("Darlington Amber")
                .doesNotContain("Our home care market is dearer")
                .doesNotContain("Learning disability placements out of area");
        darlingtonEditor.given().get(session).then().statusCode(404);
    }

    @Test
    void onlyThoseInTheSessionSeeItAndEveryoneElseGetsNotFound() {
        String session = start("Visible only to the session", "named");
        join(
                hartlepoolEditor,
                session,
                workbooks.createOrResume(HARTLEPOOL, "2021-22").id());
        SignIn.SignedIn northEastReviewer = SignIn.as(Role.PEER_REVIEWER, DARLINGTON);
        SignIn.SignedIn anotherAdministrator = SignIn.administrator();

        for (SignIn.SignedIn outsider :
                List.of(kentEditor, anotherAdministrator, SignIn.as(Role.COUNCIL_VIEWER, DARLINGTON))) {
            outsider.given()
                    .get("/peer-sessions")
                    .then()
                    .statusCode(200)
                    .body(not(containsString("Visible only to the session")));
            for (String path : List.of(session, session + "/steps/" + STEP, session + "/pack", session + "/pack.pdf")) {
                outsider.given()
                        .get(path)
                        .then()
                        .statusCode(404)
                        .body(not(containsString("Visible only to the session")));
            }
            as(outsider)
                    .formParam("notes", "Notes written by an outsider")
                    .post(session + "/notes")
                    .then()
                    .statusCode(404);
        }
        facilitator
                .given()
                .get(session)
                .then()
                .statusCode(200)
                .body(not(containsString("Notes written by an outsider")));
        for (SignIn.SignedIn insider : List.of(facilitator, northEastReviewer, hartlepoolEditor)) {
            insider.given()
                    .get("/peer-sessions")
                    .then()
                    .statusCode(200)
                    .body(containsString("Visible only to the session"));
            insider.given().get(session + "/pack.pdf").then().statusCode(200);
        }
        // A council editor may not join with another council's workbook, nor start a session.
        as(darlingtonEditor)
                .formParam(
                        "workbook",
                        String.valueOf(
                                workbooks.createOrResume(HARTLEPOOL, "2021-22").id()))
                .post(session + "/participants")
                .then()
                .statusCode(403);
        assertThat(sessions.accessFor(idOf(session)).orElseThrow().participatingCouncils())
                .as("councils taking part")
                .containsExactly(HARTLEPOOL);
        as(darlingtonEditor)
                .formParam("title", "A session a council editor may not start")
                .formParam("region", NORTH_EAST)
                .formParam("year", "2021-22")
                .post("/peer-sessions")
                .then()
                .statusCode(403);
        assertThat(PeerSession.count("title", "A session a council editor may not start"))
                .isZero();
    }

    @Test
    void anAnonymisedSessionsPagesAndPackNameOnlyTheViewersOwnCouncil() {
        long darlington = darlingtonWorkbookWithAJudgement();
        String session = start("Anonymised peer challenge", "anonymised");
        join(darlingtonEditor, session, darlington);
        join(
                hartlepoolEditor,
                session,
                workbooks.createOrResume(HARTLEPOOL, "2021-22").id());
        String participant = darlingtonEditor
                .given()
                .get(session + "/steps/" + STEP)
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .replaceAll(
                        "(?s).*<section class=\"app-council-position\" id=\"participant-(\\d+)\">\\s*<h3 class=\"govuk-heading-m\">Council [A-Z]+<.*",
                        "$1");
        as(darlingtonEditor)
                .formParam("participant", participant)
                .formParam("challenge-to-" + participant, "How do you commission?")
                .post(session + "/steps/" + STEP + "/challenges")
                .then()
                .statusCode(303);

        for (SignIn.SignedIn viewer : List.of(darlingtonEditor, facilitator)) {
            String own = viewer == darlingtonEditor ? DARLINGTON : null;
            List<String> outputs = List.of(
                    viewer.given().get(session).then().statusCode(200).extract().asString(),
                    viewer.given()
                            .get(session + "/steps/" + STEP)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString(),
                    viewer.given()
                            .get(session + "/pack")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString(),
                    pack(viewer, session).text());
            assertThat(outputs.subList(1, 4))
                    .allSatisfy(output -> assertThat(output).contains("How do you commission?"));
            for (String output : outputs) {
                assertThat(output).contains("Council A");
                if (own != null) {
                    assertThat(output).contains("Darlington");
                }
                CouncilLeaks.assertNamesNoCouncilBut(output, store.councils(), own);
            }
        }
    }

    @Test
    void thePackListsTheRegionsCouncilsAlphabeticallyNeverByValue() {
        String session = start("Order of councils", "named");
        SignIn.SignedIn director = SignIn.director(HARTLEPOOL); // sees every council of the region named (ADR 0011)
        join(director, session, workbooks.createOrResume(HARTLEPOOL, "2021-22").id());
        List<String> names = store.councils().stream()
                .filter(c -> c.regionCode().equals(NORTH_EAST) && c.existedIn(2021))
                .map(CouncilRecord::name)
                .sorted()
                .toList();
        String stepOne = pack(director, session).pageWith("Step 1:");
        // The first measure's table, after its header: each council's first word where a long name may wrap in its
        // cell.
        String table = stepOne.substring(stepOne.indexOf("Council Value Note"));
        List<Integer> positions = names.stream()
                .map(name -> {
                    java.util.regex.Matcher m = Pattern.compile(
                                    "(?<![A-Za-z])" + Pattern.quote(name.split(" ")[0]) + "(?![A-Za-z])")
                            .matcher(table);
                    return m.find() ? m.start() : -1;
                })
                .toList();
        assertThat(positions).doesNotContain(-1).isSorted();
        // and alphabetical is not the order of the figures, on the step's first measure (so alphabetical is no rank)
        RegionalView.Measure first = views.view(
                        NORTH_EAST,
                        "2021-22",
                        false,
                        null,
                        org.vfmworkbook.testing.Visibilities.aDirectorIn(NORTH_EAST))
                .steps()
                .get(0)
                .measures()
                .get(0);
        List<Double> values = first.rows().stream().map(RegionalView.Row::value).toList();
        assertThat(first.rows()).extracting(RegionalView.Row::label).isEqualTo(names);
        assertThat(values)
                .isNotEqualTo(values.stream().sorted().toList())
                .isNotEqualTo(values.stream()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
    }

    @Test
    void rejectsAnIncompleteSessionWith422AndKeepsTheInput() {
        as(facilitator)
                .formParam("title", "Kept title")
                .formParam("region", "")
                .post("/peer-sessions")
                .then()
                .statusCode(422)
                .body(containsString("Error: Peer-challenge sessions"))
                .body(containsString("Choose the region"))
                .body(containsString("value=\"Kept title\""));
        assertThat(PeerSession.count("title", "Kept title"))
                .as("sessions created")
                .isZero();
    }

    @Test
    void rejectsAWorkbookFromAnotherYear() {
        String session = start("North East again", "named");
        // Only a North East editor may join at all; the year is checked against the session's.
        as(kentEditor)
                .formParam(
                        "workbook",
                        String.valueOf(workbooks.createOrResume(KENT, "2021-22").id()))
                .post(session + "/participants")
                .then()
                .statusCode(404);
        facilitator.given().get(session).then().statusCode(200).body(not(containsString("Kent")));
        assertThat(sessions.accessFor(idOf(session)).orElseThrow().participatingCouncils())
                .as("councils taking part")
                .isEmpty();
    }

    private static long idOf(String session) {
        return Long.parseLong(session.replaceAll(".*/peer-sessions/(\\d+).*", "$1"));
    }
}
