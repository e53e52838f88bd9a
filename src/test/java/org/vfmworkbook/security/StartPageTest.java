package org.vfmworkbook.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.testing.WorkbookForms;
import org.vfmworkbook.workbook.WorkbookService;
import org.vfmworkbook.workbook.WorkbookSummary;

/** The start page lists only what the signed-in person may read: their own council's workbooks, and, apart, those shared with them. */
@QuarkusTest
class StartPageTest {

    private static final String NORTH_WEST = "E12000002";

    @Inject
    WorkbookService workbooks;

    @Inject
    WorkbookSharing sharing;

    @Inject
    Accounts accounts;

    @Test
    void anotherCouncilsWorkbooksAreNotListedUnlessSharedAndSharedOnesAreListedApart() {
        String eastSussex = "E10000011";
        String cheshireEast = "E06000049";
        String wigan = "E08000010";
        WorkbookSummary own = workbooks.createOrResume(eastSussex, WorkbookForms.YEAR);
        WorkbookSummary unshared = workbooks.createOrResume(wigan, WorkbookForms.YEAR);
        WorkbookSummary shared = workbooks.createOrResume(cheshireEast, WorkbookForms.YEAR);
        SignIn.SignedIn viewer = SignIn.as(Role.COUNCIL_VIEWER, eastSussex);
        User cheshireEditor = new User(
                "editor@cheshireeast.example.gov.uk", "C", Role.COUNCIL_EDITOR, cheshireEast, NORTH_WEST, false);
        sharing.shareWithUser(shared.id(), cheshireEditor, viewer.username());

        viewer.given()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("Your council's workbooks"))
                .body(containsString("<a class=\"govuk-link\" href=\"" + own.href() + "\">" + own.title() + "</a>"))
                .body(containsString("Workbooks shared with you"))
                .body(containsString(">" + shared.title() + "</a>"))
                .body(not(containsString(unshared.title())))
                .body(containsString("In progress"));

        SignIn.SignedIn reviewer = SignIn.as(Role.PEER_REVIEWER, wigan);
        reviewer.given()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("Your council has no workbooks yet."))
                .body(not(containsString(unshared.title())))
                .body(not(containsString(own.title())));
        sharing.shareWithRegion(shared.id(), cheshireEditor, NORTH_WEST);
        reviewer.given()
                .get("/")
                .then()
                .body(containsString(">" + shared.title() + "</a>"))
                .body(not(containsString(unshared.title())));
        SignIn.administrator()
                .given()
                .get("/")
                .then()
                .statusCode(200)
                .body(not(containsString(own.title())))
                .body(not(containsString(shared.title())));
    }

    @Test
    void onlyEditorsAreOfferedTheFormAndOnlyForTheirOwnCouncil() {
        String dorset = "E06000059";
        SignIn.as(Role.COUNCIL_EDITOR, dorset)
                .given()
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("id=\"start-form\""))
                .body(containsString("<option value=\"" + dorset + "\""))
                .body(not(containsString("<option value=\"E10000011\"")));
        for (SignIn.SignedIn reader : java.util.List.of(
                SignIn.as(Role.COUNCIL_VIEWER, dorset),
                SignIn.as(Role.PEER_REVIEWER, dorset),
                SignIn.administrator())) {
            reader.given()
                    .get("/")
                    .then()
                    .statusCode(200)
                    .body(not(containsString("id=\"start-form\"")))
                    .body(containsString("id=\"no-new-workbooks\""));
        }
    }
}
