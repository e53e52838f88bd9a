package org.vfmworkbook.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.security.Accounts;
import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.PdfText;
import org.vfmworkbook.testing.Releases;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.workbook.WorkbookService;

/**
 * A director releases Darlington (North East) to the region's peers, then to everyone, then withdraws it (ADR 0011). At each stage
 * every kind of viewer reads the regional page, its CSV, the trend view and a named session's page, step page, pack page and pack
 * PDF, which name Darlington (its name or code) exactly when the table below says.
 */
@QuarkusTest
class ReleaseTest {

    private static final String NORTH_EAST = "E12000001";
    private static final String DARLINGTON = "E06000005";
    private static final String HARTLEPOOL = "E06000001";
    private static final String NEWCASTLE = "E08000021";
    private static final String KENT = "E10000016";
    private static final String STEP = "spend-per-head";

    @Inject
    WorkbookService workbooks;

    @Inject
    CouncilReleases releases;

    @Inject
    Accounts accounts;

    /** A viewer, whether they see the session at all, and whether Darlington is named to them unreleased, to peers, to all. */
    private record Viewer(SignIn.SignedIn session, boolean inSession, String named) {}

    @Test
    void eachViewerSeesDarlingtonNamedOrAsALetterExactlyAsItsDirectorReleasesAndWithdrawsIt() {
        SignIn.SignedIn darlingtonDirector = SignIn.director(DARLINGTON);
        SignIn.SignedIn darlingtonEditor = SignIn.as(Role.COUNCIL_EDITOR, DARLINGTON, false);
        SignIn.SignedIn hartlepoolDirector = SignIn.director(HARTLEPOOL);
        SignIn.SignedIn administrator = SignIn.administrator();
        Map<String, Viewer> viewers = new LinkedHashMap<>();
        viewers.put("Darlington's director", new Viewer(darlingtonDirector, true, "YYY"));
        viewers.put("Darlington's other editor", new Viewer(darlingtonEditor, true, "YYY"));
        viewers.put("Darlington's viewer", new Viewer(SignIn.as(Role.COUNCIL_VIEWER, DARLINGTON), true, "YYY"));
        viewers.put("Hartlepool's director", new Viewer(hartlepoolDirector, true, "YYY"));
        viewers.put("Hartlepool's editor", new Viewer(SignIn.as(Role.COUNCIL_EDITOR, HARTLEPOOL, false), true, "NYY"));
        SignIn.SignedIn northEastPeer = SignIn.as(Role.PEER_REVIEWER, NEWCASTLE);
        viewers.put("the North East's peer reviewer (facilitating)", new Viewer(northEastPeer, true, "NYY"));
        viewers.put("Kent's editor", new Viewer(SignIn.as(Role.COUNCIL_EDITOR, KENT, false), false, "NNY"));
        viewers.put("Kent's peer reviewer", new Viewer(SignIn.as(Role.PEER_REVIEWER, KENT), false, "NNY"));
        viewers.put("the administrator (who takes no part in sessions)", new Viewer(administrator, false, "NNY"));

        Releases.release(darlingtonDirector, NORTH_EAST, "UNRELEASED"); // whatever another test left
        String session = namedSessionWithDarlingtonAndHartlepool(northEastPeer, darlingtonEditor, hartlepoolDirector);

        List<String> wrong = new ArrayList<>();
        check(viewers, 0, session, wrong);
        Releases.release(darlingtonDirector, NORTH_EAST, "PEERS");
        check(viewers, 1, session, wrong);
        Releases.release(darlingtonDirector, NORTH_EAST, "ALL");
        check(viewers, 2, session, wrong);
        Releases.release(darlingtonDirector, NORTH_EAST, "UNRELEASED"); // withdrawn: back to a letter
        check(viewers, 0, session, wrong);
        assertThat(wrong).isEmpty();

        List<CouncilReleaseChange> changes = releases.status(DARLINGTON).history().stream()
                .filter(c -> c.who.equals(darlingtonDirector.username()))
                .toList();
        assertThat(changes)
                .extracting(c -> c.councilCode + " " + c.fromStage + " -> " + c.toStage + " " + c.withdrawal())
                .containsExactly(
                        DARLINGTON + " UNRELEASED -> PEERS false",
                        DARLINGTON + " PEERS -> ALL false",
                        DARLINGTON + " ALL -> UNRELEASED true");
        assertThat(changes).allSatisfy(c -> assertThat(c.at).isNotNull());
        darlingtonDirector
                .given()
                .get("/regions/" + NORTH_EAST + "/release")
                .then()
                .statusCode(200)
                .body(containsString("id=\"release-history\""))
                .body(containsString("(withdrawn)"));
    }

    private String namedSessionWithDarlingtonAndHartlepool(
            SignIn.SignedIn facilitator, SignIn.SignedIn darlingtonEditor, SignIn.SignedIn hartlepoolDirector) {
        String session = facilitator
                .form()
                .formParam("title", "Release test")
                .formParam("region", NORTH_EAST)
                .formParam("year", "2021-22")
                .formParam("councils", "named")
                .post("/peer-sessions")
                .then()
                .statusCode(303)
                .extract()
                .header("Location")
                .replaceFirst("^https?://[^/]+", "");
        darlingtonEditor
                .form()
                .formParam(
                        "workbook",
                        String.valueOf(
                                workbooks.createOrResume(DARLINGTON, "2021-22").id()))
                .post(session + "/participants")
                .then()
                .statusCode(303);
        hartlepoolDirector
                .form()
                .formParam(
                        "workbook",
                        String.valueOf(
                                workbooks.createOrResume(HARTLEPOOL, "2021-22").id()))
                .post(session + "/participants")
                .then()
                .statusCode(303);
        return session;
    }

    private static void check(Map<String, Viewer> viewers, int stage, String session, List<String> wrong) {
        for (Map.Entry<String, Viewer> entry : viewers.entrySet()) {
            Viewer viewer = entry.getValue();
            boolean named = viewer.named().charAt(stage) == 'Y';
            Map<String, String> outputs = new LinkedHashMap<>();
            outputs.put("regional page", get(viewer.session(), "/regions/" + NORTH_EAST + "?year=2021-22"));
            outputs.put("CSV", get(viewer.session(), "/regions/" + NORTH_EAST + "/values.csv?year=2021-22"));
            outputs.put("trend view", get(viewer.session(), "/regions/" + NORTH_EAST + "/trends"));
            if (viewer.inSession()) {
                outputs.put("session page", get(viewer.session(), session));
                outputs.put("session step", get(viewer.session(), session + "/steps/" + STEP));
                outputs.put("pack page", get(viewer.session(), session + "/pack"));
                outputs.put(
                        "pack PDF",
                        PdfText.of(viewer.session()
                                        .given()
                                        .get(session + "/pack.pdf")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asByteArray())
                                .text());
            } else {
                viewer.session().given().get(session).then().statusCode(404);
            }
            outputs.forEach((what, output) -> {
                boolean names = Pattern.compile("(?<![A-Za-z])Darlington(?![A-Za-z])")
                        .matcher(output)
                        .find();
                boolean code = output.contains(DARLINGTON);
                if (names != named || (!named && code)) {
                    wrong.add(ReleaseStage.values()[stage] + ": " + entry.getKey() + "'s " + what
                            + (named ? " does not name" : " names") + " Darlington" + (code ? " (its code)" : ""));
                }
                if (!named && !output.contains("Council A")) {
                    wrong.add(
                            ReleaseStage.values()[stage] + ": " + entry.getKey() + "'s " + what + " shows no letters");
                }
            });
        }
    }

    private static String get(SignIn.SignedIn who, String path) {
        return who.given()
                .redirects()
                .follow(true)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void onlyTheRegionsDirectorsReachTheReleasePageAndEachChangesOnlyTheirOwnCouncil() {
        String page = "/regions/" + NORTH_EAST + "/release";
        List<String> before = List.of(releaseOf(DARLINGTON), releaseOf(KENT));
        for (SignIn.SignedIn other : List.of(
                SignIn.as(Role.COUNCIL_EDITOR, DARLINGTON),
                SignIn.as(Role.COUNCIL_VIEWER, DARLINGTON),
                SignIn.as(Role.PEER_REVIEWER, DARLINGTON),
                SignIn.administrator(),
                SignIn.director(KENT))) {
            other.given().accept("text/html").get(page).then().statusCode(403);
            other.form()
                    .accept("text/html")
                    .formParam("stage", "ALL")
                    .formParam("confirm", "confirmed")
                    .formParam("version", "0")
                    .post(page)
                    .then()
                    .statusCode(403);
        }
        assertThat(List.of(releaseOf(DARLINGTON), releaseOf(KENT)))
                .as("the refused changes changed no council's release")
                .isEqualTo(before);
        SignIn.SignedIn hartlepoolDirector = SignIn.director(HARTLEPOOL);
        hartlepoolDirector
                .given()
                .accept("text/html")
                .get("/regions/E12999999/release")
                .then()
                .statusCode(404);
        ReleaseStage darlington = releases.status(DARLINGTON).stage();
        Releases.release(hartlepoolDirector, NORTH_EAST, "PEERS");
        assertThat(releases.status(HARTLEPOOL).stage()).isEqualTo(ReleaseStage.PEERS);
        assertThat(releases.status(DARLINGTON).stage()).isEqualTo(darlington);
        Releases.release(hartlepoolDirector, NORTH_EAST, "UNRELEASED");
        // the regional view links a director to the page; nobody else
        hartlepoolDirector
                .given()
                .get("/regions/" + NORTH_EAST + "?year=2021-22")
                .then()
                .statusCode(200)
                .body(containsString("id=\"release-link\" href=\"" + page + "\""));
        SignIn.as(Role.COUNCIL_EDITOR, HARTLEPOOL)
                .given()
                .redirects()
                .follow(true)
                .get("/regions/" + NORTH_EAST + "?year=2021-22")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("release-link")));
    }

    @Test
    void aChangeNeedsAStageAndTheConfirmationAndIsRefusedWhenTheStageChangedMeanwhile() {
        SignIn.SignedIn director = SignIn.director(NEWCASTLE);
        String page = "/regions/" + NORTH_EAST + "/release";
        long version = releases.status(NEWCASTLE).version();
        director.form()
                .accept("text/html")
                .formParam("version", String.valueOf(version))
                .post(page)
                .then()
                .statusCode(422)
                .body(containsString("Error: Release your council"))
                .body(containsString("Choose who may see your council named"))
                .body(containsString("Confirm that you are deciding this for your council"));
        assertThat(releases.status(NEWCASTLE).version())
                .as("unchanged by the refused form")
                .isEqualTo(version);
        director.form()
                .formParam("stage", "PEERS")
                .formParam("confirm", "confirmed")
                .formParam("version", String.valueOf(version))
                .post(page)
                .then()
                .statusCode(303)
                .header("Location", containsString(page + "?changed=true"));
        director.given()
                .get(page + "?changed=true")
                .then()
                .statusCode(200)
                .body(containsString("govuk-notification-banner--success"))
                .body(containsString("Newcastle upon Tyne: released to the region&#39;s peers"));
        // the same form again, from before that change: someone else's change is not overwritten
        director.form()
                .accept("text/html")
                .formParam("stage", "ALL")
                .formParam("confirm", "confirmed")
                .formParam("version", String.valueOf(version))
                .post(page)
                .then()
                .statusCode(409)
                .body(containsString("Someone else changed your council"));
        assertThat(releases.status(NEWCASTLE).stage()).isEqualTo(ReleaseStage.PEERS);
        Releases.release(director, NORTH_EAST, "UNRELEASED");
        // posted without the CSRF token, on the current version: refused
        director.given()
                .contentType(io.restassured.http.ContentType.URLENC)
                .formParam("stage", "ALL")
                .formParam("confirm", "confirmed")
                .formParam("version", String.valueOf(releases.status(NEWCASTLE).version()))
                .post(page)
                .then()
                .statusCode(403);
        assertThat(releases.status(NEWCASTLE).stage()).isEqualTo(ReleaseStage.UNRELEASED);
    }

    /** A council's release as "stage, version", to compare before and after a refused change. */
    private String releaseOf(String council) {
        CouncilReleases.Status status = releases.status(council);
        return council + ": " + status.stage() + ", version " + status.version();
    }

    @Test
    void anAdministratorMakesACouncilEditorADirectorOnTheAccountsPage() {
        String username = SignIn.newAccount(Role.COUNCIL_EDITOR, HARTLEPOOL, false);
        SignIn.SignedIn administrator = SignIn.administrator();
        long id = accounts.findByUsername(username).orElseThrow().id;
        administrator
                .given()
                .get("/admin/accounts")
                .then()
                .statusCode(200)
                .body(containsString("action=\"/admin/accounts/" + id + "/director\""));
        administrator
                .form()
                .formParam("director", "true")
                .post("/admin/accounts/" + id + "/director")
                .then()
                .statusCode(303);
        assertThat(accounts.findByUsername(username).orElseThrow().director).isTrue();
        SignIn.SignedIn director = SignIn.existing(username);
        director.given().get("/regions/" + NORTH_EAST + "/release").then().statusCode(200);
        administrator
                .form()
                .formParam("director", "false")
                .post("/admin/accounts/" + id + "/director")
                .then()
                .statusCode(303);
        assertThat(accounts.findByUsername(username).orElseThrow().director).isFalse();
        director.given().get("/regions/" + NORTH_EAST + "/release").then().statusCode(403);

        String created = "new-director-" + System.nanoTime() + "@example.gov.uk";
        administrator
                .form()
                .formParam("displayName", "A new director")
                .formParam("username", created)
                .formParam("role", "COUNCIL_EDITOR")
                .formParam("councilCode", HARTLEPOOL)
                .formParam("director", "true")
                .formParam("password", SignIn.PASSWORD)
                .formParam("confirmPassword", SignIn.PASSWORD)
                .post("/admin/accounts")
                .then()
                .statusCode(303);
        assertThat(accounts.findByUsername(created).orElseThrow().director).isTrue();
    }
}
