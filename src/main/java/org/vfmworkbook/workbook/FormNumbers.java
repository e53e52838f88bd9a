package org.vfmworkbook.workbook;

import java.time.LocalDate;

import org.vfmworkbook.web.DateInput;
import org.vfmworkbook.web.FieldError;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.web.FormErrors;

/** Reads whole pounds, numbers and dates from form fields, adding GOV.UK-worded errors. */
final class FormNumbers {

    private FormNumbers() {}

    /** Result holder so a parse can both return a value and add an error. */
    static final class Errors {
        FormErrors errors = FormErrors.none();

        void add(String field, String message) {
            errors = errors.with(field, message);
        }

        void addDate(String field, String message) {
            errors = errors.with(FieldError.forDate(field, message));
        }
    }

    static Long wholePounds(
            FormValues form, String field, String label, boolean required, boolean allowNegative, Errors errors) {
        String raw = form.text(field);
        if (raw == null) {
            if (required) {
                errors.add(field, "Enter " + label);
            }
            return null;
        }
        String cleaned = raw.replace("£", "").replace(",", "").strip();
        try {
            long value = Long.parseLong(cleaned);
            if (value < 0 && !allowNegative) {
                errors.add(field, capitalise(label) + " must be £0 or more");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(field, capitalise(label) + " must be a whole number of pounds, like 25000");
            return null;
        }
    }

    static Double decimal(FormValues form, String field, String label, Errors errors) {
        String raw = form.text(field);
        if (raw == null) {
            errors.add(field, "Enter " + label);
            return null;
        }
        try {
            double value = Double.parseDouble(
                    raw.replace("£", "").replace(",", "").replace("%", "").strip());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(field, capitalise(label) + " must be a number, like 1234.5");
            return null;
        }
    }

    static LocalDate date(FormValues form, String field, String label, Errors errors) {
        return date(form, field, label, true, null, errors);
    }

    /** A GOV.UK date input read by {@link DateInput}: {@code earliest} (when not null) refuses an earlier date. */
    static LocalDate date(
            FormValues form, String field, String label, boolean required, LocalDate earliest, Errors errors) {
        DateInput.Reading reading = DateInput.typed(field, form::get).read(label, required, earliest, today());
        if (reading.failed()) {
            errors.addDate(field, reading.problem());
        }
        return reading.date();
    }

    static LocalDate today() {
        return LocalDate.now(Fmt.LONDON);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
