package org.vfmworkbook.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.testing.CouncilMetricBuilder.aCouncilMetric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.vfmworkbook.metrics.CouncilMetric;
import org.vfmworkbook.steps.Comparison;
import org.vfmworkbook.steps.NarrativeRule;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;

/** Issue F.2: every narrative rule of every shipped step prints the year of the figure it speaks of, not the data year. */
class NarrativeYearsTest {

    private static final String DATA_YEAR = "2021-22";

    /** Each comparison's figure gets a year of its own (none of them the data year), so a wrong year cannot pass. */
    private static Map<String, CouncilMetric> figuresWithYearsOfTheirOwn(
            StepDefinition step, Map<String, String> years) {
        Map<String, CouncilMetric> metrics = new HashMap<>();
        int i = 0;
        for (Comparison c : step.comparisons()) {
            String year = String.format("%d-%02d", 1990 + i, (91 + i) % 100);
            i++;
            years.put(c.id(), year);
            metrics.put(
                    c.id(),
                    aCouncilMetric(c.metric())
                            .value(500.0)
                            .publishedFor(year)
                            .against("neighbours", 450, 487, 530)
                            .against("region", 450, 487, 530)
                            .against("england", 400, 430, 470, true)
                            .build());
        }
        return metrics;
    }

    @Test
    void everyRuleOfEveryStepPrintsTheYearOfItsOwnFigure() {
        int rulesWithAYear = 0;
        for (StepDefinition step : new StepCatalogue().all()) {
            Map<String, String> years = new HashMap<>();
            Map<String, CouncilMetric> metrics = figuresWithYearsOfTheirOwn(step, years);
            for (NarrativeRule rule : step.narrative()) {
                if (!rule.text().contains("{year}")) {
                    continue;
                }
                rulesWithAYear++;
                NarrativeEngine.Source source = NarrativeEngine.placeholderSource(step, rule.when());
                String text = NarrativeEngine.fill(rule.text(), source, "Kent", DATA_YEAR, metrics);

                assertThat(text)
                        .as("step %s, rule %s", step.id(), rule.id())
                        .contains(years.get(source.comparison()))
                        .doesNotContain(DATA_YEAR);
            }
        }
        assertThat(rulesWithAYear).as("rules that print a year").isGreaterThan(10);
    }

    @Test
    void aComparisonSentenceGivesTheFiguresOwnYear() {
        CouncilMetric ascof = aCouncilMetric("ascof-2d")
                .unit("percent")
                .value(78.9)
                .publishedFor("2020-21")
                .build();

        // the sentence template is rendered the way Sentences renders it, without Quarkus: the year is the figure's own
        assertThat(FigureYears.of(ascof)).isEqualTo("2020-21");
        assertThat(FigureYears.of(aCouncilMetric("gce-per-adult").build())).isEqualTo("2021-22");
    }

    @Test
    void aMissingFigureIsSpokenOfInTheYearAskedFor() {
        CouncilMetric missing =
                aCouncilMetric("ascof-2d").publishedFor("2020-21").build();

        assertThat(FigureYears.of(missing)).isEqualTo(DATA_YEAR);
        assertThat(List.of(FigureYears.of(null, DATA_YEAR))).containsExactly(DATA_YEAR);
    }
}
