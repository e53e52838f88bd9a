package org.vfmworkbook.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.testing.CouncilMetricBuilder.aCouncilMetric;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.vfmworkbook.metrics.ComparatorGroup;
import org.vfmworkbook.metrics.CouncilMetric;
import org.vfmworkbook.metrics.DataFlag;
import org.vfmworkbook.metrics.Unit;
import org.vfmworkbook.steps.ChartKind;
import org.vfmworkbook.steps.Comparison;
import org.vfmworkbook.steps.ComparisonOutcome;
import org.vfmworkbook.steps.Condition;
import org.vfmworkbook.steps.NarrativeRule;
import org.vfmworkbook.steps.Placeholder;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.steps.StepKind;

class NarrativeEngineTest {

    private static final StepDefinition SPEND_PER_HEAD = new StepCatalogue().byId("spend-per-head");

    private static Condition is(String comparison, ComparatorGroup group, ComparisonOutcome outcome) {
        return new Condition.ComparisonIs(comparison, group, outcome);
    }

    private static StepDefinition stepWith(NarrativeRule... rules) {
        return new StepDefinition(
                1,
                "a-step",
                "A step",
                "A question?",
                StepKind.DATA_LED,
                "Summary",
                "Guidance",
                List.of(new Comparison(
                        "spend",
                        "gce-per-adult",
                        ChartKind.BAR,
                        List.of(ComparatorGroup.NEIGHBOURS, ComparatorGroup.ENGLAND),
                        true)),
                List.of(rules),
                List.of(),
                List.of(),
                false,
                null);
    }

    private static Map<String, CouncilMetric> spend(Double value) {
        return Map.of(
                "spend",
                aCouncilMetric("gce-per-adult")
                        .value(value)
                        .against("neighbours", 450, 487, 530)
                        .against("england", 400, 430, 470, true)
                        .build());
    }

    @Test
    void fillsEveryPlaceholderInTheMetricsUnit() {
        StepDefinition step = stepWith(new NarrativeRule(
                "all",
                new Condition.Always(),
                "{council} {value} {median} {q1} {q3} {group} {metric} {year} {n} {ratio}"));

        // value 514.6 → £515; ratio 514.6 ÷ 487 = 1.0567 → 1.1; n is the group's 10 councils
        assertThat(NarrativeEngine.narrate(step, "Kent", "2021-22", spend(514.6)))
                .containsExactly("Kent £515 £487 £450 £530 Statistical neighbours A metric 2021-22 10 1.1");
    }

    @Test
    void everyPlaceholderTheValidatorAcceptsIsFilled() {
        for (Placeholder placeholder : Placeholder.values()) {
            String text = "{" + placeholder.token() + "}";
            StepDefinition step = stepWith(new NarrativeRule("all", new Condition.Always(), text));

            assertThat(NarrativeEngine.narrate(step, "Kent", "2021-22", spend(514.6)))
                    .as(text)
                    .singleElement()
                    .satisfies(sentence -> assertThat(sentence).isNotBlank().doesNotContain("{", "}"));
        }
    }

    @Test
    void aboveTheUpperQuartileMeansStrictlyAboveIt() {
        Condition above = is("spend", ComparatorGroup.NEIGHBOURS, ComparisonOutcome.ABOVE_UPPER_QUARTILE);
        Condition within = is("spend", ComparatorGroup.NEIGHBOURS, ComparisonOutcome.WITHIN_INTERQUARTILE_RANGE);

        assertThat(NarrativeEngine.holds(above, spend(530.0))).isFalse();
        assertThat(NarrativeEngine.holds(within, spend(530.0))).isTrue();
        assertThat(NarrativeEngine.holds(above, spend(530.01))).isTrue();
        assertThat(NarrativeEngine.holds(within, spend(450.0))).isTrue();
        assertThat(NarrativeEngine.holds(
                        is("spend", ComparatorGroup.NEIGHBOURS, ComparisonOutcome.BELOW_LOWER_QUARTILE), spend(449.99)))
                .isTrue();
    }

    @Test
    void medianOutcomesAreStrict() {
        Condition aboveMedian = is("spend", ComparatorGroup.NEIGHBOURS, ComparisonOutcome.ABOVE_MEDIAN);
        Condition belowMedian = is("spend", ComparatorGroup.NEIGHBOURS, ComparisonOutcome.BELOW_MEDIAN);

        assertThat(NarrativeEngine.holds(aboveMedian, spend(487.0))).isFalse();
        assertThat(NarrativeEngine.holds(belowMedian, spend(487.0))).isFalse();
        assertThat(NarrativeEngine.holds(aboveMedian, spend(488.0))).isTrue();
    }

    @Test
    void notablyDifferentReadsTheGroupsOwnJudgement() {
        assertThat(NarrativeEngine.holds(
                        is("spend", ComparatorGroup.ENGLAND, ComparisonOutcome.NOTABLY_DIFFERENT), spend(900.0)))
                .isTrue();
        assertThat(NarrativeEngine.holds(
                        is("spend", ComparatorGroup.NEIGHBOURS, ComparisonOutcome.NOTABLY_DIFFERENT), spend(900.0)))
                .isFalse();
    }

    @Test
    void aMissingValueIsNotAvailableAndNothingElse() {
        Map<String, CouncilMetric> missing = Map.of(
                "spend",
                aCouncilMetric("gce-per-adult")
                        .notAvailable(DataFlag.NOT_SUBMITTED)
                        .against("neighbours", 450, 487, 530)
                        .build());

        for (ComparisonOutcome outcome : ComparisonOutcome.values()) {
            assertThat(NarrativeEngine.holds(is("spend", ComparatorGroup.NEIGHBOURS, outcome), missing))
                    .as(outcome.name())
                    .isEqualTo(outcome == ComparisonOutcome.NOT_AVAILABLE);
        }
    }

    @Test
    void everyRuleThatHoldsContributesInFileOrder() {
        StepDefinition step = stepWith(
                new NarrativeRule(
                        "first",
                        new Condition.Not(is("spend", ComparatorGroup.NEIGHBOURS, ComparisonOutcome.NOT_AVAILABLE)),
                        "First {value}."),
                new NarrativeRule(
                        "never",
                        is("spend", ComparatorGroup.NEIGHBOURS, ComparisonOutcome.BELOW_LOWER_QUARTILE),
                        "Never."),
                new NarrativeRule(
                        "second",
                        new Condition.All(List.of(
                                is("spend", ComparatorGroup.NEIGHBOURS, ComparisonOutcome.ABOVE_MEDIAN),
                                new Condition.Any(List.of(
                                        is("spend", ComparatorGroup.ENGLAND, ComparisonOutcome.NOTABLY_DIFFERENT))))),
                        "Second {median} in {group}."));

        // placeholders of the second rule come from its first comparison: neighbours
        assertThat(NarrativeEngine.narrate(step, "Kent", "2021-22", spend(500.0)))
                .containsExactly("First £500.", "Second £487 in Statistical neighbours.");
    }

    @Test
    void spendPerHeadAboveNeighboursReadsAsPublishedWording() {
        Map<String, CouncilMetric> metrics = Map.of(
                "gce-per-adult",
                        aCouncilMetric("gce-per-adult")
                                .value(620.0)
                                .against("neighbours", 450, 487, 530)
                                .against("england", 420, 470, 520, true)
                                .build(),
                "care-spend-per-person-18-64",
                        aCouncilMetric("gce-per-adult-18-64")
                                .value(300.0)
                                .against("neighbours", 250, 280, 320)
                                .build(),
                "care-spend-per-person-65-plus",
                        aCouncilMetric("gce-per-adult-65-plus")
                                .value(1000.0)
                                .against("neighbours", 1100, 1200, 1300)
                                .build());

        // 620 ÷ England median 470 = 1.319 → 1.3
        assertThat(NarrativeEngine.narrate(SPEND_PER_HEAD, "Kent", "2021-22", metrics))
                .containsExactly(
                        "Kent spent £620 per adult in 2021-22, above the upper quartile of its statistical neighbours (£530).",
                        "Spend per adult differs markedly from the England median of £470: 1.3 times the median.",
                        "The two age bands point in different directions against neighbours, so the overall figure hides a difference in where money goes.");
    }

    @Test
    void formatsEachUnit() {
        assertThat(UnitFormat.format(Unit.PERCENT, 12.34)).isEqualTo("12.3%");
        assertThat(UnitFormat.format(Unit.PER_100K, 1234.45)).isEqualTo("1,234.5 per 100,000");
        assertThat(UnitFormat.format(Unit.GBP_PER_WEEK, 812.4)).isEqualTo("£812 a week");
        assertThat(UnitFormat.format(Unit.GBP_PER_HOUR, 19.5)).isEqualTo("£19.50 an hour");
        assertThat(UnitFormat.format(Unit.INDEX, 104.6)).isEqualTo("105");
        assertThat(UnitFormat.format(Unit.SCORE, 21.37)).isEqualTo("21.4");
        assertThat(UnitFormat.format(Unit.GBP_PER_PERSON, null)).isEqualTo("Not available");
    }
}
