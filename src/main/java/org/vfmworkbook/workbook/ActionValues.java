package org.vfmworkbook.workbook;

import java.time.LocalDate;

/**
 * A validated SMART action, its optional fiscal-return inputs (all four or none, and their optional detail) and how it is
 * followed up: status, review date and the named measure (a catalogue metric or a local figure; null when none is named).
 */
public record ActionValues(
        String what,
        String owner,
        LocalDate dueDate,
        String measureOfSuccess,
        Long expectedAnnualSavingGbp,
        Long oneOffCostGbp,
        Long annualCostGbp,
        Long annualCostsAvoidedGbp,
        Integer years,
        FiscalDetail fiscalDetail,
        ActionStatus status,
        LocalDate reviewDate,
        Measure measure) {

    /** The measure that will show the action worked; {@code metricId} and {@code unit} null for a local figure. */
    public record Measure(String name, String metricId, String unit, Double atStart, Double now) {}

    /** A new action with only the SMART fields (and a saving): not started, no review date, no named measure. */
    public static ActionValues smart(
            String what, String owner, LocalDate dueDate, String measureOfSuccess, Long expectedAnnualSavingGbp) {
        return new ActionValues(
                what,
                owner,
                dueDate,
                measureOfSuccess,
                expectedAnnualSavingGbp,
                null,
                null,
                null,
                null,
                null,
                ActionStatus.NOT_STARTED,
                null,
                null);
    }
}
