package org.vfmworkbook.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The trend arithmetic on small synthetic fixtures (named as such: made-up councils and figures, not published data).
 * Councils A and B are in region R1, C in R2.
 */
class TrendCalculatorTest {

    private static final Map<String, String> SYNTHETIC_REGIONS = Map.of("A", "R1", "B", "R1", "C", "R2");

    private static TrendCalculator.Subject subject(String unit) {
        return new TrendCalculator.Subject(
                "synthetic-metric",
                "Synthetic spend",
                org.vfmworkbook.metrics.Unit.fromValue(unit),
                "A",
                "Council A",
                "R1",
                "Region One");
    }

    private static SeriesValue v(double value) {
        return new SeriesValue(value, null, null);
    }

    /** A synthetic two-year fixture: 2018-19 and 2019-20, neither a COVID year. */
    private static Map<String, Map<String, SeriesValue>> syntheticTwoYears() {
        Map<String, Map<String, SeriesValue>> byYear = new LinkedHashMap<>();
        byYear.put("2018-19", Map.of("A", v(495), "B", v(400), "C", v(600)));
        byYear.put("2019-20", Map.of("A", v(515), "B", v(410), "C", v(700)));
        return byYear;
    }

    @Test
    void tellsTheCouncilsChangeBesideItsRegionsMedian() {
        Trend trend = TrendCalculator.trend(subject("gbp-per-person"), syntheticTwoYears(), SYNTHETIC_REGIONS);

        // council: (515 − 495) ÷ 495 × 100 = 4.04 → "Up 4%"
        // region R1 median: 2018-19 median(495, 400) = 447.5; 2019-20 median(515, 410) = 462.5;
        //   (462.5 − 447.5) ÷ 447.5 × 100 = 3.35 → "rose 3%"
        // England median: 2018-19 median(400, 495, 600) = 495; 2019-20 median(410, 515, 700) = 515
        assertThat(trend.points())
                .extracting(TrendPoint::regionMedian, TrendPoint::englandMedian)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(447.5, 495.0),
                        org.assertj.core.groups.Tuple.tuple(462.5, 515.0));
        assertThat(trend.change().councilChange()).isCloseTo(4.04, org.assertj.core.data.Offset.offset(0.01));
        assertThat(trend.sentence()).isEqualTo("Up 4% on 2018-19 (£495 to £515); the Region One median rose 3%.");
        assertThat(trend.breaks()).isEmpty();
    }

    @Test
    void aMetricWithOneYearHasNoTrend() {
        Map<String, Map<String, SeriesValue>> one = new LinkedHashMap<>();
        one.put("2021-22", Map.of("A", v(1)));

        assertThat(TrendCalculator.trend(subject("percent"), one, SYNTHETIC_REGIONS))
                .isNull();
    }

    @Test
    void aPerCentMetricChangesInPercentagePoints() {
        Map<String, Map<String, SeriesValue>> byYear = new LinkedHashMap<>();
        byYear.put("2022-23", Map.of("A", v(62.2), "B", v(70.0)));
        byYear.put("2023-24", Map.of("A", v(65.8), "B", v(69.0)));

        Trend trend = TrendCalculator.trend(subject("percent"), byYear, SYNTHETIC_REGIONS);

        // council 65.8 − 62.2 = 3.6 points; region median (62.2 + 70) ÷ 2 = 66.1 → (65.8 + 69) ÷ 2 = 67.4: 1.3 points
        assertThat(trend.sentence())
                .isEqualTo(
                        "Up 3.6 percentage points on 2022-23 (62.2% to 65.8%); the Region One median rose 1.3 percentage"
                                + " points.");
    }

    @Test
    void aChangeInACovidYearIsToldWithACautionAndTheYearsAreMarked() {
        Map<String, Map<String, SeriesValue>> byYear = new LinkedHashMap<>();
        byYear.put("2019-20", Map.of("A", v(100), "B", v(100)));
        byYear.put("2020-21", Map.of("A", v(90), "B", v(100)));
        byYear.put("2021-22", Map.of("A", v(81), "B", v(100)));

        Trend trend = TrendCalculator.trend(subject("gbp-per-person"), byYear, SYNTHETIC_REGIONS);

        // (81 − 90) ÷ 90 × 100 = −10; region median (81 + 100) ÷ 2 = 90.5 from 95: (90.5 − 95) ÷ 95 = −4.7 → 5%
        assertThat(trend.sentence())
                .startsWith("Down 10% on 2020-21 (£90 to £81); the Region One median fell 5%.")
                .contains("Read with care: COVID-19");
        assertThat(trend.breaks()).extracting(SeriesBreak::year).containsExactly("2020-21", "2021-22");
        assertThat(trend.table().rows().get(1).cells().get(4).text()).startsWith("COVID-19 year");
        assertThat(trend.chart().bands()).hasSize(2).noneMatch(TrendChart.Band::line);
    }

    @Test
    void aChangeOnFewerThanFiftyPeopleIsFlaggedNotNarrated() {
        Map<String, Map<String, SeriesValue>> byYear = new LinkedHashMap<>();
        // synthetic: 20 of 45 requests (44.4%), then 30 of 45 (66.7%): SALT counts rounded to 5, under 50
        byYear.put("2022-23", Map.of("A", new SeriesValue(44.4, 20.0, 45.0)));
        byYear.put("2023-24", Map.of("A", new SeriesValue(66.7, 30.0, 45.0)));

        Trend trend = TrendCalculator.trend(subject("percent"), byYear, SYNTHETIC_REGIONS);

        assertThat(trend.change().reading()).isEqualTo(YearOnYear.Reading.SMALL_NUMBERS);
        assertThat(trend.change().told()).isFalse();
        assertThat(trend.sentence())
                .contains("is not described")
                .contains("fewer than 50")
                .doesNotContain("Up");
        assertThat(trend.table().rows().get(1).cells().get(4).text()).contains("Small numbers");
    }

    @Test
    void moneyIsNotCountedAsSmallNumbersButFewClientsAre() {
        // £30 thousand spent on 2,000 people is not small; £3,000 thousand on 40 clients is
        assertThat(TrendCalculator.smallNumbers(
                        org.vfmworkbook.metrics.Unit.GBP_PER_PERSON, new SeriesValue(15.0, 30.0, 2000.0)))
                .isFalse();
        assertThat(TrendCalculator.smallNumbers(
                        org.vfmworkbook.metrics.Unit.GBP_PER_PERSON, new SeriesValue(75.0, 3000.0, 40.0)))
                .isTrue();
    }

    @Test
    void noChangeIsToldAcrossTheMoveToClientLevelData() {
        Map<String, Map<String, SeriesValue>> byYear = new LinkedHashMap<>();
        byYear.put("2023-24", Map.of("A", v(1000)));
        byYear.put("2024-25", Map.of("A", v(1500)));

        Trend trend = TrendCalculator.trend(subject("per-100k"), byYear, SYNTHETIC_REGIONS);

        assertThat(trend.change().reading()).isEqualTo(YearOnYear.Reading.NEW_COLLECTION);
        assertThat(trend.sentence()).contains("Client Level Data").contains("not comparable");
        assertThat(trend.chart().bands()).singleElement().matches(TrendChart.Band::line);
    }

    @Test
    void aMissingYearLeavesAGapInTheLineNotAZero() {
        Map<String, Map<String, SeriesValue>> byYear = new LinkedHashMap<>();
        byYear.put("2015-16", Map.of("A", v(10), "B", v(12)));
        byYear.put("2016-17", Map.of("B", v(12)));
        byYear.put("2017-18", Map.of("A", v(11), "B", v(12)));

        Trend trend = TrendCalculator.trend(subject("score"), byYear, SYNTHETIC_REGIONS);

        TrendChart.Line council = trend.chart().lines().get(0);
        assertThat(council.segments()).hasSize(2);
        assertThat(council.dots()).hasSize(2);
        assertThat(trend.table().rows().get(1).cells().get(1).text()).isEqualTo("Not available");
        // the newest year's predecessor has no figure: no change is told
        assertThat(trend.change()).isNull();
        assertThat(trend.sentence()).startsWith("No year-on-year change can be given");
    }

    @Test
    void theChartPlacesTheHighestValueNearTheTopAndTheLowestNearTheFoot() {
        Trend trend = TrendCalculator.trend(subject("gbp-per-person"), syntheticTwoYears(), SYNTHETIC_REGIONS);

        // values drawn: council 495, 515; region medians 447.5, 462.5; England medians 495, 515 (C's 700 is in no line)
        // lowest 447.5, highest 515: range 67.5, padded 6.75 either side → lo 440.75, hi 521.75; plot y from 24 to 220
        // England 515 → y = 24 + (521.75 − 515) ÷ 81 × 196 = 40.3; region 447.5 → 24 + 74.25 ÷ 81 × 196 = 203.7
        TrendChart.Line england = trend.chart().lines().get(2);
        TrendChart.Line region = trend.chart().lines().get(1);
        assertThat(england.dots().get(1).y()).isEqualTo("40.3");
        assertThat(region.dots().get(0).y()).isEqualTo("203.7");
        assertThat(List.of(
                        trend.chart().xTicks().get(0).at(),
                        trend.chart().xTicks().get(1).at()))
                .containsExactly("70.0", "600.0");
    }
}
