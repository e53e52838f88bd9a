package org.vfmworkbook.workbook;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.findings.UnitFormat;
import org.vfmworkbook.web.Fmt;

/**
 * A saved SMART action with its fiscal return when its inputs were given ({@code fiscalReturn} may be null), and how it is followed
 * up: status, review date (may be null), the named measure (may be null), its progress notes oldest first, whether it was carried
 * from last year's workbook, the peer-challenge session it was agreed in ({@code peerSessionId} null when none), and its Theory of
 * Change ({@code theoryOfChange} null when none).
 */
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
        FiscalReturn fiscalReturn,
        ActionStatus status,
        LocalDate reviewDate,
        ActionValues.Measure measure,
        List<Note> notes,
        boolean carriedForward,
        Long peerSessionId,
        TheoryOfChangeView theoryOfChange) {

    /** A progress note: the day it describes, what was written, and the workbook year it was written in. */
    @TemplateData
    public record Note(LocalDate date, String text, String year) {}

    static ActionView of(PlannedAction action) {
        ActionValues.Measure measure = action.measureName == null
                ? null
                : new ActionValues.Measure(
                        action.measureName,
                        action.measureMetricId,
                        action.measureUnit,
                        action.measureAtStart,
                        action.measureNow);
        return new ActionView(
                action.id,
                action.version,
                action.stepId,
                action.what,
                action.owner,
                action.dueDate,
                action.measureOfSuccess,
                action.expectedAnnualSavingGbp,
                action.fiscalReturn().orElse(null),
                action.status(),
                action.reviewDate,
                measure,
                action.notes.stream()
                        .map(n -> new Note(n.noteDate, n.text, n.writtenInYear))
                        .toList(),
                action.carriedFromActionId != null,
                action.peerSessionId,
                action.id == null
                        ? null
                        : TheoryOfChange.findFor(action)
                                .map(TheoryOfChangeView::of)
                                .orElse(null));
    }

    public boolean hasFiscalReturn() {
        return fiscalReturn != null;
    }

    /** The fiscal return in sentences (FiscalReturnWording); empty without one. */
    public java.util.List<String> fiscalLines() {
        return fiscalReturn == null ? java.util.List.of() : FiscalReturnWording.lines(fiscalReturn);
    }

    public boolean hasTheoryOfChange() {
        return theoryOfChange != null;
    }

    public boolean hasMeasure() {
        return measure != null;
    }

    /** The measure's value when the action was planned, in its unit; "Not recorded" when not given. */
    public String measureAtStartText() {
        return measureValue(measure == null ? null : measure.atStart());
    }

    public String measureNowText() {
        return measureValue(measure == null ? null : measure.now());
    }

    /** "moved from £515 to £490", or null when either value is missing. */
    public String measureMovement() {
        if (measure == null || measure.atStart() == null || measure.now() == null) {
            return null;
        }
        return "moved from " + measureAtStartText() + " to " + measureNowText();
    }

    /** Whether the action is past its due date and still open. */
    public boolean overdue(LocalDate today) {
        return status.open() && dueDate.isBefore(today);
    }

    public String peerSessionHref() {
        return peerSessionId == null ? null : "/peer-sessions/" + peerSessionId;
    }

    private String measureValue(Double value) {
        if (value == null) {
            return "Not recorded";
        }
        return measure.unit() == null
                ? Fmt.decimal(value, value % 1 == 0 ? 0 : 2)
                : UnitFormat.format(org.vfmworkbook.metrics.Unit.fromValue(measure.unit()), value);
    }
}
