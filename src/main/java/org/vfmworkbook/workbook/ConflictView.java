package org.vfmworkbook.workbook;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.steps.StepDefinition;

/** One question on the conflict page: your text and the saved text, side by side, and the radio to choose between them. */
@TemplateData
public record ConflictView(
        String questionId,
        String question,
        String yours,
        String saved,
        String savedBy,
        String savedAt,
        String resolveName) {

    static ConflictView of(StepDefinition step, SaveOutcome.ConflictingAnswer conflict) {
        String question = step.questions().stream()
                .filter(q -> q.id().equals(conflict.questionId()))
                .map(ChallengeQuestion::text)
                .findFirst()
                .orElse(conflict.questionId());
        AnswerInput yours = conflict.yours();
        SavedAnswer mine =
                new SavedAnswer(yours.questionId(), yours.text(), yours.choice(), yours.links(), null, null, 0);
        SavedAnswer saved = conflict.saved();
        return new ConflictView(
                conflict.questionId(),
                question,
                CheckAnswerRows.words(mine),
                CheckAnswerRows.words(saved),
                saved == null ? null : saved.updatedBy(),
                saved == null ? null : org.vfmworkbook.web.Fmt.dateTime(saved.updatedAt()),
                AnswersForm.RESOLVE + conflict.questionId());
    }
}
