package org.vfmworkbook.workbook;

import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.web.RadioItem;

/**
 * One question as the step form shows it, with the value to show (the user's input on re-render, else the saved answer), and the hidden
 * fields saying which version of the answer the form is based on ({@link AnswerBasis}: on a re-render, the one the user's form had).
 * {@code allLinksUsed}: an evidence answer has the most links it may, so no empty link is offered.
 */
@TemplateData
public record QuestionView(
        String id,
        String type,
        String text,
        String hint,
        boolean furtherReview,
        String textName,
        String textLabel,
        String textValue,
        String choiceName,
        List<RadioItem> choices,
        String choiceValue,
        List<LinkRow> links,
        boolean allLinksUsed,
        List<Map.Entry<String, String>> basisFields) {

    /** An evidence link's pair of fields. */
    @TemplateData
    public record LinkRow(int number, String titleName, String title, String urlName, String url) {}

    public boolean hasChoices() {
        return !choices.isEmpty();
    }

    public int maxLinks() {
        return AnswersForm.MAX_LINKS;
    }

    public boolean isEvidence() {
        return "evidence".equals(type);
    }
}
