package org.vfmworkbook.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vfmworkbook.testing.Api.given;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden tests: the value the product computes from the shipped files equals the figure NHS Digital (or
 * MHCLG) published, read by hand from the cell named in each row. Councils of three types: Kent (county),
 * Leeds (metropolitan district), Camden (London borough).
 *
 * Tolerances: ASC-FR money rates and unit costs are published unrounded, so they must agree to 1e-6.
 * SALT rates (T12, T36) are published rounded to the nearest 5, and computed by NHS Digital from unrounded
 * counts that are themselves published rounded to the nearest 5. So the rate computed from the published
 * count (±2.5) and population P may differ from the published rate by at most 2.5 + 2.5 × 100,000 ÷ P.
 */
@QuarkusTest
class PublishedFiguresGoldenTest {

    @ParameterizedTest(name = "{0} {1} = {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            # council | metric                      | published ÷ | published figure | source cell | precision
            E10000016 | gce-per-adult               | 100 | 51459.734757574697 | ASCFR 2021-22 T16 row 157 col I (£k per 100,000 adults) | exact
            E08000035 | gce-per-adult               | 100 | 48041.005722654198 | ASCFR 2021-22 T16 row 64 col I | exact
            E09000007 | gce-per-adult               | 100 | 45507.488377045098 | ASCFR 2021-22 T16 row 108 col I | exact
            E10000016 | requests-per-100k-18-64     | 1   | 1785               | ASCFR 2021-22 T12 row 163 col F (rounded to 5)         | salt, population 919710 (col H)
            E08000035 | requests-per-100k-18-64     | 1   | 1655               | ASCFR 2021-22 T12 row 71 col F                         | salt, population 504420 (col H)
            E09000007 | requests-per-100k-18-64     | 1   | 455                | ASCFR 2021-22 T12 row 114 col F                        | salt, population 191815 (col H)
            E10000016 | requests-per-100k-65-plus   | 1   | 10260              | ASCFR 2021-22 T12 row 163 col I                        | salt, population 322775 (col K)
            E08000035 | requests-per-100k-65-plus   | 1   | 18005              | ASCFR 2021-22 T12 row 71 col I                         | salt, population 123785 (col K)
            E09000007 | requests-per-100k-65-plus   | 1   | 6330               | ASCFR 2021-22 T12 row 114 col I                        | salt, population 33600 (col K)
            E10000016 | lt-clients-per-100k-18-64   | 1   | 900                | ASCFR 2021-22 T36 row 156 col F (rounded to 5)         | salt, population 919710 (col H)
            E08000035 | lt-clients-per-100k-18-64   | 1   | 820                | ASCFR 2021-22 T36 row 64 col F                         | salt, population 504420 (col H)
            E09000007 | lt-clients-per-100k-18-64   | 1   | 720                | ASCFR 2021-22 T36 row 107 col F                        | salt, population 191815 (col H)
            E10000016 | lt-clients-per-100k-65-plus | 1   | 3830               | ASCFR 2021-22 T36 row 156 col I                        | salt, population 322775 (col K)
            E08000035 | lt-clients-per-100k-65-plus | 1   | 5210               | ASCFR 2021-22 T36 row 64 col I                         | salt, population 123785 (col K)
            E09000007 | lt-clients-per-100k-65-plus | 1   | 5955               | ASCFR 2021-22 T36 row 107 col I                        | salt, population 33600 (col K)
            E10000016 | unit-cost-nursing-65-plus   | 1   | 796.41930449272695 | ASCFR 2021-22 T52 row 158 col J (£ per week) | exact
            E08000035 | unit-cost-nursing-65-plus   | 1   | 730.19817958814804 | ASCFR 2021-22 T52 row 65 col J | exact
            E09000007 | unit-cost-nursing-65-plus   | 1   | 825.02632335779094 | ASCFR 2021-22 T52 row 109 col J | exact
            E10000016 | unit-cost-residential-18-64 | 1   | 1498.51573849038   | ASCFR 2021-22 T52 row 158 col O | exact
            E08000035 | unit-cost-residential-18-64 | 1   | 1307.7975376197001 | ASCFR 2021-22 T52 row 65 col O | exact
            E09000007 | unit-cost-residential-18-64 | 1   | 844.52390779781604 | ASCFR 2021-22 T52 row 109 col O | exact
            E10000016 | imd-average-score           | 1   | 19.538             | IoD2019 File 11 sheet IMD, Kent, IMD - Average score | exact
            """)
    void computesThePublishedFigure(
            String council, String metric, double divisor, double published, String source, String precision) {
        double tolerance = precision.equals("exact")
                ? 1e-6
                : 2.5 + 2.5 * 100_000 / Double.parseDouble(precision.replaceAll("\\D*(\\d+).*", "$1"));
        Map<String, Object> found = metric(council, metric);
        assertThat(((Number) found.get("value")).doubleValue())
                .as(source)
                .isCloseTo(published / divisor, within(tolerance));
    }

    @ParameterizedTest(name = "England aggregate for {0}")
    @CsvSource(delimiter = '|', textBlock = """
            gce-per-adult | 493.92523602289999 | ASCFR 2021-22 T16 row 10 col I ÷ 100
            """)
    void statesTheEnglandFigureFromThePublishedTotals(String metric, double published, String source) {
        Map<String, Object> found = metric("E10000016", metric);
        @SuppressWarnings("unchecked")
        Map<String, Object> england =
                (Map<String, Object>) ((Map<String, Object>) found.get("comparisons")).get("england");
        assertThat(((Number) england.get("aggregate")).doubleValue()).as(source).isCloseTo(published, within(0.000001));
    }

    private static Map<String, Object> metric(String council, String metric) {
        List<Map<String, Object>> metrics = given().get("/api/councils/" + council + "/metrics?year=2021-22")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("metrics");
        return metrics.stream()
                .filter(m -> metric.equals(m.get("metricId")))
                .findFirst()
                .orElseThrow();
    }
}
