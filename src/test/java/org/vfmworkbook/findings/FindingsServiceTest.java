package org.vfmworkbook.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Variant;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.metrics.ComparatorGroup;
import org.vfmworkbook.nationaldata.DatasetKind;
import org.vfmworkbook.nationaldata.NationalDataChanged;

@QuarkusTest
class FindingsServiceTest {

    private static final List<String> COUNCILS = List.of("E10000016", "E08000035", "E09000007");

    @Inject
    FindingsService findings;

    @Inject
    Engine engine;

    @Inject
    Event<NationalDataChanged> dataChanged;

    @Test
    void buildsEveryStepForThreeKindsOfCouncilWithChartsInAlphabeticalOrder() {
        for (String council : COUNCILS) {
            for (ComparatorGroup group : new ComparatorGroup[] {
                null, ComparatorGroup.ENGLAND, ComparatorGroup.REGION, ComparatorGroup.NEIGHBOURS
            }) {
                List<StepFindings> steps = findings.forAllSteps(council, "2021-22", group, List.of());
                assertThat(steps).hasSize(13);
                for (StepFindings step : steps) {
                    for (ComparisonFinding finding : step.comparisons()) {
                        assertThat(finding.sentence()).isNotBlank().doesNotContain("{");
                        assertThat(finding.chart().points())
                                .filteredOn(ChartPoint::highlighted)
                                .isNotEmpty();
                        if (!finding.isTrend()) {
                            List<String> labels = finding.chart().points().stream()
                                    .map(ChartPoint::label)
                                    .toList();
                            if (finding.shown().group() == org.vfmworkbook.metrics.ComparatorGroup.ENGLAND) {
                                assertThat(labels)
                                        .filteredOn(l -> !l.equals("Another council"))
                                        .hasSize(1);
                            } else {
                                assertThat(labels).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void keepsEveryStepsFindingsForACouncilUntilTheNationalDataChanges() {
        List<StepFindings> first = findings.forAllSteps("E10000016", "2021-22", List.of());

        assertThat(findings.forAllSteps("E10000016", "2021-22", List.of())).isSameAs(first);
        assertThat(findings.forAllSteps("E10000016", "2021-22", List.of("E10000016", "E10000032", "E06000035")))
                .isNotSameAs(first);
        assertThat(findings.forAllSteps("E08000035", "2021-22", List.of())).isNotSameAs(first);

        dataChanged.fire(new NationalDataChanged(DatasetKind.ASCFR_SALT, "2021-22"));
        List<StepFindings> rebuilt = findings.forAllSteps("E10000016", "2021-22", List.of());

        assertThat(rebuilt).isNotSameAs(first);
        assertThat(rebuilt.get(0).comparisons().get(0).sentence())
                .isEqualTo(first.get(0).comparisons().get(0).sentence());
    }

    @Test
    void aStepIsTakenFromTheKeptFindingsOfEveryStepUntilTheNationalDataChanges() {
        StepFindings step = findings.forStep("E06000047", "2021-22", "unit-costs", null, List.of());

        assertThat(findings.forStep("E06000047", "2021-22", "unit-costs", null, List.of()))
                .isSameAs(step);
        assertThat(findings.forAllSteps("E06000047", "2021-22", List.of()))
                .anySatisfy(kept -> assertThat(kept).isSameAs(step));
        assertThat(findings.forStep("E06000047", "2021-22", "unit-costs", ComparatorGroup.REGION, List.of()))
                .isNotSameAs(step);

        dataChanged.fire(new NationalDataChanged(DatasetKind.ASCFR_SALT, "2021-22"));

        assertThat(findings.forStep("E06000047", "2021-22", "unit-costs", null, List.of()))
                .isNotSameAs(step);
    }

    @Test
    void kentsSentenceGivesThePublishedSpendPerAdult() {
        StepFindings step =
                findings.forStep("E10000016", "2021-22", "spend-per-head", ComparatorGroup.NEIGHBOURS, List.of());
        ComparisonFinding spend = step.comparisons().stream()
                .filter(c -> c.id().equals("gce-per-adult"))
                .findFirst()
                .orElseThrow();

        // published: Kent's gross current expenditure per adult 2021-22 is £514.60
        assertThat(spend.sentence())
                .startsWith(
                        "Spend per adult (18+) for Kent was £515 in 2021-22; the median of its statistical neighbours was £");
        assertThat(spend.table().rows().get(0).cells().get(1).text()).isEqualTo("£515");
        assertThat(step.narrative()).anyMatch(s -> s.contains("£515"));
    }

    @Test
    void theNeedModelStepHasAScatterOfExpectedAgainstActual() {
        StepFindings step =
                findings.forStep("E10000016", "2021-22", "need-adjusted-spend", ComparatorGroup.ENGLAND, List.of());
        ComparisonFinding need = step.comparisons().get(0);

        assertThat(need.isScatter()).isTrue();
        assertThat(need.scatter().points())
                .filteredOn(ScatterData.Point::highlighted)
                .hasSize(1);
        assertThat(need.scatter().points().size()).isGreaterThan(100);
        assertThat(need.chartJson()).contains("\"type\":\"scatter\"");
    }

    @Test
    void aCustomGroupIsShownWhenTheCouncilHasOneAndOtherwiseFallsBack() {
        List<String> custom = List.of("E08000035", "E09000007", "E10000015", "E10000014");
        StepFindings chosen =
                findings.forStep("E10000016", "2021-22", "spend-per-head", ComparatorGroup.CUSTOM, custom);
        StepFindings none =
                findings.forStep("E10000016", "2021-22", "spend-per-head", ComparatorGroup.CUSTOM, List.of());

        assertThat(chosen.comparisons().get(0).groupLabel()).isEqualTo("Custom group");
        assertThat(chosen.comparisons().get(0).chart().points()).hasSize(5);
        // no custom group chosen: the comparison's first group, the statistical neighbours the narrative speaks of
        assertThat(none.comparisons().get(0).groupLabel()).isEqualTo("Statistical neighbours");
        assertThat(none.comparisons().get(0).chart().points())
                .hasSize(none.comparisons().get(0).shown().members().size());
    }

    @Test
    void theFindingTagDrawsAFigureWithItsTableAndSentence() {
        StepFindings step =
                findings.forStep("E10000016", "2021-22", "spend-per-head", ComparatorGroup.NEIGHBOURS, List.of());
        String html = engine.parse(
                        "{#comparisonFinding finding=f /}{#groupSwitch action='/x' value='neighbours' /}",
                        Variant.forContentType("text/html"))
                .data("f", step.comparisons().get(0))
                .render();

        assertThat(html)
                .contains("<figure class=\"app-chart\" data-chart=\"{&quot;type&quot;:&quot;bar&quot;")
                .contains("govuk-table")
                .contains("£515")
                .contains("Statistical neighbours")
                .contains("value=\"neighbours\" checked")
                .contains("Show comparison")
                .contains("method=\"get\"");
    }

    @Test
    void theSummaryNamesEveryMeasureOutsideTheInterquartileRangeOfAGroupTheStepShows() {
        // Kent 2021-22 (published data): above its statistical neighbours' upper quartile on several measures
        // without being two standard deviations from any group's mean, which the summary used to leave out.
        List<StepFindings> steps = findings.forAllSteps("E10000016", "2021-22", List.of());
        int outside = 0;
        for (StepFindings step : steps) {
            List<String> listed =
                    step.notable().stream().map(NotableFinding::metricTitle).toList();
            for (ComparisonFinding finding : step.comparisons()) {
                boolean outer = step.step().comparisons().stream()
                        .filter(c -> c.id().equals(finding.id()))
                        .flatMap(c -> c.groups().stream())
                        .map(g -> finding.value().comparisons().get(g))
                        .anyMatch(g -> g != null
                                && (g.quartileBand() == org.vfmworkbook.metrics.QuartileBand.HIGHEST_QUARTER
                                                && !printedAlike(
                                                        finding, g.statistics().q3())
                                        || g.quartileBand() == org.vfmworkbook.metrics.QuartileBand.LOWEST_QUARTER
                                                && !printedAlike(
                                                        finding, g.statistics().q1())));
                if (outer) {
                    outside++;
                    assertThat(listed)
                            .as("step %d, %s", step.stepNumber(), finding.id())
                            .contains(finding.metric().title());
                }
            }
        }
        assertThat(outside).isGreaterThan(3);
        // Kent's share aged 75+ (12.1%) is below its neighbours' lower quartile only past the printed decimal place:
        // "12.1% is below the lower quartile (12.1%)" says nothing, so it is not listed
        assertThat(steps.get(1).notable().stream().map(NotableFinding::metricId))
                .doesNotContain("share-adults-75-plus");
        NotableFinding spend = steps.get(0).notable().stream()
                .filter(n -> n.comparisonId().equals("care-spend-per-person-18-64"))
                .findFirst()
                .orElseThrow();
        // published 2021-22 figures; quartiles of each group worked out from the same files
        assertThat(spend.sentence())
                .isEqualTo("Care spend per person aged 18-64 for Kent (£303 in 2021-22) is above the upper quartile of"
                        + " its statistical neighbours (£280), of councils in the South East region (£277) and of"
                        + " councils in England (£274).");
    }

    private static boolean printedAlike(ComparisonFinding finding, Double quartile) {
        return UnitFormat.format(finding.metric().unit(), finding.value().value())
                .equals(UnitFormat.format(finding.metric().unit(), quartile));
    }
}
