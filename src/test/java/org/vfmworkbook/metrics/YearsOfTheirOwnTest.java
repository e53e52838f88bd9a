package org.vfmworkbook.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.vfmworkbook.metrics.NationalDataApiTest.flags;
import static org.vfmworkbook.metrics.NationalDataApiTest.metric;
import static org.vfmworkbook.testing.Api.given;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Every year the shipped files hold is a year of its own (issue 13, F.1). Golden figures are read by hand from the
 * shipped files: the 2021-22 ASC-FR/SALT workbook's previous-year columns, T2's first year, Oflog's file, ONS mid-2019
 * estimates and ASHE 2021.
 */
@QuarkusTest
class YearsOfTheirOwnTest {

    private static final String KENT = "E10000016";
    private static final Offset<Double> PENNY = Offset.offset(0.005);

    @Test
    void listsEveryFinancialYearTheShippedFilesHoldNewestFirst() {
        given().get("/api/years")
                .then()
                .statusCode(200)
                .body(
                        "",
                        equalTo(List.of(
                                "2022-23", "2021-22", "2020-21", "2019-20", "2018-19", "2017-18", "2016-17",
                                "2015-16")));
    }

    @jakarta.inject.Inject
    NationalComparisons comparisons;

    @Test
    void offersWorkbooksOnlyTheYearsWhoseFilesPublishSpend() {
        // 2019-20 has T2's activity counts only, 2015-16 to 2018-19 and 2022-23 Oflog's measures only
        assertThat(comparisons.workbookYears()).containsExactly("2021-22", "2020-21");
    }

    @Test
    void answersWithoutAYearWithTheNewestWorkbookYearNotTheNewestYearOfAnyFile() {
        given().get("/api/councils/" + KENT + "/metrics").then().statusCode(200).body("year", equalTo("2021-22"));
    }

    @Test
    void givesTheUnitCostsT52PublishesFor2020To21AsPublished() {
        // ASC-FR 2021-22, T52 row 158 (Kent): Nursing 2020-21 F £906.41, G £737.69; Residential 2020-21 L £1,459.30,
        // M £669.61; T51 row 157, 2020-21 External G £20.26
        JsonPath kent = metrics(KENT, "2020-21");
        // (the cells hold the unrounded figure the table shows to the penny)
        assertThat(value(kent, "unit-cost-nursing-18-64")).isCloseTo(906.41, PENNY);
        assertThat(value(kent, "unit-cost-nursing-65-plus")).isCloseTo(737.69, PENNY);
        assertThat(value(kent, "unit-cost-residential-18-64")).isCloseTo(1459.30, PENNY);
        assertThat(value(kent, "unit-cost-residential-65-plus")).isCloseTo(669.61, PENNY);
        assertThat(value(kent, "unit-cost-home-care-hourly")).isCloseTo(20.26, PENNY);
        assertThat(metric(kent, "unit-cost-nursing-18-64").get("sources")).isEqualTo(List.of("T52!F158"));
    }

    @Test
    void comparesNorthamptonshireInItsLastYearAndItsSuccessorsFromTheirFirst() {
        // T52 row 74 (Northamptonshire): Nursing 2020-21, 18 to 64, F £1,169.00; its 2021-22 cells are [x]
        assertThat(value(metrics("E10000021", "2020-21"), "unit-cost-nursing-18-64"))
                .isCloseTo(1169.00, PENNY);
        given().get("/api/councils/E10000021/metrics?year=2021-22").then().statusCode(404);
        given().get("/api/councils/E06000061/metrics?year=2020-21").then().statusCode(404);
    }

    @Test
    void keepsThePublishedSpendPerAdultFor2020To21() {
        // T16 row 157: 2020-21 GCE £619,751k over the population the table gives, 1,242,486: £498.80 a head, which is
        // the published £49,880k per 100,000 adults
        Map<String, Object> spend = metric(metrics(KENT, "2020-21"), "gce-per-adult");
        assertThat(((Number) spend.get("value")).doubleValue()).isCloseTo(498.80, PENNY);
        assertThat(spend.get("sources")).isEqualTo(List.of("T16!G157", "T16!H157"));
    }

    @Test
    void dividesByTheMidYear2019EstimateWhereThe2020To21TablesPublishNoPopulation() {
        // T17 row 158, 2020-21: long-term £249,237k + short-term £4,686k for 18-64; T12 has no 2020-21 population, so
        // the ONS mid-2019 estimate of Kent's 18-64s stands in, flagged
        Map<String, Object> spend = metric(metrics(KENT, "2020-21"), "gce-per-adult-18-64");
        assertThat(((Number) spend.get("numerator")).doubleValue()).isCloseTo(253_923, Offset.offset(0.5));
        assertThat(flags(spend)).contains("POPULATION_FROM_ONS");
        assertThat((List<?>) spend.get("sources"))
                .anySatisfy(s -> assertThat((String) s).startsWith("MYE2 - Persons!"));
    }

    @Test
    void saysAMetricAYearLacksIsNotPublishedForThatYearNeverZero() {
        JsonPath earlier = metrics(KENT, "2019-20");
        // T2 publishes 2019-20 requests (row 159, F 14,285) but no population for 2019-20 is held
        Map<String, Object> requests = metric(earlier, "requests-per-100k-18-64");
        assertThat(requests.get("value")).isNull();
        assertThat(requests.get("status")).isEqualTo("NOT_PUBLISHED_FOR_YEAR");
        assertThat(requests.get("statusText")).isEqualTo("Not published for this year");
        Map<String, Object> costs = metric(earlier, "unit-cost-nursing-65-plus");
        assertThat(costs.get("value")).isNull();
        assertThat(costs.get("status")).isEqualTo("NOT_PUBLISHED_FOR_YEAR");
        assertThat(metric(metrics(KENT, "2021-22"), "unit-cost-nursing-65-plus").get("status"))
                .isEqualTo("AVAILABLE");
    }

    @Test
    void givesOflogsMeasuresInEachOfTheirYears() {
        Map<String, Object> turnover = metric(metrics(KENT, "2016-17"), "oflog-workforce-turnover");
        assertThat(turnover.get("status")).isEqualTo("AVAILABLE");
        assertThat(turnover.get("year")).isEqualTo("2016-17");
        assertThat(turnover.get("sourceYear")).isEqualTo("2016-17");
    }

    @Test
    void computesMedianResidentPayFromAshe2021() {
        // ASHE 2021 Table 8.7a, sheet All, row 287 (Kent), Median D: £27,174
        Map<String, Object> pay = metric(metrics(KENT, "2021-22"), "median-resident-annual-pay");
        assertThat(((Number) pay.get("value")).doubleValue()).isEqualTo(27_174);
        assertThat(pay.get("sources")).isEqualTo(List.of("All!D287"));
        assertThat(metric(metrics(KENT, "2020-21"), "median-resident-annual-pay")
                        .get("status"))
                .isEqualTo("NOT_PUBLISHED_FOR_YEAR");
    }

    @Test
    void exportsEveryMetricInEveryYearAsCsvSayingWhatAYearDoesNotPublish() {
        String csv = given().get("/api/councils/" + KENT + "/metrics.csv")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("council_code,council,data_year,metric_id");
        assertThat(lines.stream().skip(1).map(l -> l.split(",")[2]).distinct())
                .containsExactly(
                        "2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23");
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith("E10000016,Kent,2020-21,unit-cost-nursing-18-64,")
                        .contains(",906.4", ",Available,2020-21,"));
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith("E10000016,Kent,2019-20,unit-cost-nursing-18-64,")
                        .contains(",,Not published for this year,"));
    }

    private static JsonPath metrics(String council, String year) {
        return given().get("/api/councils/" + council + "/metrics?year=" + year)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static double value(JsonPath json, String id) {
        return ((Number) metric(json, id).get("value")).doubleValue();
    }
}
