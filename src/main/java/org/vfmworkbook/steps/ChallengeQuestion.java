package org.vfmworkbook.steps;

/** A question the council answers. Answers are stored against the step id and this id. */
public record ChallengeQuestion(String id, QuestionType type, String text, String hint, boolean froi) {
}
