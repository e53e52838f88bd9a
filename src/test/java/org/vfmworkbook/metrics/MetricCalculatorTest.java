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
        assertThat(calculator.compute(SPEND_PER_ADULT, "X1", "2022-23").flags())
                .containsExactly(DataFlag.NOT_PUBLISHED_FOR_YEAR);
    }

    private static final MetricDefinition PER_WORKING_AGE =
            metric("per-working-age", List.of("spend"), List.of("pop-18-64"), List.of(), 1000, null);
    private static final MetricDefinition SHARE_75 =
            metric("share-75", List.of("mye-75"), List.of("mye-18"), List.of(), 100, YearPolicy.LATEST_AVAILABLE);

    /** Two years of a synthetic workbook: 2021-22 publishes its population, 2020-21 (previous-year columns) none. */
    private final MetricCalculator withPopulations = new MetricCalculator(
            new FigureIndex(List.of(
                    published("2021-22", "X1", "spend", 600),
                    published("2021-22", "X1", "pop-18-64", 3000),
                    new Figure("2020-21", "X1", "spend", 450.0, Figure.Status.PUBLISHED, "T17!F13", false),
                    new Figure("2020-21", "X2", "spend", 40.0, Figure.Status.PUBLISHED, "T17!F14", false),
                    published("2019", "X1", "mye-18-64", 2900),
                    published("2019", "X1", "mye-75", 290),
                    published("2019", "X1", "mye-18", 5800),
                    published("2020", "X1", "mye-75", 300),
                    published("2020", "X1", "mye-18", 6000),
                    new Figure("2019-20", "X3", "spend", null, Figure.Status.BLANK, "T17!F15", true))),
            Map.of(),
            new MetricCalculator.PopulationBase(
                    java.util.Set.of("mye-18-64", "mye-75", "mye-18"), Map.of("pop-18-64", "mye-18-64")));

    @Test
    void usesTheMidYearBeforeTheFinancialYearAsItsPopulationBase() {
        // 2020-21 uses mid-2019: 290 × 100 ÷ 5,800 = 5%; 2021-22 uses mid-2020: 300 × 100 ÷ 6,000 = 5%, not flagged
        MetricValue earlier = withPopulations.compute(SHARE_75, "X1", "2020-21");
        assertThat(earlier.numerator()).isEqualTo(290);
        assertThat(earlier.flags()).isEmpty();
        MetricValue later = withPopulations.compute(SHARE_75, "X1", "2021-22");
        assertThat(later.numerator()).isEqualTo(300);
        assertThat(later.flags()).isEmpty();
        assertThat(withPopulations.compute(SHARE_75, "X1", "2019-20").flags())
                .containsExactly(DataFlag.NOT_PUBLISHED_FOR_YEAR);
    }

    @Test
    void letsTheOnsEstimateStandInOnlyForAYearWhoseTablesPublishNoPopulation() {
        // 2021-22: the table's own 3,000 people: 600 × 1000 ÷ 3,000 = £200
        MetricValue published = withPopulations.compute(PER_WORKING_AGE, "X1", "2021-22");
        assertThat(published.value()).isEqualTo(200.0);
        assertThat(published.flags()).isEmpty();
        // 2020-21: no table population anywhere, so ONS mid-2019: 450 × 1000 ÷ 2,900 = £155.17
        MetricValue standIn = withPopulations.compute(PER_WORKING_AGE, "X1", "2020-21");
        assertThat(standIn.value()).isCloseTo(155.172, org.assertj.core.data.Offset.offset(0.001));
        assertThat(standIn.flags()).containsExactly(DataFlag.POPULATION_FROM_ONS);
        assertThat(standIn.sourceYear()).isEqualTo("2020-21");
        // X2 has 2020-21 spend but no ONS estimate: missing for that council, while the year does publish the measure
        assertThat(withPopulations.compute(PER_WORKING_AGE, "X2", "2020-21").flags())
                .containsExactly(DataFlag.MISSING);
    }

    @Test
    void saysAYearThatDoesNotPublishAMeasureIsNotPublishedRatherThanMissing() {
        MetricValue blankEverywhere = withPopulations.compute(PER_WORKING_AGE, "X3", "2019-20");
        assertThat(blankEverywhere.flags()).contains(DataFlag.NOT_PUBLISHED_FOR_YEAR);
        MetricValue none = withPopulations.compute(PER_WORKING_AGE, "X1", "2018-19");
        assertThat(none.value()).isNull();
        assertThat(none.flags()).contains(DataFlag.NOT_PUBLISHED_FOR_YEAR);
        assertThat(none.status()).isEqualTo(MetricStatus.NOT_PUBLISHED_FOR_YEAR);
        assertThat(none.status().description()).isEqualTo("Not published for this year");
    }
}
