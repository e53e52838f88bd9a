package org.vfmworkbook.workbook;

import java.util.List;

import org.vfmworkbook.steps.StepDefinition;

/**
 * A workbook's whole state, for the summary page, the sign-off check, peer sessions and the report's source: the workbook, the director's summary, the custom
 * comparator group, and every step (in step order) with its definition and what the council recorded.
 */
public record WorkbookState(
        WorkbookSummary workbook, String directorSummary, List<String> customGroup, List<Step> steps) {

    /** One step's definition and the council's state for it. */
    public record Step(StepDefinition definition, StepState state) {}
}
