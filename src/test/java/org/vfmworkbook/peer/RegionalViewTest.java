package org.vfmworkbook.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.NationalDataStore;
import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.CouncilLeaks;
import org.vfmworkbook.testing.SignIn;

@QuarkusTest
class RegionalViewTest {

    private static SignIn.SignedIn session;

    /** Regional views need sign-in: a session of a director of one of the region's councils. */
    private static io.restassured.specification.RequestSpecification given() {
        if (session == null) {
            session = SignIn.director(GATESHEAD); // a director of the region sees every council named (ADR 0011)
        }
        return session.given().redirects().follow(true);
    }

    private static final String NORTH_EAST = "E12000001";
    private static final String NEWCASTLE = "E08000021";
    private static final String GATESHEAD = "E08000037";

    @Inject
    NationalDataStore store;

    @Inject
    RegionalViews views;

    @Test
    void showsTheRegionsCouncilsInAlphabeticalOrderOnEveryMeasureNeverByValue() {
        RegionalView view = views.view(
                NORTH_EAST, "2021-22", false, null, org.vfmworkbook.testing.Visibilities.aDirectorIn(NORTH_EAST));
        List<String> names = store.councils().stream()
                .filter(c -> c.regionCode().equals(NORTH_EAST) && c.existedIn(2021))
                .map(CouncilRecord::name)
                .sorted()
                .toList();
        assertThat(names).hasSize(12);
        boolean someMeasureDiffersFromValueOrder = false;
        for (RegionalView.StepMeasures step : view.steps()) {
            for (RegionalView.Measure measure : step.measures()) {
                assertThat(measure.rows())
                        .extracting(RegionalView.Row::label)
                        .as(measure.metricId())
                        .isEqualTo(names);
                List<Double> values = measure.rows().stream()
                        .map(RegionalView.Row::value)
                        .filter(v -> v != null)
                        .toList();
                List<Double> sorted = new ArrayList<>(values);
                sorted.sort(Comparator.naturalOrder());
                List<Double> reversed = new ArrayList<>(sorted);
                java.util.Collections.reverse(reversed);
                someMeasureDiffersFromValueOrder |= !values.equals(sorted) && !values.equals(reversed);
            }
        }
        assertThat(someMeasureDiffersFromValueOrder).isTrue();
        assertThat(view.steps()).isNotEmpty();
    }

    @Test
    void servesTheNamedViewAsAPageWithChartsAndTables() {
        given().get("/regions/" + NORTH_EAST + "?year=2021-22")
                .then()
                .statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-xl\">North East</h1>"))
                .body(containsString("Newcastle upon Tyne"))
                .body(containsString("class=\"app-chart\""))
                .body(containsString("England median"));
    }

    /** The viewer is the signed-in council member's own council; a council named in the address is ignored. */
    @Test
    void anonymisedPagesAndCsvNameNoCouncilButTheViewersOwn() {
        SignIn.SignedIn newcastleEditor = SignIn.as(Role.COUNCIL_EDITOR, NEWCASTLE);
        assertNoCouncilNamedBut(NEWCASTLE, newcastleEditor, "&viewer=" + GATESHEAD);
        assertNoCouncilNamedBut(null, SignIn.as(Role.PEER_REVIEWER, NEWCASTLE), "&viewer=" + NEWCASTLE);
        assertNoCouncilNamedBut(null, SignIn.administrator(), "");
    }

    private void assertNoCouncilNamedBut(String own, SignIn.SignedIn viewer, String extra) {
        String location = viewer.given()
                .get("/regions/" + NORTH_EAST + "?year=2021-22&mode=anonymised" + extra)
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        assertThat(location).contains("seed=").doesNotContain("viewer=");
        String page =
                viewer.given().get(location).then().statusCode(200).extract().asString();
        String csv = viewer.given()
                .get(location.replace("/regions/" + NORTH_EAST + "?", "/regions/" + NORTH_EAST + "/values.csv?")
                        + extra)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String output : List.of(page, csv)) {
            assertThat(output).contains("Council A");
            if (own != null) {
                assertThat(output).contains("Newcastle upon Tyne");
            }
            CouncilLeaks.assertNamesNoCouncilBut(output, store.councils(), own);
        }
    }

    @Test
    void drawsTheLettersAfreshForEachSession() {
        List<String> codes = store.councils().stream()
                .filter(c -> c.regionCode().equals(NORTH_EAST) && c.existedIn(2021))
                .map(CouncilRecord::code)
                .toList();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        codes.forEach(c -> names.put(c, c));
        java.util.Set<String> lettersForFirstCouncil = new java.util.HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            lettersForFirstCouncil.add(
                    CouncilLabels.anonymised(codes, names, null, seed).label(codes.get(0)));
        }
        assertThat(lettersForFirstCouncil).hasSizeGreaterThan(5);
    }

    /**
     * The seed in the address is not the one the letters are drawn from: anyone can repeat a shuffle from a known seed and the
     * region's (published) council codes, so the address's seed must not say which council is which letter.
     */
    @Test
    void theSeedInTheAddressDoesNotTellWhichCouncilIsWhichLetter() {
        SignIn.SignedIn outsider = SignIn.as(Role.PEER_REVIEWER, "E10000016");
        String location = outsider.given()
                .get("/regions/" + NORTH_EAST + "?year=2021-22&mode=anonymised")
                .then()
                .statusCode(303)
                .extract()
                .header("Location");
        long seed = Long.parseLong(location.replaceAll(".*seed=(\\d+).*", "$1"));
        String csv = outsider.given()
                .get(location.replace("/regions/" + NORTH_EAST + "?", "/regions/" + NORTH_EAST + "/values.csv?"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        java.util.Map<String, List<String>> figuresByLabel = new java.util.HashMap<>();
        csv.lines()
                .skip(1)
                .map(line -> line.split(",", 7))
                .forEach(f -> figuresByLabel
                        .computeIfAbsent(f[4], k -> new ArrayList<>())
                        .add(f[5]));

        java.util.Map<String, List<String>> figuresByName = new java.util.HashMap<>();
        views.view(NORTH_EAST, "2021-22", false, null, org.vfmworkbook.testing.Visibilities.aDirectorIn(NORTH_EAST))
                .steps()
                .forEach(step -> step.measures()
                        .forEach(measure -> measure.rows()
                                .forEach(row -> figuresByName
                                        .computeIfAbsent(row.label(), k -> new ArrayList<>())
                                        .add(
                                                row.value() == null
                                                        ? ""
                                                        : row.value().toString()))));
        List<String> codes = views.councilCodes(views.snapshot("2021-22"), NORTH_EAST);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        store.councils().stream().filter(c -> codes.contains(c.code())).forEach(c -> names.put(c.code(), c.name()));
        CouncilLabels guessed = CouncilLabels.anonymised(codes, names, null, seed);
        java.util.Map<String, List<String>> guessedByLabel = new java.util.HashMap<>();
        codes.forEach(code -> guessedByLabel.put(guessed.label(code), figuresByName.get(names.get(code))));

        assertThat(figuresByLabel.keySet()).isEqualTo(guessedByLabel.keySet());
        assertThat(figuresByLabel).isNotEqualTo(guessedByLabel);
    }

    @Test
    void saysWhichRegionWasNotFound() {
        given().accept("text/html")
                .get("/regions/E12999999?year=2021-22")
                .then()
                .statusCode(404)
                .body(containsString("No English region with code E12999999"));
    }

    @Test
    void lettersRunFromAToZThenAA() {
        assertThat(CouncilLabels.letterFor(0)).isEqualTo("A");
        assertThat(CouncilLabels.letterFor(25)).isEqualTo("Z");
        assertThat(CouncilLabels.letterFor(26)).isEqualTo("AA");
        assertThat(CouncilLabels.letterFor(27)).isEqualTo("AB");
    }
}
