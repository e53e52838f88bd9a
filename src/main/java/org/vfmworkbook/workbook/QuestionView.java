package org.vfmworkbook.workbook;

import java.util.List;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.web.RadioItem;

/** One question as the step form shows it, with the value to show (the user's input on re-render, else the saved answer). */
@TemplateData
public record QuestionView(String id, String type, String text, String hint, boolean furtherReview, String textName,
        String textLabel, String textValue, String choiceName, List<RadioItem> choices, String choiceValue,
        List<LinkRow> links) {

    /** An evidence link's pair of fields. */
    @TemplateData
    public record LinkRow(int number, String titleName, String title, String urlName, String url) {
    }

    public boolean hasChoices() {
        return !choices.isEmpty();
    }

    public boolean isEvidence() {
        return "evidence".equals(type);
    }
}
