package org.vfmworkbook.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.vfmworkbook.metrics.ComparatorGroup;

/** One feature or one fault per fixture file. */
class StepFileFixturesTest {

    static Stream<Path> validFixtures() throws Exception {
        return Files.list(StepFixtures.VALID).sorted();
    }

    @ParameterizedTest(name = "{0} is valid")
    @MethodSource("validFixtures")
    void acceptsEveryValidFixture(Path fixture) {
        assertThat(StepFixtures.problemsIn(fixture)).isEmpty();
    }

    @ParameterizedTest(name = "{0} yields {1} at ''{2}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unknown-key.yaml                  | UNKNOWN_PROPERTY             | colour
            unknown-key-in-comparison.yaml    | UNKNOWN_PROPERTY             | comparisons[0].colour
            unknown-key-in-condition.yaml     | UNKNOWN_PROPERTY             | narrative[0].when.colour
            malformed-yaml.yaml               | MALFORMED_YAML               | ""
            duplicate-key.yaml                | MALFORMED_YAML               | ""
            unknown-chart.yaml                | BAD_VALUE                    | comparisons[0].chart
            unknown-comparator-group.yaml     | BAD_VALUE                    | comparisons[0].groups[1]
            null-for-primitive.yaml           | BAD_VALUE                    | comparisons[0].key
            missing-step-number.yaml          | MISSING_FIELD                | number
            condition-of-two-kinds.yaml       | MALFORMED_CONDITION          | narrative[0].when
            empty-all-condition.yaml          | MALFORMED_CONDITION          | narrative[0].when
            missing-title.yaml                | MISSING_FIELD                | title
            bad-id.yaml                       | BAD_ID                       | id
            duplicate-question-id.yaml        | DUPLICATE_ID                 | questions[1].id
            step-number-out-of-range.yaml     | STEP_NUMBER_OUT_OF_RANGE     | number
            unknown-metric.yaml               | UNKNOWN_METRIC               | comparisons[0].metric
            metric-not-computable.yaml        | METRIC_NOT_COMPUTABLE        | comparisons[0].metric
            scatter-not-need-model.yaml       | SCATTER_NOT_NEED_MODEL       | comparisons[0].chart
            unknown-caveat.yaml               | UNKNOWN_CAVEAT               | caveats[3]
            missing-metric-caveat.yaml        | MISSING_METRIC_CAVEAT        | caveats
            unknown-placeholder.yaml          | UNKNOWN_PLACEHOLDER          | narrative[0].text
            unknown-comparison-reference.yaml | UNKNOWN_COMPARISON_REFERENCE | narrative[0].when.comparison
            group-not-compared.yaml           | GROUP_NOT_COMPARED           | narrative[0].when.group
            data-led-without-comparison.yaml  | DATA_LED_WITHOUT_COMPARISON  | comparisons
            no-key-comparison.yaml            | NO_KEY_COMPARISON            | comparisons
            no-challenge-question.yaml        | NO_CHALLENGE_QUESTION        | questions
            no-judgement-question.yaml        | NO_JUDGEMENT_QUESTION        | questions
            no-evidence-question.yaml         | NO_EVIDENCE_QUESTION         | questions
            no-actions-question.yaml          | NO_ACTIONS_QUESTION          | questions
            missing-meaning.yaml              | MISSING_MEANING              | questions[1].meanings
            meanings-on-other-question.yaml   | MEANINGS_ON_OTHER_QUESTION   | questions[0].meanings
            unknown-metric-in-definitions-check.yaml | UNKNOWN_METRIC        | dataAudit.definitions[1].metrics[1]
            unknown-key-in-data-audit.yaml    | UNKNOWN_PROPERTY             | dataAudit.practices[0].colour
            empty-data-audit.yaml             | EMPTY_DATA_AUDIT             | dataAudit
            """)
    void eachInvalidFixtureYieldsExactlyItsProblem(String fixture, StepProblemCode code, String path) {
        assertThat(StepFixtures.problemsIn(StepFixtures.INVALID.resolve(fixture)))
                .extracting(StepProblem::file, StepProblem::code, StepProblem::path)
                .containsExactly(tuple(fixture, code, path));
    }

    @Test
    void everyInvalidFixtureIsCoveredByTheTableAbove() throws Exception {
        CsvSource table = StepFileFixturesTest.class
                .getDeclaredMethod(
                        "eachInvalidFixtureYieldsExactlyItsProblem", String.class, StepProblemCode.class, String.class)
                .getAnnotation(CsvSource.class);
        java.util.List<String> listed = table.textBlock()
                .lines()
                .map(line -> line.split("\\|")[0].strip())
                .filter(name -> !name.isEmpty())
                .toList();
        try (Stream<Path> fixtures = Files.list(StepFixtures.INVALID)) {
            assertThat(fixtures.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    @Test
    void rejectsAnUnknownKeyNamingTheKey() {
        StepProblem problem = StepFixtures.problemsIn(StepFixtures.INVALID.resolve("unknown-key.yaml"))
                .get(0);

        assertThat(problem.detail()).isEqualTo("colour");
        assertThat(problem.message()).contains("Unknown key colour");
    }

    @Test
    void readsNestedConditionsIntoTypedRecords() {
        StepDefinition step = StepFixtures.read(StepFixtures.VALID.resolve("nested-conditions.yaml"));

        assertThat(step.narrative().get(0).when())
                .isEqualTo(new Condition.All(java.util.List.of(
                        new Condition.ComparisonIs("spend", ComparatorGroup.NEIGHBOURS, ComparisonOutcome.ABOVE_MEDIAN),
                        new Condition.Any(java.util.List.of(
                                new Condition.ComparisonIs(
                                        "need", ComparatorGroup.REGION, ComparisonOutcome.NOTABLY_DIFFERENT),
                                new Condition.Not(new Condition.ComparisonIs(
                                        "need", ComparatorGroup.ENGLAND, ComparisonOutcome.NOT_AVAILABLE)))))));
    }

    @Test
    void readsAnAlwaysCondition() {
        StepDefinition step =
                StepFixtures.read(StepFixtures.VALID.resolve("council-led-step-without-comparisons.yaml"));

        assertThat(step.narrative().get(0).when()).isEqualTo(new Condition.Always());
        assertThat(step.showAllCaveats()).isTrue();
    }

    @Test
    void readsADataAuditIntoTypedRecords() {
        StepDefinition step = StepFixtures.read(StepFixtures.VALID.resolve("data-audit.yaml"));

        assertThat(step.hasDataAudit()).isTrue();
        assertThat(step.dataAudit().practices())
                .extracting(DataAudit.Practice::id)
                .containsExactly("returns-checked");
        assertThat(step.dataAudit().definitions())
                .extracting(DataAudit.Definition::id, DataAudit.Definition::metrics)
                .containsExactly(
                        tuple("long-term-client", java.util.List.of("lt-clients-per-100k-adults")),
                        tuple("home-care-hour", java.util.List.of("unit-cost-home-care-hourly")));
    }

    @Test
    void reportsTheUnknownMetricOfADefinitionsCheckWithItsMessage() {
        StepProblem problem = StepFixtures.problemsIn(
                        StepFixtures.INVALID.resolve("unknown-metric-in-definitions-check.yaml"))
                .get(0);

        assertThat(problem.detail()).isEqualTo("home-care-hours-per-week");
        assertThat(problem.message()).contains("No metric home-care-hours-per-week in steps/metrics.yaml");
    }

    @ParameterizedTest(name = "metric catalogue {0} yields {1} at ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-key-in-metric.yaml | UNKNOWN_PROPERTY | metrics[1].colour
            unknown-unit.yaml          | BAD_VALUE        | metrics[0].unit
            """)
    void readsTheMetricCatalogueStrictly(String fixture, StepProblemCode code, String path) {
        java.util.List<StepProblem> problems = new java.util.ArrayList<>();

        assertThat(StepLoader.readMetrics(Path.of("src/test/resources/metrics/invalid", fixture), problems))
                .isNull();
        assertThat(problems)
                .extracting(StepProblem::file, StepProblem::code, StepProblem::path)
                .containsExactly(tuple(fixture, code, path));
    }
}
