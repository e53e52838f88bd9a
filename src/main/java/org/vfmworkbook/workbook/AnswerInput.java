package org.vfmworkbook.workbook;

import java.util.List;
import java.util.Objects;

/**
 * What the user submitted for one question: text, a choice, evidence links (already validated), and what the form showed for it
 * ({@code basis}; {@code null} when the form did not say, and the step's version decides, as before answers had their own).
 */
public record AnswerInput(
        String questionId, String text, String choice, List<SavedAnswer.Link> links, AnswerBasis basis) {

    public AnswerInput {
        links = List.copyOf(links);
        text = clean(text);
        choice = choice == null || choice.isBlank() ? null : choice;
    }

    public AnswerInput(String questionId, String text, String choice, List<SavedAnswer.Link> links) {
        this(questionId, text, choice, links, null);
    }

    /** Text as stored: line endings as {@code \n} (a browser posts {@code \r\n}, a script may not), trimmed, null when blank. */
    static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    boolean sameAs(SavedAnswer saved) {
        if (saved == null) {
            return text == null && choice == null && links.isEmpty();
        }
        return Objects.equals(text, clean(saved.text()))
                && Objects.equals(choice, saved.choice())
                && links.equals(saved.links());
    }
}
