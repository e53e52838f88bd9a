package org.vfmworkbook.workbook;

import java.util.HashSet;
import java.util.Set;

/**
 * Copies what a council recorded in one workbook into a new, empty one: answers with their evidence links, the data audit
 * (step 13), planned actions (into another year only the open ones, each with its history: status, measure, progress
 * notes, Theory of Change), the custom
 * comparator group and the director's summary, and (for a new version of the same year) local figures and each step's status. Works
 * for any pair of years: nothing here reads national data. Runs inside the caller's transaction.
 */
final class WorkbookCopy {

    enum Kind {
        /** The next version of a signed-off workbook: everything, as it was. */
        NEW_VERSION,
        /** A workbook for another year starting from an earlier one: local figures stay behind, copied steps are to be reviewed. */
        ANOTHER_YEAR
    }

    /** How much was copied, for the audit entry. */
    record Counts(int answers, int evidenceLinks, int actions, int localFigures) {
        @Override
        public String toString() {
            return answers + " answers, " + evidenceLinks + " evidence links, " + actions + " actions, " + localFigures
                    + " local figures";
        }
    }

    private final AuditTrail audit;

    WorkbookCopy(AuditTrail audit) {
        this.audit = audit;
    }

    Counts copy(Workbook from, Workbook to, Kind kind) {
        to.customGroup = from.customGroup;
        to.directorSummary = from.directorSummary;
        Set<String> stepsWithContent = new HashSet<>();
        int answers = 0;
        int links = 0;
        for (Answer source : Answer.listFor(from)) {
            Answer answer = new Answer();
            answer.workbook = to;
            answer.stepId = source.stepId;
            answer.questionId = source.questionId;
            answer.text = source.text;
            answer.choice = source.choice;
            answer.updatedAt = audit.now();
            answer.updatedBy = audit.who();
            for (EvidenceLink sourceLink : source.links) {
                EvidenceLink link = new EvidenceLink();
                link.answer = answer;
                link.title = sourceLink.title;
                link.url = sourceLink.url;
                answer.links.add(link);
                links++;
            }
            answer.persist();
            stepsWithContent.add(answer.stepId);
            answers++;
        }
        int actions = 0;
        for (PlannedAction source : PlannedAction.listFor(from)) {
            if (kind == Kind.ANOTHER_YEAR && !source.status().open()) {
                continue; // done or dropped: it stays in last year's plan, where the new year's step page reads it
            }
            PlannedAction copied = copyAction(source, to, kind);
            copied.persist();
            TheoryOfChangeService.copy(source, copied, audit);
            stepsWithContent.add(source.stepId);
            actions++;
        }
        int figures = 0;
        if (kind == Kind.NEW_VERSION) {
            for (LocalFigure source : LocalFigure.listFor(from)) {
                LocalFigure figure = new LocalFigure();
                figure.workbook = to;
                figure.metricId = source.metricId;
                figure.value = source.value;
                figure.source = source.source;
                figure.asAt = source.asAt;
                figure.note = source.note;
                figure.updatedAt = audit.now();
                figure.updatedBy = audit.who();
                figure.persist();
                figures++;
            }
        }
        for (DataAuditEntry source : DataAuditEntry.listFor(from)) {
            copyAuditEntry(source, to).persist();
            stepsWithContent.add(source.stepId);
        }
        java.util.Map<String, StepProgress.Status> statusesBefore = StepProgress.listFor(from).stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.stepId, p -> p.status));
        for (StepProgress progress : StepProgress.listFor(to)) {
            progress.status = kind == Kind.NEW_VERSION
                    ? statusesBefore.getOrDefault(progress.stepId, StepProgress.Status.NOT_STARTED)
                    : stepsWithContent.contains(progress.stepId)
                            ? StepProgress.Status.IN_PROGRESS
                            : StepProgress.Status.NOT_STARTED;
        }
        return new Counts(answers, links, actions, figures);
    }

    /** A data audit answer (step 13), as it was: another year starts from last year's audit, to be reviewed like the answers. */
    private DataAuditEntry copyAuditEntry(DataAuditEntry source, Workbook to) {
        DataAuditEntry entry = new DataAuditEntry();
        entry.workbook = to;
        entry.stepId = source.stepId;
        entry.kind = source.kind;
        entry.itemId = source.itemId;
        entry.choice = source.choice;
        entry.whatHappensNow = source.whatHappensNow;
        entry.whatNeedsToHappen = source.whatNeedsToHappen;
        entry.howYouWillProgress = source.howYouWillProgress;
        entry.note = source.note;
        entry.updatedAt = audit.now();
        entry.updatedBy = audit.who();
        return entry;
    }

    /**
     * The action with its follow-up and history: status, review date, measure (start and latest value), progress notes and peer
     * link. Into another year it is marked as carried from the source action, so the new year can say what moved.
     */
    private PlannedAction copyAction(PlannedAction source, Workbook to, Kind kind) {
        PlannedAction action = new PlannedAction();
        action.workbook = to;
        action.stepId = source.stepId;
        action.what = source.what;
        action.owner = source.owner;
        action.dueDate = source.dueDate;
        action.measureOfSuccess = source.measureOfSuccess;
        action.expectedAnnualSavingGbp = source.expectedAnnualSavingGbp;
        action.oneOffCostGbp = source.oneOffCostGbp;
        action.annualCostGbp = source.annualCostGbp;
        action.annualCostsAvoidedGbp = source.annualCostsAvoidedGbp;
        action.years = source.years;
        action.setFiscalDetail(source.fiscalDetail());
        action.status = source.status;
        action.reviewDate = source.reviewDate;
        action.measureName = source.measureName;
        action.measureMetricId = source.measureMetricId;
        action.measureUnit = source.measureUnit;
        action.measureAtStart = source.measureAtStart;
        action.measureNow = source.measureNow;
        action.carriedFromActionId = kind == Kind.ANOTHER_YEAR ? source.id : source.carriedFromActionId;
        action.peerFollowUpId = source.peerFollowUpId;
        action.peerSessionId = source.peerSessionId;
        for (ProgressNote sourceNote : source.notes) {
            ProgressNote note = new ProgressNote();
            note.action = action;
            note.noteDate = sourceNote.noteDate;
            note.text = sourceNote.text;
            note.writtenInYear = sourceNote.writtenInYear;
            note.createdAt = sourceNote.createdAt;
            note.createdBy = sourceNote.createdBy;
            action.notes.add(note);
        }
        action.updatedAt = audit.now();
        action.updatedBy = audit.who();
        return action;
    }
}
