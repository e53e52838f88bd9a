package org.vfmworkbook.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.web.TableRow;

/** Trends, figure years and comparator groups in the steps, from the shipped published data (Kent, E10000016). */
@QuarkusTest
class StepTrendsTest {

    private static final String KENT = "E10000016";

    @Inject
    FindingsService findings;

    private ComparisonFinding finding(String step, String comparison) {
        return findings.forStep(KENT, "2021-22", step, null, List.of()).comparisons().stream()
                .filter(c -> c.id().equals(comparison))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anOflogMeasureInAStepHasItsTrendFromEveryYearTheFileHolds() {
        ComparisonFinding outcome = finding("demand-management", "short-term-service-outcome");

        // Oflog ASC5 for Kent: 62.2% in 2021-22, 65.8% in 2022-23 (ASC_data.csv)
        Trend trend = outcome.trend();
        assertThat(trend.years()).startsWith("2015-16").endsWith("2022-23");
        assertThat(trend.points())
                .filteredOn(p -> p.year().equals("2022-23"))
                .singleElement()
                .extracting(TrendPoint::council)
                .isEqualTo(65.8);
        assertThat(trend.breaks()).extracting(SeriesBreak::year).containsExactly("2020-21", "2021-22");
        assertThat(trend.sentence())
                .startsWith("Up 3.6 percentage points on 2021-22 (62.2% to 65.8%); the South East median");
        assertThat(trend.table().rows()).hasSize(trend.points().size());
        // the step's own comparison is for the data year, 2021-22
        assertThat(outcome.formattedValue()).isEqualTo("62.2%");
    }

    @Test
    void spendPerAdultHasItsTrendFromThePreviousYearColumns() {
        Trend trend = finding("spend-per-head", "gce-per-adult-trend").trend();

        assertThat(trend.years()).contains("2020-21", "2021-22");
        assertThat(trend.points())
                .filteredOn(p -> p.year().equals("2021-22"))
                .singleElement()
                .extracting(p -> UnitFormat.format(org.vfmworkbook.metrics.Unit.GBP_PER_PERSON, p.council()))
                .isEqualTo("£515");
        // the bar comparison of the same metric does not repeat the trend the step shows on its own
        assertThat(finding("spend-per-head", "gce-per-adult").hasTrend()).isFalse();
    }

    @Test
    void anAscofFigureIsWrittenWithItsOwnYear() {
        ComparisonFinding ascof = finding("demand-management", "short-term-service-outcomes");

        assertThat(ascof.sentence()).contains("in 2020-21").doesNotContain("2021-22");
        assertThat(ascof.chart().title()).endsWith("2020-21");
        assertThat(ascof.table().caption()).endsWith("2020-21");
    }

    @Test
    void eachComparisonNamesOneGroupInItsSentenceChartAndTable() {
        for (StepFindings step : findings.forAllSteps(KENT, "2021-22", List.of())) {
            for (ComparisonFinding f : step.comparisons()) {
                if (f.shown() == null || f.isTrend() || f.value().value() == null) {
                    continue;
                }
                String title = f.isScatter() ? f.scatter().title() : f.chart().title();
                String group = title.substring(title.indexOf(": Kent and ") + 11, title.lastIndexOf(","));
                assertThat(f.sentence()).as("%s %s", step.step().id(), f.id()).contains(group);
                assertThat(f.table().caption()).isEqualTo(title);
            }
        }
    }

    @Test
    void eachNeighbourHasItsOwnFigureInTheStepTable() {
        ComparisonFinding spend = finding("spend-per-head", "gce-per-adult");

        assertThat(spend.shown().group()).isEqualTo(org.vfmworkbook.metrics.ComparatorGroup.NEIGHBOURS);
        assertThat(spend.members().rows()).hasSize(spend.shown().members().size());
        assertThat(spend.members().rows())
                .filteredOn(TableRow::highlighted)
                .singleElement()
                .satisfies(r -> assertThat(r.cells().get(0).text()).isEqualTo("Kent"))
                .satisfies(r -> assertThat(r.cells().get(1).text()).isEqualTo("£515"));
        assertThat(spend.members().rows().stream()
                        .map(r -> r.cells().get(0).text())
                        .toList())
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
                .doesNotContain("Another council");
    }
}
