package org.vfmworkbook.steps;

import java.util.Map;

/**
 * A question the council answers. Answers are stored against the step id and this id. A judgement ({@code rag}) question
 * says what each rating means for its step in {@code meanings}; no other question has them. An actions question with
 * {@code theoryOfChange: true} asks for a Theory of Change with each action (steps 8 and 10: plans for a change of service).
 */
public record ChallengeQuestion(
        String id,
        QuestionType type,
        String text,
        String hint,
        boolean froi,
        Map<Rating, String> meanings,
        Boolean theoryOfChange) {

    public ChallengeQuestion {
        meanings = meanings == null ? Map.of() : Map.copyOf(meanings);
    }

    /** Whether the step asks for a Theory of Change with each action (every action can carry one). */
    public boolean asksForTheoryOfChange() {
        return Boolean.TRUE.equals(theoryOfChange);
    }

    /** What {@code rating} means for this step's judgement; empty for other questions. */
    public String meaning(Rating rating) {
        return meanings.get(rating);
    }
}
