package org.vfmworkbook.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Function;

import io.quarkus.qute.TemplateData;

/**
 * What was typed in a GOV.UK date input (day, month and year, each its own field, named {@code name-day}, {@code name-month},
 * {@code name-year}), and the one reading of it every form uses: the messages follow the Design System's date input pattern. The
 * {@code dateInput} tag shows it again as typed, so an error page never wipes what the person entered.
 */
@TemplateData
public record DateInput(String day, String month, String year) {

    private static final DateInput BLANK = new DateInput(null, null, null);

    /** What a date is read as: the date, or the problem to show by the field (exactly one of the two is set when anything is wrong). */
    public record Reading(LocalDate date, String problem) {
        public boolean failed() {
            return problem != null;
        }
    }

    public static DateInput blank() {
        return BLANK;
    }

    /** The three fields of the date input {@code name}, read through {@code field} (a form's value by field name). */
    public static DateInput typed(String name, Function<String, String> field) {
        return new DateInput(
                trimmed(field.apply(name + "-day")),
                trimmed(field.apply(name + "-month")),
                trimmed(field.apply(name + "-year")));
    }

    /** A saved date shown in the three fields; blank for none. */
    public static DateInput of(LocalDate date) {
        return date == null
                ? BLANK
                : new DateInput(
                        String.valueOf(date.getDayOfMonth()),
                        String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean isBlank() {
        return day == null && month == null && year == null;
    }

    /**
     * Reads the date. {@code label} names it in messages ("the date the action is due"); a blank input is a problem only when
     * {@code required}; {@code earliest}, when not null, refuses an earlier date ("must be today or in the future" when it is today).
     */
    public Reading read(String label, boolean required, LocalDate earliest, LocalDate today) {
        String named = capitalise(label);
        if (isBlank()) {
            return new Reading(null, required ? "Enter " + label : null);
        }
        if (day == null || month == null || year == null) {
            return new Reading(null, named + " must include a " + missing());
        }
        LocalDate date;
        try {
            int y = Integer.parseInt(year);
            if (year.length() != 4 || y < 1900 || y > 2100) {
                return new Reading(null, named + " must be a real date, with a 4-digit year");
            }
            date = LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            return new Reading(null, named + " must be a real date");
        }
        if (earliest != null && date.isBefore(earliest)) {
            return new Reading(
                    null,
                    earliest.equals(today)
                            ? named + " must be today or in the future"
                            : named + " must be on or after " + Fmt.date(earliest));
        }
        return new Reading(date, null);
    }

    private String missing() {
        StringBuilder parts = new StringBuilder();
        if (day == null) {
            parts.append("day");
        }
        if (month == null) {
            parts.append(parts.isEmpty() ? "" : " and ").append("month");
        }
        if (year == null) {
            parts.append(parts.isEmpty() ? "" : " and ").append("year");
        }
        return parts.toString();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
