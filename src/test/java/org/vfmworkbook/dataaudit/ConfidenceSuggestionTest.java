package org.vfmworkbook.dataaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.vfmworkbook.steps.DataAudit;
import org.vfmworkbook.steps.Rating;
import org.vfmworkbook.steps.StepLoader;

/** The rule that turns step 13's data audit into a suggested confidence, against the shipped checklist (6 practices, 5 terms). */
class ConfidenceSuggestionTest {

    private static final DataAudit SHIPPED = StepLoader.load(Path.of("steps")).steps().stream()
            .filter(s -> s.step().hasDataAudit())
            .findFirst()
            .orElseThrow()
            .step()
            .dataAudit();

    /** Answers in checklist order: the first practices get these statuses, the first definitions these matches. */
    private static AuditAnswers answers(List<PracticeStatus> practices, List<DefinitionMatch> definitions) {
        Map<String, AuditAnswers.PracticeAnswer> p = new HashMap<>();
        for (int i = 0; i < practices.size(); i++) {
            p.put(
                    SHIPPED.practices().get(i).id(),
                    new AuditAnswers.PracticeAnswer(practices.get(i), "Now.", null, null));
        }
        Map<String, AuditAnswers.DefinitionAnswer> d = new HashMap<>();
        for (int i = 0; i < definitions.size(); i++) {
            d.put(SHIPPED.definitions().get(i).id(), new AuditAnswers.DefinitionAnswer(definitions.get(i), "Note."));
        }
        return new AuditAnswers(p, d);
    }

    private static final PracticeStatus IN = PracticeStatus.IN_PLACE;
    private static final PracticeStatus PARTLY = PracticeStatus.PARTLY;
    private static final PracticeStatus NOT = PracticeStatus.NOT_IN_PLACE;
    private static final DefinitionMatch YES = DefinitionMatch.YES;
    private static final DefinitionMatch NO = DefinitionMatch.NO;
    private static final DefinitionMatch UNSURE = DefinitionMatch.UNSURE;

    @Test
    void theShippedChecklistHasSixPracticesAndFiveTerms() {
        assertThat(SHIPPED.practices()).hasSize(6);
        assertThat(SHIPPED.definitions()).hasSize(5);
    }

    @Test
    void threeDefinitionsUnsureAndTwoPracticesNotInPlaceSuggestAmber() {
        // 2 of 6 practices not in place is under half; no definition differs: neither Red condition holds
        ConfidenceSuggestion s = ConfidenceSuggestion.of(
                SHIPPED, answers(List.of(NOT, NOT, IN, IN, IN, IN), List.of(UNSURE, UNSURE, UNSURE, YES, YES)));

        assertThat(s.rating()).isEqualTo(Rating.AMBER);
        assertThat(s.sentence()).isEqualTo("3 definitions unsure, 2 practices not yet in place: consider Amber.");
        assertThat(s.summary())
                .isEqualTo("4 of 6 data practices in place; 2 of 5 definitions match NHS Digital's. The audit suggests"
                        + " Amber.");
    }

    @Test
    void twoDefinitionsThatDifferSuggestRed() {
        ConfidenceSuggestion s = ConfidenceSuggestion.of(
                SHIPPED, answers(List.of(IN, IN, IN, IN, IN, IN), List.of(NO, NO, YES, YES, YES)));

        assertThat(s.rating()).isEqualTo(Rating.RED);
        assertThat(s.sentence()).isEqualTo("2 definitions differ from NHS Digital's: consider Red.");
    }

    @Test
    void halfThePracticesNotInPlaceSuggestRed() {
        // 3 of 6 = half
        ConfidenceSuggestion s = ConfidenceSuggestion.of(
                SHIPPED, answers(List.of(NOT, NOT, NOT, IN, IN, IN), List.of(YES, YES, YES, YES, YES)));

        assertThat(s.rating()).isEqualTo(Rating.RED);
    }

    @Test
    void oneDefinitionThatDiffersOrOnePracticePartlyInPlaceSuggestsAmber() {
        assertThat(ConfidenceSuggestion.of(
                                SHIPPED, answers(List.of(IN, IN, IN, IN, IN, IN), List.of(NO, YES, YES, YES, YES)))
                        .sentence())
                .isEqualTo("1 definition differs from NHS Digital's: consider Amber.");
        assertThat(ConfidenceSuggestion.of(
                                SHIPPED, answers(List.of(IN, PARTLY, IN, IN, IN, IN), List.of(YES, YES, YES, YES, YES)))
                        .rating())
                .isEqualTo(Rating.AMBER);
    }

    @Test
    void everythingInPlaceAndMatchingSuggestsGreen() {
        ConfidenceSuggestion s = ConfidenceSuggestion.of(
                SHIPPED, answers(List.of(IN, IN, IN, IN, IN, IN), List.of(YES, YES, YES, YES, YES)));

        assertThat(s.rating()).isEqualTo(Rating.GREEN);
        assertThat(s.sentence())
                .isEqualTo("All 6 practices in place and all 5 definitions match NHS Digital's: consider Green.");
    }

    @Test
    void soundAnswersWithSomeLeftToAnswerSuggestNothingYet() {
        ConfidenceSuggestion s =
                ConfidenceSuggestion.of(SHIPPED, answers(List.of(IN, IN, IN, IN), List.of(YES, YES, YES, YES, YES)));

        assertThat(s.suggested()).isEmpty();
        assertThat(s.sentence())
                .isEqualTo("2 practices not yet assessed: answer the rest to see the confidence they suggest.");
        assertThat(s.summary()).endsWith("The audit is not yet complete, so it suggests no rating.");
    }

    @Test
    void aProblemFoundIsSuggestedBeforeEverythingIsAnswered() {
        ConfidenceSuggestion s = ConfidenceSuggestion.of(SHIPPED, answers(List.of(IN), List.of(UNSURE)));

        assertThat(s.rating()).isEqualTo(Rating.AMBER);
        assertThat(s.sentence())
                .isEqualTo("1 definition unsure, 5 practices not yet assessed, 4 definitions not yet checked: consider"
                        + " Amber.");
    }

    @Test
    void nothingAnsweredSuggestsNothing() {
        ConfidenceSuggestion s = ConfidenceSuggestion.of(SHIPPED, AuditAnswers.none());

        assertThat(s.started()).isFalse();
        assertThat(s.suggested()).isEmpty();
        assertThat(s.sentence()).startsWith("Answer the data audit");
    }

    @Test
    void answersToItemsTheStepNoLongerHasAreNotCounted() {
        AuditAnswers old = new AuditAnswers(
                Map.of("a-removed-practice", new AuditAnswers.PracticeAnswer(NOT, null, null, null)), Map.of());

        assertThat(ConfidenceSuggestion.of(SHIPPED, old).started()).isFalse();
    }
}
