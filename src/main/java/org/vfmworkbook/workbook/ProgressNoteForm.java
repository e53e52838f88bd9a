package org.vfmworkbook.workbook;

import java.time.LocalDate;

import org.vfmworkbook.web.FormErrors;

/** The progress-note form on the change-action page: the day the note describes (not in the future) and what happened. */
final class ProgressNoteForm {

    static final String DATE = "note-date";
    static final String TEXT = "note-text";

    record Parsed(LocalDate date, String text, FormErrors errors) {}

    private ProgressNoteForm() {}

    static Parsed parse(FormValues form) {
        FormNumbers.Errors errors = new FormNumbers.Errors();
        LocalDate date = FormNumbers.date(form, DATE, "the date of the note", true, null, errors);
        if (date != null && date.isAfter(FormNumbers.today())) {
            errors.addDate(DATE, "The date of the note must be today or in the past");
            date = null;
        }
        String text = ActionForm.required(form, TEXT, "what has happened", 2000, errors);
        return new Parsed(date, text, errors.errors);
    }
}
