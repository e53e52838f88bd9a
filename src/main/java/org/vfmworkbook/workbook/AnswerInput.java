package org.vfmworkbook.workbook;

import java.util.List;

/** What the user submitted for one question: text, a choice, evidence links (already validated). */
public record AnswerInput(String questionId, String text, String choice, List<SavedAnswer.Link> links) {

    public AnswerInput {
        links = List.copyOf(links);
        text = text == null || text.isBlank() ? null : text.strip();
        choice = choice == null || choice.isBlank() ? null : choice;
    }

    boolean sameAs(SavedAnswer saved) {
        if (saved == null) {
            return text == null && choice == null && links.isEmpty();
        }
        return java.util.Objects.equals(text, saved.text()) && java.util.Objects.equals(choice, saved.choice())
                && links.equals(saved.links());
    }
}
