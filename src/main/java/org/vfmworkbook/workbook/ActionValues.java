package org.vfmworkbook.workbook;

import java.time.LocalDate;

/** A validated SMART action and its optional fiscal-return inputs (all four or none, and their optional detail). */
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
        FiscalDetail fiscalDetail) {}
