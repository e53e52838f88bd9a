package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.web.SummaryRow;

/** A step's answers as GOV.UK summary rows: the question, the answer in words, and a Change link when {@code stepHref} is given. */
final class CheckAnswerRows {

    static final String NOT_ANSWERED = "Not answered";

    private CheckAnswerRows() {}

    static List<SummaryRow> of(WorkbookState.Step step, String stepHref) {
        List<SummaryRow> rows = new ArrayList<>();
        for (ChallengeQuestion q : step.definition().questions()) {
            if (!AnswersForm.answerable(q)) {
                continue;
            }
            SavedAnswer answer = step.state().answer(q.id());
            String href = stepHref == null
                    ? null
                    : stepHref + "#"
                            + (q.type().name().equals("RAG") || q.type().name().equals("YES_NO_PARTLY")
                                    ? AnswersForm.choice(q)
                                    : AnswersForm.text(q));
            rows.add(
                    new SummaryRow(q.text(), words(answer), href, href == null ? null : "your answer to: " + q.text()));
        }
        return rows;
    }

    static String words(SavedAnswer answer) {
        if (answer == null || answer.isBlank()) {
            return NOT_ANSWERED;
        }
        List<String> parts = new ArrayList<>();
        if (answer.choice() != null) {
            parts.add(RagMeanings.describe(answer.choice()));
        }
        if (answer.text() != null) {
            parts.add(answer.text());
        }
        if (!answer.links().isEmpty()) {
            parts.add("Links: "
                    + answer.links().stream()
                            .map(l -> l.title() + " (" + l.url() + ")")
                            .collect(Collectors.joining("; ")));
        }
        return String.join(". ", parts);
    }
}
