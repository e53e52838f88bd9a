package org.vfmworkbook.workbook;

import java.time.LocalDate;

import org.vfmworkbook.web.FormErrors;

/** The local figure form for one comparison on a step: fields {@code figure-<comparison id>-value|source|as-at|note}. */
final class LocalFigureForm {

    static final String COMPARISON = "comparison";

    record Parsed(LocalFigureValues values, FormErrors errors) {}

    private LocalFigureForm() {}

    static String prefix(String comparisonId) {
        return "figure-" + comparisonId + "-";
    }

    static Parsed parse(String comparisonId, String metricId, FormValues form) {
        String p = prefix(comparisonId);
        FormNumbers.Errors errors = new FormNumbers.Errors();
        Double value = FormNumbers.decimal(form, p + "value", "your local figure", errors);
        String source = form.text(p + "source");
        if (source == null) {
            errors.add(p + "source", "Enter where the local figure comes from");
        } else if (source.length() > 500) {
            errors.add(p + "source", "The source must be 500 characters or fewer");
        }
        LocalDate asAt = FormNumbers.date(form, p + "as-at", "the date the figure applies to", errors);
        String note = form.text(p + "note");
        if (note != null && note.length() > 2000) {
            errors.add(p + "note", "The note must be 2,000 characters or fewer");
        }
        LocalFigureValues values =
                errors.errors.isEmpty() ? new LocalFigureValues(metricId, value, source, asAt, note) : null;
        return new Parsed(values, errors.errors);
    }
}
