package org.vfmworkbook.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.metrics.Statistics;
import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.DatasetKind;
import org.vfmworkbook.nationaldata.DatasetRecord;
import org.vfmworkbook.nationaldata.NationalDataStore;
import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.CouncilLeaks;
import org.vfmworkbook.testing.OflogCsv;
import org.vfmworkbook.testing.SignIn;

/** The trend view against the shipped Oflog file, read here independently of the importer. */
@QuarkusTest
class TrendViewsTest {

    private static final String NORTH_EAST = "E12000001";
    private static final String SOUTH_WEST = "E12000009";

    @Inject
    TrendViews trends;

    @Inject
    NationalDataStore store;

    @Inject
    NationalComparisons comparisons;

    private static List<Map<String, String>> rows(String region, String code) {
        return OflogCsv.rows().stream()
                .filter(r -> r.get("Grouping").equals("LA_Raw"))
                .filter(r -> region == null || r.get("Region").equals(region))
                .filter(r -> r.get("Code").equals(code))
                .toList();
    }

    private static TrendView.Measure measure(TrendView view, String code) {
        return view.measures().stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static Double valueOf(TrendView.Measure measure, String council, String year) {
        TrendView.Row row = measure.rows().stream()
                .filter(r -> r.councilCode().equals(council))
                .findFirst()
                .orElseThrow();
        return row.values().get(measure.years().indexOf(year));
    }

    @Test
    void showsACouncilsValueAsTheFilePublishesIt() {
        Map<String, String> golden = rows("North East", "ASC5").stream()
                .filter(r -> r.get("Local authority name").equals("Newcastle upon Tyne")
                        && r.get("Financial year").equals("2018-19"))
                .findFirst()
                .orElseThrow();
        TrendView.Measure asc5 = measure(
                trends.view(NORTH_EAST, false, null, org.vfmworkbook.testing.Visibilities.aDirectorIn(NORTH_EAST)),
                "ASC5");
        assertThat(valueOf(asc5, golden.get("Local authority code"), "2018-19"))
                .isEqualTo(Double.valueOf(golden.get("Value")));
    }

    @Test
    void listsTheRegionsCouncilsAlphabeticallyOnEveryMeasure() {
        List<String> names = store.councils().stream()
                .filter(c -> c.regionCode().equals(NORTH_EAST))
                .map(CouncilRecord::name)
                .sorted()
                .toList();
        TrendView view =
                trends.view(NORTH_EAST, false, null, org.vfmworkbook.testing.Visibilities.aDirectorIn(NORTH_EAST));
        assertThat(view.measures())
                .extracting(TrendView.Measure::code)
                .containsExactly("ASC1", "ASC2", "ASC3", "ASC4", "ASC5", "ASC6", "ASC7");
        for (TrendView.Measure measure : view.measures()) {
            assertThat(measure.rows())
                    .extracting(TrendView.Row::label)
                    .as(measure.code())
                    .isEqualTo(names);
            assertThat(measure.table().rows()).hasSize(names.size() + 2);
        }
    }

    @Test
    void showsAValueTheFileDoesNotHoldAsNotAvailableNeverZero() {
        Map<String, String> blank = rows("North East", "ASC7").stream()
                .filter(r -> r.get("Value").isEmpty())
                .findFirst()
                .orElseThrow();
        TrendView.Measure asc7 = measure(
                trends.view(NORTH_EAST, false, null, org.vfmworkbook.testing.Visibilities.aDirectorIn(NORTH_EAST)),
                "ASC7");
        String council = blank.get("Local authority code");
        String year = blank.get("Financial year");
        assertThat(valueOf(asc7, council, year)).isNull();
        int row = asc7.rows().stream().map(TrendView.Row::councilCode).toList().indexOf(council);
        assertThat(asc7.table()
                        .rows()
                        .get(row)
                        .cells()
                        .get(1 + asc7.years().indexOf(year))
                        .text())
                .isEqualTo("Not available");
    }

    @Test
    void computesEveryMedianItselfFromTheCouncilsValuesNotFromOflogsMedianColumn() {
        TrendView view =
                trends.view(NORTH_EAST, false, null, org.vfmworkbook.testing.Visibilities.aDirectorIn(NORTH_EAST));
        for (String code : List.of("ASC6", "ASC7")) {
            TrendView.Measure measure = measure(view, code);
            for (String year : measure.years()) {
                List<Double> england = rows(null, code).stream()
                        .filter(r -> r.get("Financial year").equals(year))
                        .filter(r -> !r.get("Value").isEmpty())
                        .map(r -> Double.valueOf(r.get("Value")))
                        .toList();
                List<Double> region = rows("North East", code).stream()
                        .filter(r -> r.get("Financial year").equals(year))
                        .filter(r -> !r.get("Value").isEmpty())
                        .map(r -> Double.valueOf(r.get("Value")))
                        .toList();
                int at = measure.years().indexOf(year);
                assertThat(measure.englandMedians().get(at))
                        .as(code + " " + year)
                        .isEqualTo(Statistics.of(england).median());
                assertThat(measure.regionMedians().get(at))
                        .as(code + " " + year)
                        .isEqualTo(Statistics.of(region).median());
            }
        }
        // Oflog's own MEDIAN for ASC6 in 2020-21 differs from the median of its values in the tenth decimal place.
        TrendView.Measure asc6 = measure(view, "ASC6");
        String oflogMedian = rows(null, "ASC6").stream()
                .filter(r -> r.get("Financial year").equals("2020-21"))
                .findFirst()
                .orElseThrow()
                .get("MEDIAN");
        assertThat(asc6.englandMedians().get(asc6.years().indexOf("2020-21")))
                .isNotEqualTo(Double.valueOf(oflogMedian));
    }

    @Test
    void keepsCouncilsAbolishedIn2019UnderTheirOwnNamesAndEachOflogYearIsADataYear() {
        TrendView.Measure asc5 = measure(
                trends.view(SOUTH_WEST, false, null, org.vfmworkbook.testing.Visibilities.aDirectorIn(SOUTH_WEST)),
                "ASC5");
        assertThat(valueOf(asc5, "E06000028", "2018-19"))
                .isEqualTo(rows("South West", "ASC5").stream()
                        .filter(r -> r.get("Local authority code").equals("E06000028")
                                && r.get("Financial year").equals("2018-19"))
                        .map(r -> Double.valueOf(r.get("Value")))
                        .findFirst()
                        .orElseThrow());
        assertThat(valueOf(asc5, "E06000028", "2019-20")).isNull();
        assertThat(asc5.rows()).extracting(TrendView.Row::label).contains("Bournemouth (abolished 2019)");
        assertThat(store.datasets())
                .filteredOn(d -> d.kind() == DatasetKind.OFLOG_ASC)
                .extracting(DatasetRecord::dataYear)
                .containsExactly("2022-23");
        assertThat(comparisons.years()).contains("2015-16", "2022-23");
    }

    @Test
    void servesThePageWithATablePerMeasureAndALinkFromTheRegionalView() {
        SignIn.SignedIn reviewer =
                SignIn.director("E08000021"); // a director of the region sees every council named: no seed
        reviewer.given()
                .get("/regions/" + NORTH_EAST + "/trends")
                .then()
                .statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-xl\">North East</h1>"))
                .body(containsString("Median of North East councils"))
                .body(containsString("Median of all England&#39;s councils"))
                .body(containsString("this is not a ranking"))
                .body(containsString("Not available"))
                .body(not(containsString("rank_order")));
        reviewer.given()
                .redirects()
                .follow(true)
                .get("/regions/" + NORTH_EAST)
                .then()
                .statusCode(200)
                .body(containsString("href=\"/regions/" + NORTH_EAST + "/trends\""));
    }

    @Test
    void anonymisedTrendsNameNoCouncilButTheViewersOwn() {
        String newcastle = "E08000021";
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, newcastle);
        String page = editor.given()
                .redirects()
                .follow(true)
                .get("/regions/" + NORTH_EAST + "/trends?mode=anonymised")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(page).contains("Council A").contains("Newcastle upon Tyne");
        CouncilLeaks.assertNamesNoCouncilBut(page, store.councils(), newcastle);
    }
}
