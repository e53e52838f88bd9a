package org.vfmworkbook.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.NationalDataStore;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RegionalViewTest {

    private static SignIn.SignedIn session;

    /** Regional views need sign-in: a peer reviewer's session. */
    private static io.restassured.specification.RequestSpecification given() {
        if (session == null) {
            session = SignIn.as(Role.PEER_REVIEWER, "E10000016");
        }
        return session.given().redirects().follow(true);
    }


    private static final String NORTH_EAST = "E12000001";
    private static final String NEWCASTLE = "E08000021";

    @Inject
    NationalDataStore store;

    @Inject
    RegionalViews views;

    @Test
    void showsTheRegionsCouncilsInAlphabeticalOrderOnEveryMeasureNeverByValue() {
        RegionalView view = views.view(NORTH_EAST, "2021-22", null, null);
        List<String> names = store.councils().stream().filter(c -> c.regionCode().equals(NORTH_EAST) && c.existedIn(2021))
                .map(CouncilRecord::name).sorted().toList();
        assertThat(names).hasSize(12);
        boolean someMeasureDiffersFromValueOrder = false;
        for (RegionalView.StepMeasures step : view.steps()) {
            for (RegionalView.Measure measure : step.measures()) {
                assertThat(measure.rows()).extracting(RegionalView.Row::label).as(measure.metricId()).isEqualTo(names);
                List<Double> values = measure.rows().stream().map(RegionalView.Row::value).filter(v -> v != null).toList();
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
        given().get("/regions/" + NORTH_EAST + "?year=2021-22").then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-xl\">North East</h1>"))
                .body(containsString("Newcastle upon Tyne"))
                .body(containsString("class=\"app-chart\""))
                .body(containsString("England median"));
    }

    @Test
    void anonymisedPagesAndCsvNameNoCouncilButTheViewersOwn() {
        String location = given().redirects().follow(false)
                .get("/regions/" + NORTH_EAST + "?year=2021-22&mode=anonymised&viewer=" + NEWCASTLE)
                .then().statusCode(303).extract().header("Location");
        assertThat(location).contains("seed=");
        String page = given().get(location).then().statusCode(200).extract().asString();
        String csv = given().get(location.replace("/regions/" + NORTH_EAST + "?", "/regions/" + NORTH_EAST + "/values.csv?"))
                .then().statusCode(200).extract().asString();
        for (String output : List.of(page, csv)) {
            assertThat(output).contains("Newcastle upon Tyne").contains("Council A");
            for (CouncilRecord council : store.councils()) {
                if (council.code().equals(NEWCASTLE)) {
                    continue;
                }
                assertThat(output).as("leaks %s", council.name()).doesNotContainPattern(
                        "(?<![A-Za-z])" + Pattern.quote(council.name()) + "(?![A-Za-z])");
                assertThat(output).as("leaks %s", council.code()).doesNotContain(council.code());
            }
        }
    }

    @Test
    void drawsTheLettersAfreshForEachSession() {
        List<String> codes = store.councils().stream().filter(c -> c.regionCode().equals(NORTH_EAST) && c.existedIn(2021))
                .map(CouncilRecord::code).toList();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        codes.forEach(c -> names.put(c, c));
        java.util.Set<String> lettersForFirstCouncil = new java.util.HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            lettersForFirstCouncil.add(CouncilLabels.anonymised(codes, names, null, seed).label(codes.get(0)));
        }
        assertThat(lettersForFirstCouncil).hasSizeGreaterThan(5);
    }

    @Test
    void saysWhichRegionWasNotFound() {
        given().accept("text/html").get("/regions/E12999999?year=2021-22").then().statusCode(404)
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
