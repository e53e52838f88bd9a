package org.vfmworkbook.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.vfmworkbook.report.Report.Answer;
import org.vfmworkbook.report.Report.Judgement;
import org.vfmworkbook.report.WorkbookContent.AnswerContent;
import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.steps.Rating;

/** The council's answers as the report shows them: each answer, the judgement with its step's meaning, the labels. */
final class ReportAnswers {

    private ReportAnswers() {}

    static Answer answer(ChallengeQuestion question, AnswerContent answer) {
        if (answer == null) {
            return new Answer(question.text(), null, null, List.of());
        }
        return new Answer(question.text(), blankToNull(answer.text()), choiceLabel(answer.choice()), answer.links());
    }

    /** The rating with the meaning its step gives it ({@code meanings}), then the council's own explanation. */
    static Judgement judgement(ChallengeQuestion question, AnswerContent answer) {
        Optional<Rating> rating = Rating.fromValue(answer == null ? null : answer.choice());
        if (rating.isEmpty()) {
            return new Judgement(question.text(), null, null, null);
        }
        String meaning = question.meaning(rating.get());
        if (answer.text() != null && !answer.text().isBlank()) {
            meaning = meaning == null
                    ? answer.text().strip()
                    : meaning + " " + answer.text().strip();
        }
        return new Judgement(
                question.text(),
                Wording.get(rating.get().value()),
                meaning,
                rating.get().tagColour());
    }

    static String choiceLabel(String choice) {
        if (choice == null || choice.isBlank()) {
            return null;
        }
        String c = choice.strip().replace('-', ' ').replace('_', ' ');
        return Character.toUpperCase(c.charAt(0)) + c.substring(1).toLowerCase(Locale.ROOT);
    }

    static String statusLabel(String status) {
        return status == null || status.isBlank() ? Wording.get("statusNotStarted") : choiceLabel(status);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
