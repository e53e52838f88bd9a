package org.vfmworkbook.workbook;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.web.DateInput;
import org.vfmworkbook.web.FormErrors;

/** The SMART action form with its optional fiscal-return inputs and how it is followed up: field names and validation. */
final class ActionForm {

    static final String WHAT = "action-what";
    static final String OWNER = "action-owner";
    static final String DUE = "action-due";
    static final String MEASURE = "action-measure";
    static final String SAVING = "action-saving";
    static final String ONE_OFF = "action-one-off-cost";
    static final String ANNUAL_COST = "action-annual-cost";
    static final String AVOIDED = "action-costs-avoided";
    static final String YEARS = "action-years";
    static final String OVERHEADS = "action-overheads";
    static final String PILOT_PEOPLE = "action-pilot-people";
    static final String SERVICE_PEOPLE = "action-service-people";
    static final String BASIS = "action-figures-basis";
    static final String BUSINESS_AS_USUAL = "action-business-as-usual";
    static final String STATUS = "action-status";
    static final String REVIEW = "action-review";
    static final String MEASURE_METRIC = "action-measure-metric";
    static final String MEASURE_NAME = "action-measure-name";
    static final String MEASURE_START = "action-measure-start";
    static final String MEASURE_NOW = "action-measure-now";
    static final String VERSION = "version";
    private static final java.util.List<String> FISCAL_FIELDS = java.util.List.of(
            ONE_OFF, ANNUAL_COST, AVOIDED, YEARS, OVERHEADS, PILOT_PEOPLE, SERVICE_PEOPLE, BASIS, BUSINESS_AS_USUAL);

    record Parsed(ActionValues values, FormErrors errors) {}

    private ActionForm() {}

    /**
     * Reads the form. {@code savedDue} is the action's due date as saved (null for a new action): a due date in the past is refused
     * unless it is the one already saved, so an overdue action can still be followed up.
     */
    static Parsed parse(FormValues form, LocalDate savedDue, ActionChoices measures) {
        FormNumbers.Errors errors = new FormNumbers.Errors();
        String what = required(form, WHAT, "what the action is", 1000, errors);
        String owner = required(form, OWNER, "who owns the action", 200, errors);
        LocalDate today = FormNumbers.today();
        boolean unchanged = savedDue != null
                && savedDue.equals(DateInput.typed(DUE, form::get)
                        .read("", true, null, today)
                        .date());
        LocalDate due =
                FormNumbers.date(form, DUE, "the date the action is due", true, unchanged ? null : today, errors);
        String measure = required(form, MEASURE, "how you will measure success", 1000, errors);
        Long saving = FormNumbers.wholePounds(form, SAVING, "the expected annual saving", false, true, errors);
        boolean anyFroi = FISCAL_FIELDS.stream().anyMatch(f -> form.text(f) != null);
        Long oneOff = FormNumbers.wholePounds(form, ONE_OFF, "the one-off cost", anyFroi, false, errors);
        Long annual = FormNumbers.wholePounds(form, ANNUAL_COST, "the annual cost", anyFroi, false, errors);
        Long avoided = FormNumbers.wholePounds(form, AVOIDED, "the annual costs avoided", anyFroi, false, errors);
        Integer years = years(form, anyFroi, errors);
        FiscalDetail detail =
                FiscalDetailForm.parse(form, OVERHEADS, PILOT_PEOPLE, SERVICE_PEOPLE, BASIS, BUSINESS_AS_USUAL, errors);
        ActionStatus status = status(form, errors);
        LocalDate review = FormNumbers.date(form, REVIEW, "the review date", false, null, errors);
        ActionValues.Measure named = measure(form, measures, errors);
        return new Parsed(
                new ActionValues(
                        what, owner, due, measure, saving, oneOff, annual, avoided, years, detail, status, review,
                        named),
                errors.errors);
    }

    private static ActionStatus status(FormValues form, FormNumbers.Errors errors) {
        String raw = form.text(STATUS);
        if (raw == null) {
            return ActionStatus.NOT_STARTED;
        }
        return ActionStatus.fromValue(raw).orElseGet(() -> {
            errors.add(STATUS, "Choose where the action stands");
            return null;
        });
    }

    private static ActionValues.Measure measure(FormValues form, ActionChoices measures, FormNumbers.Errors errors) {
        String chosen = form.text(MEASURE_METRIC);
        boolean anyValue = form.text(MEASURE_START) != null || form.text(MEASURE_NOW) != null;
        Double start = form.text(MEASURE_START) == null
                ? null
                : FormNumbers.decimal(form, MEASURE_START, "the measure's value at the start", errors);
        Double now = form.text(MEASURE_NOW) == null
                ? null
                : FormNumbers.decimal(form, MEASURE_NOW, "the measure's value now", errors);
        if (chosen == null) {
            if (anyValue) {
                errors.add(MEASURE_METRIC, "Choose the measure these values are of");
            }
            return null;
        }
        if (ActionChoices.LOCAL.equals(chosen)) {
            String name = required(form, MEASURE_NAME, "the name of the local figure", 200, errors);
            return name == null ? null : new ActionValues.Measure(name, null, null, start, now);
        }
        MetricDefinition metric = measures.metric(chosen).orElse(null);
        if (metric == null) {
            errors.add(MEASURE_METRIC, "Choose a measure from the list");
            return null;
        }
        return new ActionValues.Measure(
                metric.title(), metric.id(), metric.unit().value(), start, now);
    }

    private static Integer years(FormValues form, boolean required, FormNumbers.Errors errors) {
        String raw = form.text(YEARS);
        if (raw == null) {
            if (required) {
                errors.add(YEARS, "Enter the number of years, from 1 to 20");
            }
            return null;
        }
        try {
            int years = Integer.parseInt(raw);
            if (years >= 1 && years <= 20) {
                return years;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(YEARS, "The number of years must be a whole number from 1 to 20");
        return null;
    }

    static String required(FormValues form, String field, String label, int max, FormNumbers.Errors errors) {
        String value = form.text(field);
        if (value == null) {
            errors.add(field, "Enter " + label);
        } else if (value.length() > max) {
            errors.add(field, FormNumbers.capitalise(label) + " must be " + max + " characters or fewer");
        }
        return value;
    }

    /** The form filled in from a saved action, for the change page. */
    static FormValues of(ActionView action) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(WHAT, action.what());
        v.put(OWNER, action.owner());
        putDate(v, DUE, action.dueDate());
        v.put(MEASURE, action.measureOfSuccess());
        put(v, SAVING, action.expectedAnnualSavingGbp());
        if (action.fiscalReturn() != null) {
            put(v, ONE_OFF, action.fiscalReturn().oneOffCostGbp());
            put(v, ANNUAL_COST, action.fiscalReturn().annualCostGbp());
            put(v, AVOIDED, action.fiscalReturn().annualCostsAvoidedGbp());
            put(v, YEARS, action.fiscalReturn().years());
            FiscalDetail detail = action.fiscalReturn().detail();
            put(v, OVERHEADS, detail.annualOverheadGbp());
            put(v, PILOT_PEOPLE, detail.pilotPeople());
            put(v, SERVICE_PEOPLE, detail.servicePeople());
            put(v, BASIS, detail.basis() == null ? null : detail.basis().name().toLowerCase(java.util.Locale.ROOT));
            put(v, BUSINESS_AS_USUAL, detail.businessAsUsualAnnualCostGbp());
        }
        v.put(STATUS, action.status().value());
        putDate(v, REVIEW, action.reviewDate());
        if (action.measure() != null) {
            ActionValues.Measure m = action.measure();
            v.put(MEASURE_METRIC, m.metricId() == null ? ActionChoices.LOCAL : m.metricId());
            put(v, MEASURE_NAME, m.metricId() == null ? m.name() : null);
            put(v, MEASURE_START, plain(m.atStart()));
            put(v, MEASURE_NOW, plain(m.now()));
        }
        v.put(VERSION, String.valueOf(action.version()));
        return FormValues.of(v);
    }

    static void putDate(Map<String, String> v, String field, LocalDate date) {
        DateInput shown = DateInput.of(date);
        put(v, field + "-day", shown.day());
        put(v, field + "-month", shown.month());
        put(v, field + "-year", shown.year());
    }

    private static String plain(Double value) {
        return value == null ? null : value % 1 == 0 ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    private static void put(Map<String, String> v, String field, Object value) {
        if (value != null) {
            v.put(field, String.valueOf(value));
        }
    }
}
