package org.vfmworkbook.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Checks across the set of step files: each number once, ids unique, file names, and refusing to start. */
class StepCatalogueValidationTest {

    private final StepValidator validator = new StepValidator(StepFixtures.shippedReferences());

    private static List<LoadedSteps.LoadedStep> shippedSteps() {
        return new ArrayList<>(ShippedStepsTest.shipped().steps());
    }

    @Test
    void detectsThatStepSevenIsMissing() {
        List<LoadedSteps.LoadedStep> steps = shippedSteps();
        steps.removeIf(loaded -> loaded.step().number() == 7);

        assertThat(validator.validateCatalogue(steps))
                .extracting(StepProblem::code, StepProblem::detail)
                .containsExactly(tuple(StepProblemCode.MISSING_STEP_NUMBER, "7"));
    }

    @Test
    void detectsTheSameNumberUsedByTwoFiles() {
        List<LoadedSteps.LoadedStep> steps = shippedSteps();
        StepDefinition another = StepFixtures.read(StepFixtures.VALID.resolve("minimal-data-led-step.yaml"));
        StepDefinition renamed = new StepDefinition(
                another.number(),
                "another-spend-step",
                another.title(),
                another.question(),
                another.kind(),
                another.summary(),
                another.guidance(),
                another.comparisons(),
                another.narrative(),
                another.questions(),
                another.caveats(),
                another.showAllCaveats(),
                another.dataAudit());
        steps.add(new LoadedSteps.LoadedStep("01-another-spend-step.yaml", renamed));

        assertThat(validator.validateCatalogue(steps))
                .extracting(StepProblem::file, StepProblem::code, StepProblem::path)
                .containsExactly(tuple("01-another-spend-step.yaml", StepProblemCode.DUPLICATE_STEP_NUMBER, "number"));
    }

    @Test
    void detectsTheSameStepIdUsedByTwoFiles() {
        List<LoadedSteps.LoadedStep> steps = shippedSteps();
        StepDefinition first = steps.get(0).step();
        StepDefinition copy = new StepDefinition(
                14,
                first.id(),
                first.title(),
                first.question(),
                first.kind(),
                first.summary(),
                first.guidance(),
                first.comparisons(),
                first.narrative(),
                first.questions(),
                first.caveats(),
                first.showAllCaveats(),
                first.dataAudit());
        steps.add(new LoadedSteps.LoadedStep("14-spend-per-head.yaml", copy));

        assertThat(validator.validateCatalogue(steps))
                .extracting(StepProblem::code)
                .containsExactlyInAnyOrder(StepProblemCode.STEP_NUMBER_OUT_OF_RANGE, StepProblemCode.DUPLICATE_STEP_ID);
    }

    @Test
    void detectsAFileNameThatDoesNotMatchTheStepNumberAndId() {
        List<LoadedSteps.LoadedStep> steps = shippedSteps();
        LoadedSteps.LoadedStep first = steps.remove(0);
        steps.add(0, new LoadedSteps.LoadedStep("01-spending.yaml", first.step()));

        assertThat(validator.validateCatalogue(steps))
                .extracting(StepProblem::file, StepProblem::code, StepProblem::detail)
                .containsExactly(
                        tuple("01-spending.yaml", StepProblemCode.FILE_NAME_MISMATCH, "01-spend-per-head.yaml"));
    }

    @Test
    void collectsEveryProblemRatherThanStoppingAtTheFirst() {
        List<LoadedSteps.LoadedStep> steps = shippedSteps();
        steps.removeIf(loaded -> loaded.step().number() == 7 || loaded.step().number() == 9);

        assertThat(validator.validateCatalogue(steps)).hasSize(2);
    }

    @Test
    void refusesToStartWithInvalidStepsAndListsEveryProblem() {
        LoadedSteps shipped = ShippedStepsTest.shipped();
        List<StepProblem> problems = List.of(
                new StepProblem("steps/", "", StepProblemCode.MISSING_STEP_NUMBER, "7"),
                new StepProblem(
                        "03-people-supported.yaml",
                        "comparisons[0].metric",
                        StepProblemCode.UNKNOWN_METRIC,
                        "spend-per-goldfish"));
        LoadedSteps invalid = new LoadedSteps(shipped.steps(), shipped.caveats(), problems);

        assertThatThrownBy(() -> new StepCatalogue(invalid))
                .isInstanceOf(InvalidStepDefinitionsException.class)
                .hasMessageContaining("2 problem(s)")
                .hasMessageContaining("No file defines step 7")
                .hasMessageContaining("03-people-supported.yaml at comparisons[0].metric: UNKNOWN_METRIC");
    }

    @Test
    void findsStepsByNumberAndIdAndCaveatsById() {
        StepCatalogue catalogue = new StepCatalogue(ShippedStepsTest.shipped());

        assertThat(catalogue.byNumber(6).id()).isEqualTo("cost-per-client");
        assertThat(catalogue.byId("cost-per-client").caveats()).contains("cross-return-cost");
        assertThat(catalogue.caveat("cross-return-cost")).isPresent();
        assertThat(catalogue.caveatsFor(catalogue.byId("technical-issues"))).hasSameSizeAs(catalogue.caveats());
        assertThatThrownBy(() -> catalogue.byId("step-fourteen")).isInstanceOf(UnknownStepException.class);
    }
}
