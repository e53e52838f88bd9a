package org.vfmworkbook.workbook;

import java.util.List;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.steps.QuestionType;
import org.vfmworkbook.steps.Rating;
import org.vfmworkbook.web.SummaryRow;

/**
 * One step on the workbook summary: its status, judgement (and the rating it is, for the tag), its key figure at a glance,
 * answers as summary rows and its actions.
 */
@TemplateData
public record StepSummary(
        int number,
        String title,
        String href,
        String status,
        String judgement,
        Rating rating,
        String keyFigure,
        List<SummaryRow> answers,
        List<ActionView> actions) {

    static StepSummary of(WorkbookState.Step step, long workbookId, String keyFigure) {
        String choice = step.definition().questions().stream()
                .filter(q -> q.type() == QuestionType.RAG)
                .map(q -> step.state().answer(q.id()))
                .filter(a -> a != null && a.choice() != null)
                .map(a -> a.choice())
                .findFirst()
                .orElse(null);
        String judgement = choice == null ? "Not given" : RagMeanings.describe(choice);
        String href = "/workbooks/" + workbookId + "/steps/" + step.definition().id();
        return new StepSummary(
                step.definition().number(),
                step.definition().title(),
                href,
                TaskStatus.of(step.state().status()).text(),
                judgement,
                Rating.fromValue(choice).orElse(null),
                keyFigure,
                CheckAnswerRows.of(step, null),
                step.state().actions());
    }

    /** The number of actions, as the at-a-glance table shows it. */
    public int actionCount() {
        return actions.size();
    }
}
