package org.vfmworkbook.workbook;

import java.util.List;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.steps.QuestionType;
import org.vfmworkbook.web.SummaryRow;

/** One step on the workbook summary: its status, judgement, answers as summary rows and its actions. */
@TemplateData
public record StepSummary(
        int number,
        String title,
        String href,
        String status,
        String judgement,
        List<SummaryRow> answers,
        List<ActionView> actions) {

    static StepSummary of(WorkbookContent.Step step, long workbookId) {
        String judgement = step.definition().questions().stream()
                .filter(q -> q.type() == QuestionType.RAG)
                .map(q -> step.state().answer(q.id()))
                .filter(a -> a != null && a.choice() != null)
                .map(a -> RagMeanings.describe(a.choice()))
                .findFirst()
                .orElse("Not given");
        String href = "/workbooks/" + workbookId + "/steps/" + step.definition().id();
        return new StepSummary(
                step.definition().number(),
                step.definition().title(),
                href,
                TaskStatus.of(step.state().status()).text(),
                judgement,
                CheckAnswerRows.of(step, null),
                step.state().actions());
    }
}
