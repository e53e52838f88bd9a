package org.vfmworkbook.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.workbook.WorkbookService;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PeerSessionPagesTest {

    private static SignIn.SignedIn session;

    /** Peer sessions need sign-in: a peer reviewer's session, with the CSRF token on every form. */
    private static io.restassured.specification.RequestSpecification given() {
        if (session == null) {
            session = SignIn.as(Role.PEER_REVIEWER, "E06000005");
        }
        return session.form().redirects().follow(true);
    }


    private static final String NORTH_EAST = "E12000001";
    private static final String DARLINGTON = "E06000005";
    private static final String HARTLEPOOL = "E06000001";

    @Inject
    WorkbookService workbooks;

    @Test
    void aFacilitatorRunsASessionWhereTwoCouncilsJoinAPeerChallengesAndTheCouncilReplies() {
        long darlington = workbooks.createOrResume(DARLINGTON, "2021-22").id();
        long hartlepool = workbooks.createOrResume(HARTLEPOOL, "2021-22").id();

        String session = given().redirects().follow(false).formParam("title", "North East peer challenge")
                .formParam("region", NORTH_EAST).formParam("year", "2021-22")
                .post("/peer-sessions").then().statusCode(303).extract().header("Location");
        String path = session.replaceFirst("^https?://[^/]+", "");

        given().redirects().follow(false).formParam("workbook", String.valueOf(darlington))
                .post(path + "/participants").then().statusCode(303);
        given().redirects().follow(false).formParam("workbook", String.valueOf(hartlepool))
                .post(path + "/participants").then().statusCode(303);
        given().get(path).then().statusCode(200).body(containsString("Darlington")).body(containsString("Hartlepool"));

        given().redirects().follow(false).formParam("council", DARLINGTON)
                .formParam("challenge-" + DARLINGTON, "Why is spend per adult above the region's median? <script>x</script>")
                .post(path + "/steps/spend-per-head/challenges").then().statusCode(303);
        String page = given().get(path + "/steps/spend-per-head").then().statusCode(200)
                .body(containsString("Why is spend per adult above the region&#39;s median? &lt;script&gt;x&lt;/script&gt;"))
                .body(containsString("class=\"app-chart\""))
                .extract().asString();
        String commentId = page.replaceAll("(?s).*id=\"challenge-(\\d+)\".*", "$1");
        assertThat(commentId).matches("\\d+");

        given().redirects().follow(false).formParam("step", "spend-per-head")
                .formParam("reply-" + commentId, "Our home care market is dearer; see the cost of care exercise.")
                .post(path + "/challenges/" + commentId + "/replies").then().statusCode(303);
        given().get(path + "/steps/spend-per-head").then().statusCode(200)
                .body(containsString("Our home care market is dearer"));

        given().redirects().follow(false).formParam("what", "Darlington to share its market position statement")
                .formParam("owner", "Director, Darlington").formParam("due", "2027-03-31")
                .post(path + "/follow-ups").then().statusCode(303);
        given().redirects().follow(false).formParam("notes", "Good discussion of home care rates.")
                .post(path + "/notes").then().statusCode(303);
        given().get(path).then().statusCode(200).body(containsString("market position statement"))
                .body(containsString("31 March 2027")).body(containsString("Good discussion of home care rates."));

        // Withdrawing hides the council's answers and challenges from the session.
        given().redirects().follow(false).post(path + "/participants/" + darlington + "/withdraw").then().statusCode(303);
        given().get(path + "/steps/spend-per-head").then().statusCode(200)
                .body(not(containsString("Our home care market is dearer")))
                .body(not(containsString("id=\"council-" + DARLINGTON + "\"")));
    }

    @Test
    void rejectsAnIncompleteSessionWith422AndKeepsTheInput() {
        given().formParam("title", "Kept title").formParam("region", "").post("/peer-sessions").then().statusCode(422)
                .body(containsString("Error: Peer-challenge sessions"))
                .body(containsString("Choose the region"))
                .body(containsString("value=\"Kept title\""));
    }

    @Test
    void rejectsAWorkbookFromAnotherRegion() {
        long kent = workbooks.createOrResume("E10000016", "2021-22").id();
        String path = given().redirects().follow(false).formParam("title", "North East again")
                .formParam("region", NORTH_EAST).formParam("year", "2021-22")
                .post("/peer-sessions").then().statusCode(303).extract().header("Location")
                .replaceFirst("^https?://[^/]+", "");
        given().formParam("workbook", String.valueOf(kent)).post(path + "/participants").then().statusCode(422)
                .body(containsString("Only a North East workbook for 2021-22 can join this session"));
    }
}
