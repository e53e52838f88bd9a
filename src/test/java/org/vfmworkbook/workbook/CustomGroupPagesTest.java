package org.vfmworkbook.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.metrics.StatisticalNeighbours;
import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.testing.WorkbookForms;

/** Choosing a workbook's own comparison group: from the neighbours, by search, type and region, without JavaScript. */
@QuarkusTest
class CustomGroupPagesTest {

    /** Each test its own council, as workbooks are one per council and year and other tests open theirs. */
    private static final String WARWICKSHIRE = "E10000031";

    private static final String CAMBRIDGESHIRE = "E10000003";
    private static final String DERBYSHIRE = "E10000007";
    private static final String DEVON = "E10000008";
    private static final String SOMERSET = "E10000027";
    private static final String CUMBRIA = "E10000006";
    private static final String SURREY = "E10000030";
    private static final String HAMPSHIRE = "E10000014";
    private static final List<String> FIVE_COUNTIES = List.of(SURREY, HAMPSHIRE, "E10000011", "E10000032", "E10000025");

    @Inject
    NationalComparisons comparisons;

    @Test
    void aNewGroupStartsFromTheStatisticalNeighboursTicked() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, WARWICKSHIRE);
        long id = WorkbookForms.open(editor, WARWICKSHIRE);
        List<String> neighbours = comparisons.requireYear(WorkbookForms.YEAR).neighbours().get(WARWICKSHIRE).stream()
                .map(StatisticalNeighbours.Neighbour::areaCode)
                .toList();

        String page =
                editor.given().get(path(id)).then().statusCode(200).extract().asString();

        assertThat(neighbours).hasSizeGreaterThanOrEqualTo(5);
        assertThat(page)
                .contains("Your " + neighbours.size()
                        + " statistical neighbours, the councils most like yours, are ticked")
                .contains("You have chosen " + neighbours.size() + " councils.")
                .doesNotContain("value=\"" + WARWICKSHIRE + "\"")
                .contains("County council, South East");
        neighbours.forEach(code -> assertThat(page).contains("value=\"" + code + "\" checked"));
        assertThat(page.split("type=\"checkbox\" value=\"E\\d+\" checked", -1)).hasSize(neighbours.size() + 1);
    }

    @Test
    void aGetQueryFiltersTheListAndKeepsTheChosenCouncilsItHides() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, CAMBRIDGESHIRE);
        long id = WorkbookForms.open(editor, CAMBRIDGESHIRE);

        editor.given()
                .queryParam("q", "york")
                .queryParam("chosen", SURREY + "," + HAMPSHIRE)
                .get(path(id))
                .then()
                .statusCode(200)
                .body(containsString(">North Yorkshire</label>"))
                .body(containsString(">York</label>"))
                .body(not(containsString(">Surrey</label>")))
                .body(containsString("<input type=\"hidden\" name=\"councils\" value=\"" + SURREY + "\">"))
                .body(containsString("You have chosen 2 councils."))
                .body(containsString("Show all councils"));
        editor.given()
                .queryParam("type", "LONDON_BOROUGH")
                .queryParam("region", "E12000007")
                .queryParam("chosen", SURREY)
                .get(path(id))
                .then()
                .body(containsString(">Camden</label>"))
                .body(not(containsString(">Surrey</label>")))
                .body(containsString("You have chosen 1 council."));
    }

    @Test
    void theFilterButtonComesBackAsAGetQueryWithTheTicksKept() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, DERBYSHIRE);
        long id = WorkbookForms.open(editor, DERBYSHIRE);

        editor.form()
                .formParam("action", "filter")
                .formParam("q", "north york")
                .formParam("type", "")
                .formParam("councils", SURREY, HAMPSHIRE)
                .post(path(id))
                .then()
                .statusCode(303)
                .header("Location", containsString(path(id) + "?q=north+york&chosen=" + SURREY + "%2C" + HAMPSHIRE));
        assertThat(workbookGroup(editor, id)).as("nothing saved").contains("statistical neighbours");
    }

    @Test
    void fiveOrMoreCouncilsAreSavedAndShownNextTime() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, DEVON);
        long id = WorkbookForms.open(editor, DEVON);

        save(editor, id, FIVE_COUNTIES).then().statusCode(303).header("Location", containsString("/workbooks/" + id));

        String page = workbookGroup(editor, id);
        assertThat(page)
                .doesNotContain("statistical neighbours, the councils most like yours")
                .contains("You have chosen 5");
        FIVE_COUNTIES.forEach(code -> assertThat(page).contains("value=\"" + code + "\" checked"));
    }

    @Test
    void fewerThanFiveOrTheCouncilItselfIsRefusedWithTheTicksKept() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, SOMERSET);
        long id = WorkbookForms.open(editor, SOMERSET);

        save(editor, id, List.of(SURREY, HAMPSHIRE))
                .then()
                .statusCode(422)
                .body(containsString("<title>Error: Choose your own comparison group – VfM Workbook</title>"))
                .body(containsString("<a href=\"#councils\">Choose at least 5 councils"))
                .body(containsString("you chose 2"))
                .body(containsString("value=\"" + SURREY + "\" checked"))
                .body(containsString("govuk-form-group--error"));
        save(editor, id, List.of(SOMERSET, SURREY, HAMPSHIRE, "E10000011", "E10000032", "E10000025"))
                .then()
                .statusCode(422)
                .body(containsString("Your own council is compared with the group, so it cannot be in it"));
        assertThat(workbookGroup(editor, id)).contains("statistical neighbours, the councils most like yours");
    }

    @Test
    void removingTheGroupStartsAgainFromTheNeighbours() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, CUMBRIA);
        long id = WorkbookForms.open(editor, CUMBRIA);
        save(editor, id, FIVE_COUNTIES).then().statusCode(303);

        editor.form().formParam("action", "remove").post(path(id)).then().statusCode(303);

        assertThat(workbookGroup(editor, id)).contains("statistical neighbours, the councils most like yours");
    }

    @Test
    void aViewerSeesTheGroupButCannotSaveIt() {
        SignIn.SignedIn viewer = SignIn.as(Role.COUNCIL_VIEWER, WARWICKSHIRE);
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, WARWICKSHIRE);
        long id = WorkbookForms.open(editor, WARWICKSHIRE);

        viewer.given().get(path(id)).then().statusCode(200).body(not(containsString("Save the group")));
        save(viewer, id, FIVE_COUNTIES).then().statusCode(403);
        assertThat(workbookGroup(editor, id))
                .as("the group after the viewer's refused save")
                .contains("statistical neighbours, the councils most like yours");
    }

    private static Response save(SignIn.SignedIn who, long id, List<String> codes) {
        return who.form().formParam("councils", codes.toArray()).post(path(id));
    }

    private static String workbookGroup(SignIn.SignedIn who, long id) {
        return who.given().get(path(id)).then().statusCode(200).extract().asString();
    }

    private static String path(long id) {
        return "/workbooks/" + id + "/custom-group";
    }
}
