package org.vfmworkbook.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The step files in the repository's steps/ folder, checked without starting the app. */
class ShippedStepsTest {

    static final Path SHIPPED = Path.of("steps");

    static LoadedSteps shipped() {
        return StepLoader.load(SHIPPED);
    }

    @Test
    void everyShippedStepFileIsValid() {
        LoadedSteps loaded = shipped();

        assertThat(loaded.problems()).as(loaded.problems().toString()).isEmpty();
    }

    @Test
    void thereIsOneStepForEachNumberFromOneToThirteen() {
        List<Integer> numbers =
                shipped().steps().stream().map(s -> s.step().number()).toList();

        assertThat(numbers)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 13).boxed().toList());
    }

    @Test
    void everyStepAsksAtLeastThreeChallengeQuestionsAndForAJudgementEvidenceAndActions() {
        for (LoadedSteps.LoadedStep loaded : shipped().steps()) {
            List<QuestionType> types = loaded.step().questions().stream()
                    .map(ChallengeQuestion::type)
                    .toList();

            assertThat(types.stream().filter(QuestionType::isChallenge).count())
                    .as(loaded.file())
                    .isGreaterThanOrEqualTo(3);
            assertThat(types).as(loaded.file()).contains(QuestionType.RAG, QuestionType.EVIDENCE, QuestionType.ACTIONS);
        }
    }

    @Test
    void everyCaveatTheMetricCatalogueNamesIsDefined() {
        LoadedSteps loaded = shipped();

        assertThat(loaded.caveats())
                .extracting(Caveat::id)
                .contains(
                        "age-band-split",
                        "ascof-year",
                        "cost-of-living-area",
                        "cross-return-cost",
                        "gce-definition",
                        "imd-vintage",
                        "need-model-limits",
                        "nhs-income-recording",
                        "other-spend-allocation",
                        "population-base",
                        "requests-recording",
                        "salt-rounding",
                        "setting-definitions",
                        "small-numbers-unit-cost",
                        "unit-cost-method");
    }
}
