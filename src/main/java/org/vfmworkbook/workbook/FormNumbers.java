package org.vfmworkbook.workbook;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.vfmworkbook.web.FieldError;
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
        String day = form.text(field + "-day");
        String month = form.text(field + "-month");
        String year = form.text(field + "-year");
        if (day == null && month == null && year == null) {
            errors.addDate(field, "Enter " + label);
            return null;
        }
        if (day == null || month == null || year == null) {
            errors.addDate(field, capitalise(label) + " must include a day, month and year");
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2100) {
                errors.addDate(field, capitalise(label) + " must be a real date, with a 4-digit year");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            errors.addDate(field, capitalise(label) + " must be a real date");
            return null;
        }
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
