package org.vfmworkbook.workbook;

import java.time.LocalDate;

import io.quarkus.qute.TemplateData;

/** A saved SMART action with its fiscal return when its inputs were given ({@code fiscalReturn} may be null). */
@TemplateData
public record ActionView(
        long id,
        long version,
        String stepId,
        String what,
        String owner,
        LocalDate dueDate,
        String measureOfSuccess,
        Long expectedAnnualSavingGbp,
        FiscalReturn fiscalReturn) {

    static ActionView of(PlannedAction action) {
        return new ActionView(
                action.id,
                action.version,
                action.stepId,
                action.what,
                action.owner,
                action.dueDate,
                action.measureOfSuccess,
                action.expectedAnnualSavingGbp,
                action.fiscalReturn().orElse(null));
    }

    public boolean hasFiscalReturn() {
        return fiscalReturn != null;
    }

    /** The fiscal return in sentences (FiscalReturnWording); empty without one. */
    public java.util.List<String> fiscalLines() {
        return fiscalReturn == null ? java.util.List.of() : FiscalReturnWording.lines(fiscalReturn);
    }
}
