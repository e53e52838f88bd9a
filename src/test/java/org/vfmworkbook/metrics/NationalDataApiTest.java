package org.vfmworkbook.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.vfmworkbook.testing.Api.given;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NationalDataApiTest {

    @Test
    void listsEveryCouncilWithItsRegionAndType() {
        given().get("/api/councils")
                .then()
                .statusCode(200)
                .body("find { it.code == 'E10000016' }.name", equalTo("Kent"))
                .body("find { it.code == 'E10000016' }.region.code", equalTo("E12000008"))
                .body("find { it.code == 'E10000016' }.region.name", equalTo("South East"))
                .body("find { it.code == 'E10000016' }.type", equalTo("COUNTY"))
                .body("find { it.code == 'E10000021' }.replacedBy", hasItems("E06000061", "E06000062"));
    }

    @Test
    void listsTheDataYearsHeld() {
        given().get("/api/years").then().statusCode(200).body("", hasItems("2021-22", "2020-21"));
    }

    @Test
    void servesTheCatalogueIncludingWhatCannotBeComputedAndWhy() {
        given().get("/api/metrics")
                .then()
                .statusCode(200)
                .body("find { it.id == 'gce-per-adult' }.numerator.measures", hasItem("gross-current-expenditure"))
                .body("find { it.id == 'gce-per-adult' }.polarity", equalTo("neutral"))
                .body("find { it.id == 'delayed-transfers-of-care' }.computable", equalTo(false))
                .body(
                        "find { it.id == 'delayed-transfers-of-care' }.notComputableReason",
                        containsString("March 2020"));
    }

    @Test
    void givesOneMetricForEveryCouncilInNameOrderNeverByValue() {
        JsonPath json = given().get("/api/metrics/gce-per-adult/values?year=2021-22")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> names = json.getList("values.name");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.naturalOrder());
        assertThat(names).isEqualTo(sorted).hasSizeGreaterThan(150);
        List<Double> values = json.getList("values.value");
        List<Double> byValue =
                new ArrayList<>(values.stream().filter(v -> v != null).toList());
        byValue.sort(Comparator.reverseOrder());
        assertThat(values.stream().filter(v -> v != null).toList()).isNotEqualTo(byValue);
    }

    @Test
    void showsACouncilThatDidNotSubmitAsNotSubmittedNeverAsZero() {
        // Hackney submitted no 2021-22 return: every ASC-FR cell is "[x]".
        given().get("/api/metrics/gce-per-adult/values?year=2021-22")
                .then()
                .statusCode(200)
                .body("values.find { it.code == 'E09000012' }.value", nullValue())
                .body("values.find { it.code == 'E09000012' }.flags.code", hasItem("NOT_SUBMITTED"));
    }

    @Test
    void showsDeprivationForACouncilCreatedAfter2019AsMissingAndLeavesItOutOfTheNeedModel() {
        JsonPath json = given().get("/api/councils/E06000061/metrics?year=2021-22")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(json.getString("council.name")).isEqualTo("North Northamptonshire");
        Map<String, Object> imd = metric(json, "imd-average-score");
        assertThat(imd.get("value")).isNull();
        assertThat(flags(imd)).contains("MISSING");
        Map<String, Object> adjusted = metric(json, "need-adjusted-gce-per-adult");
        assertThat(adjusted.get("value")).isNull();
        assertThat(flags(adjusted)).contains("OUTSIDE_NEED_MODEL");
    }

    @Test
    void usesThePredecessorsDeprivationScoreForACouncilThatReplacedExactlyOne() {
        // Buckinghamshire (E06000060) replaced Buckinghamshire County Council (E10000002) in April 2020;
        // IoD2019 File 11 publishes the county's score, 10.052 (sheet IMD, row 127, column E).
        Map<String, Object> imd = metric(
                given().get("/api/councils/E06000060/metrics?year=2021-22")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath(),
                "imd-average-score");
        assertThat(((Number) imd.get("value")).doubleValue()).isEqualTo(10.052);
        assertThat(flags(imd)).contains("CARRIED_FROM_PREDECESSOR", "EARLIER_YEAR");
    }

    @Test
    void comparesWithEnglandRegionNeighboursAndACustomGroup() {
        JsonPath json = given().get("/api/councils/E08000035/metrics?year=2021-22&custom=E08000036,E08000034")
                .then()
                .statusCode(200)
                .body("neighbours", hasSize(StatisticalNeighbours.GROUP_SIZE))
                .body("neighbours.code", not(hasItem("E08000035")))
                .extract()
                .jsonPath();
        Map<String, Object> spend = metric(json, "gce-per-adult");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> comparisons = (Map<String, Map<String, Object>>) spend.get("comparisons");
        assertThat(comparisons).containsKeys("england", "region", "neighbours", "custom");
        assertThat(((Number) comparisons.get("england").get("n")).intValue()).isEqualTo(150);
        assertThat(comparisons.get("region").get("label")).isEqualTo("Yorkshire and The Humber");
        assertThat(((Number) comparisons.get("custom").get("n")).intValue()).isEqualTo(3);
        assertThat(((Number) comparisons.get("neighbours").get("n")).intValue())
                .isEqualTo(StatisticalNeighbours.GROUP_SIZE + 1);
        assertThat(spend).containsKeys("quartileBand", "zScore", "notablyDifferent", "numerator", "denominator");
    }

    @Test
    void describesTheNeedModel() {
        given().queryParam("year", "2021-22")
                .queryParam("ageBand", "18+")
                .get("/api/need-model")
                .then()
                .statusCode(200)
                .body("coefficients.keySet()", hasItems("intercept", "imd-average-score", "share-adults-75-plus"))
                .body("n", equalTo(144))
                .body("excluded.code", hasItems("E09000001", "E06000053"));
        given().queryParam("year", "2021-22")
                .queryParam("ageBand", "65+")
                .get("/api/need-model")
                .then()
                .statusCode(200)
                .body("spendMetric", equalTo("gce-per-adult-65-plus"));
    }

    @Test
    void saysWhichCouncilMetricOrYearWasNotFound() {
        given().get("/api/councils/E99999999/metrics?year=2021-22")
                .then()
                .statusCode(404)
                .body("message", equalTo("No council with code E99999999"));
        given().get("/api/councils/E10000021/metrics?year=2021-22")
                .then()
                .statusCode(404)
                .body("message", equalTo("Council E10000021 did not exist in 2021-22"));
        given().get("/api/councils/E10000016/metrics?year=2030-31")
                .then()
                .statusCode(404)
                .body(
                        "message",
                        equalTo("No data for year 2030-31; years held: "
                                + "2022-23, 2021-22, 2020-21, 2019-20, 2018-19, 2017-18, 2016-17, 2015-16"));
        given().get("/api/metrics/no-such-metric/values?year=2021-22")
                .then()
                .statusCode(404)
                .body("message", equalTo("No metric with id no-such-metric"));
        given().get("/api/councils/E10000016/metrics?custom=E99999999")
                .then()
                .statusCode(404)
                .body("message", equalTo("Custom group: no council with code E99999999 in 2021-22"));
    }

    @Test
    void publishesAnOpenApiDocument() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(
                        "paths.keySet()",
                        hasItems(
                                "/api/councils",
                                "/api/years",
                                "/api/metrics",
                                "/api/councils/{code}/metrics",
                                "/api/metrics/{metricId}/values",
                                "/api/need-model"));
    }

    /** One metric of a council's metrics answer (also read by the other API tests of this package). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> metric(JsonPath json, String id) {
        List<Map<String, Object>> metrics = json.getList("metrics");
        return metrics.stream()
                .filter(m -> id.equals(m.get("metricId")))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<String> flags(Map<String, Object> metric) {
        return ((List<Map<String, Object>>) metric.get("flags"))
                .stream().map(f -> (String) f.get("code")).toList();
    }
}
