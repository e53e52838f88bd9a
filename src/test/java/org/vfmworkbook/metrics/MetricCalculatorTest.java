package org.vfmworkbook.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Synthetic fixtures: made-up area codes and figures, to pin down the arithmetic and the flags. */
class MetricCalculatorTest {

    private static final MetricDefinition SPEND_PER_ADULT =
            metric("spend-per-adult", List.of("spend"), List.of("adults"), List.of(), 1000, null);
    private static final MetricDefinition SHARE_LESS =
            metric("share", List.of("a"), List.of("b"), List.of("c"), 100, null);
    private static final MetricDefinition SCORE =
            metric("score", List.of("score"), null, List.of(), 1, YearPolicy.LATEST_AVAILABLE);

    private static MetricDefinition metric(
            String id,
            List<String> numerator,
            List<String> denominator,
            List<String> subtractFromDenominator,
            double multiplier,
            YearPolicy yearPolicy) {
        return new MetricDefinition(
                id,
                id,
                id,
                Unit.SCORE,
                "18+",
                "neutral",
                "synthetic",
                new MetricDefinition.Part("numerator", numerator, null, "T1"),
                denominator == null
                        ? null
                        : new MetricDefinition.Part("denominator", denominator, subtractFromDenominator, "T1"),
                multiplier,
                yearPolicy,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static Figure published(String year, String area, String measure, double value) {
        return new Figure(year, area, measure, value, Figure.Status.PUBLISHED, "T!A1", true);
    }

    private static Figure marked(String area, String measure, Figure.Status status) {
        return new Figure("2021-22", area, measure, null, status, "T!A1", true);
    }

    private final MetricCalculator calculator = new MetricCalculator(
            new FigureIndex(List.of(
                    published("2021-22", "X1", "spend", 500),
                    published("2021-22", "X1", "adults", 1_000_000),
                    published("2021-22", "X2", "spend", 10),
                    published("2021-22", "X2", "adults", 50),
                    marked("X3", "spend", Figure.Status.NOT_SUBMITTED),
                    published("2021-22", "X3", "adults", 1000),
                    published("2021-22", "X4", "a", 30),
                    published("2021-22", "X4", "b", 250),
                    published("2021-22", "X4", "c", 50),
                    marked("X5", "a", Figure.Status.SUPPRESSED),
                    published("2021-22", "X5", "b", 10),
                    published("2021-22", "X5", "c", 1),
                    published("2019", "OLD", "score", 21.5))),
            Map.of("NEW", "OLD"));

    @Test
    void dividesTheNumeratorByTheDenominatorTimesTheMultiplier() {
        // £500k × 1000 ÷ 1,000,000 adults = £0.50 per adult
        MetricValue v = calculator.compute(SPEND_PER_ADULT, "X1", "2021-22");
        assertThat(v.value()).isEqualTo(0.5);
        assertThat(v.numerator()).isEqualTo(500);
        assertThat(v.denominator()).isEqualTo(1_000_000);
        assertThat(v.flags()).isEmpty();
    }

    @Test
    void subtractsWhatTheDefinitionSubtracts() {
        // 30 × 100 ÷ (250 − 50) = 15%
        assertThat(calculator.compute(SHARE_LESS, "X4", "2021-22").value()).isEqualTo(15.0);
    }

    @Test
    void flagsASmallDenominator() {
        assertThat(calculator.compute(SPEND_PER_ADULT, "X2", "2021-22").flags()).contains(DataFlag.SMALL_DENOMINATOR);
    }

    @Test
    void neverTurnsAMarkerIntoZero() {
        MetricValue notSubmitted = calculator.compute(SPEND_PER_ADULT, "X3", "2021-22");
        assertThat(notSubmitted.value()).isNull();
        assertThat(notSubmitted.flags()).containsExactly(DataFlag.NOT_SUBMITTED);
        MetricValue suppressed = calculator.compute(SHARE_LESS, "X5", "2021-22");
        assertThat(suppressed.value()).isNull();
        assertThat(suppressed.flags()).containsExactly(DataFlag.SUPPRESSED);
        MetricValue absent = calculator.compute(SPEND_PER_ADULT, "NOWHERE", "2021-22");
        assertThat(absent.value()).isNull();
        assertThat(absent.flags()).containsExactly(DataFlag.MISSING);
    }

    @Test
    void takesAnEarlierYearOnlyWhereTheMetricAllowsAndSaysSo() {
        MetricValue carried = calculator.compute(SCORE, "NEW", "2021-22");
        assertThat(carried.value()).isEqualTo(21.5);
        assertThat(carried.sourceYear()).isEqualTo("2019");
        assertThat(carried.flags()).containsExactlyInAnyOrder(DataFlag.EARLIER_YEAR, DataFlag.CARRIED_FROM_PREDECESSOR);
        assertThat(calculator.compute(SPEND_PER_ADULT, "X1", "2022-23").flags()).containsExactly(DataFlag.MISSING);
    }
}
