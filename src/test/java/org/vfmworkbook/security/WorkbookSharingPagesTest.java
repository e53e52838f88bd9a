package org.vfmworkbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.workbook.AuditEntry;
import org.vfmworkbook.workbook.WorkbookService;

/** An editor shares a workbook read-only with someone from another council, then withdraws it; both are in the audit trail. */
@QuarkusTest
class WorkbookSharingPagesTest {

    @Test
    void sharingGivesReadOnlyAccessUntilItIsWithdrawn() {
        WorkbookService workbooks =
                Arc.container().instance(WorkbookService.class).get();
        WorkbookSharing sharing =
                Arc.container().instance(WorkbookSharing.class).get();
        long id = workbooks.createOrResume("E06000047", "2021-22").id();
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, "E06000047");
        SignIn.SignedIn outsider = SignIn.as(Role.COUNCIL_VIEWER, "E08000035");
        outsider.given().get("/workbooks/" + id).then().statusCode(404);

        editor.given()
                .get("/workbooks/" + id + "/sharing")
                .then()
                .statusCode(200)
                .body(containsString("not shared with anyone outside your council"));
        editor.form()
                .formParam("username", "nobody@example.gov.uk")
                .post("/workbooks/" + id + "/sharing")
                .then()
                .statusCode(422)
                .body(containsString("There is no account with this email address"));
        assertThat(sharing.active(id)).as("shares after the refused form").isEmpty();
        editor.form()
                .formParam("username", outsider.username())
                .post("/workbooks/" + id + "/sharing")
                .then()
                .statusCode(303);

        outsider.given().get("/workbooks/" + id).then().statusCode(200);
        outsider.form()
                .formParam("director-summary", "Changed by an outsider")
                .post("/workbooks/" + id + "/summary")
                .then()
                .statusCode(403);
        editor.given()
                .get("/workbooks/" + id + "/summary")
                .then()
                .statusCode(200)
                .body(not(containsString("Changed by an outsider")));
        outsider.given().get("/workbooks/" + id + "/sharing").then().statusCode(403);
        outsider.form()
                .formParam(
                        "username", SignIn.as(Role.COUNCIL_VIEWER, "E08000036").username())
                .post("/workbooks/" + id + "/sharing")
                .then()
                .statusCode(403);

        List<WorkbookShare> shares = sharing.active(id);
        assertThat(shares)
                .as("only the editor's share; the outsider's was refused")
                .hasSize(1);
        long shareId = shares.get(0).id;
        editor.form()
                .post("/workbooks/" + id + "/sharing/" + shareId + "/withdraw")
                .then()
                .statusCode(303);
        outsider.given().get("/workbooks/" + id).then().statusCode(404);

        List<AuditEntry> trail = workbooks.auditTrail(id);
        assertThat(trail)
                .filteredOn(entry -> "WorkbookShare".equals(entry.what))
                .extracting(e -> e.oldValue + " -> " + e.newValue)
                .containsExactly("null -> user " + outsider.username(), "user " + outsider.username() + " -> null");
        assertThat(trail)
                .filteredOn(entry -> "WorkbookShare".equals(entry.what))
                .extracting(e -> e.who)
                .containsOnly(editor.username());
    }
}
