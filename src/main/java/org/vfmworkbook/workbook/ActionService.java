package org.vfmworkbook.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.web.NotFoundProblem;

/** Adds, changes and removes a step's SMART actions; every field change is audited. */
@ApplicationScoped
public class ActionService {

    private final StepCatalogue steps;
    private final AuditTrail audit;

    ActionService(StepCatalogue steps, AuditTrail audit) {
        this.steps = steps;
        this.audit = audit;
    }

    @Transactional
    public ActionView add(long workbookId, String stepId, ActionValues values) {
        Workbook workbook = WorkbookService.findEditable(workbookId);
        PlannedAction action = new PlannedAction();
        action.workbook = workbook;
        action.stepId = steps.byId(stepId).id();
        apply(workbook, action, values);
        action.persist();
        startStep(workbook, action.stepId);
        PlannedAction.flush();
        return ActionView.of(action);
    }

    /** Adds an action agreed as a follow-up in a peer-challenge session, keeping the link to the follow-up and its session. */
    @Transactional
    public ActionView addFromFollowUp(
            long workbookId, String stepId, ActionValues values, long followUpId, long sessionId) {
        Workbook workbook = WorkbookService.findEditable(workbookId);
        if (PlannedAction.count("workbook = ?1 and peerFollowUpId = ?2", workbook, followUpId) > 0) {
            throw new WorkbookStateException("This follow-up is already in the action plan");
        }
        ActionView added = add(workbookId, stepId, values);
        PlannedAction action = find(workbook, added.id());
        action.peerFollowUpId = followUpId;
        action.peerSessionId = sessionId;
        audit.record(workbook, action.stepId, "PlannedAction[" + action.id + "].peerFollowUpId", null, followUpId);
        PlannedAction.flush();
        return ActionView.of(action);
    }

    /** Adds a dated progress note to the action. */
    @Transactional
    public ActionView addNote(long workbookId, long actionId, java.time.LocalDate date, String text) {
        Workbook workbook = WorkbookService.findEditable(workbookId);
        PlannedAction action = find(workbook, actionId);
        ProgressNote note = new ProgressNote();
        note.action = action;
        note.noteDate = date;
        note.text = text;
        note.writtenInYear = workbook.dataYear;
        note.createdAt = audit.now();
        note.createdBy = audit.who();
        action.notes.add(note);
        note.persist();
        audit.record(
                workbook, action.stepId, "PlannedAction[" + action.id + "].progressNote", null, date + ": " + text);
        action.updatedAt = audit.now();
        workbook.updatedAt = action.updatedAt;
        PlannedAction.flush();
        return ActionView.of(action);
    }

    @Transactional
    public ActionView action(long workbookId, long actionId) {
        return ActionView.of(find(WorkbookService.find(workbookId), actionId));
    }

    /** Changes the action; {@link StaleEditException} when someone else changed it after {@code basedOnVersion}. */
    @Transactional
    public ActionView change(long workbookId, long actionId, long basedOnVersion, ActionValues values) {
        Workbook workbook = WorkbookService.findEditable(workbookId);
        PlannedAction action = find(workbook, actionId);
        if (action.version != basedOnVersion) {
            throw new StaleEditException(
                    "Someone else changed this action since you opened it. Check the saved action and make your change again.");
        }
        apply(workbook, action, values);
        PlannedAction.flush();
        return ActionView.of(action);
    }

    @Transactional
    public void remove(long workbookId, long actionId) {
        Workbook workbook = WorkbookService.findEditable(workbookId);
        PlannedAction action = find(workbook, actionId);
        audit.record(workbook, action.stepId, "PlannedAction[" + action.id + "].removed", action.what, null);
        TheoryOfChangeService.removeFor(action);
        action.delete();
        workbook.updatedAt = audit.now();
    }

    private void apply(Workbook workbook, PlannedAction action, ActionValues v) {
        String f = "PlannedAction[" + (action.id == null ? "new" : action.id) + "].";
        audit.record(workbook, action.stepId, f + "what", action.what, v.what());
        audit.record(workbook, action.stepId, f + "owner", action.owner, v.owner());
        audit.record(workbook, action.stepId, f + "dueDate", action.dueDate, v.dueDate());
        audit.record(workbook, action.stepId, f + "measureOfSuccess", action.measureOfSuccess, v.measureOfSuccess());
        audit.record(
                workbook,
                action.stepId,
                f + "expectedAnnualSavingGbp",
                action.expectedAnnualSavingGbp,
                v.expectedAnnualSavingGbp());
        audit.record(workbook, action.stepId, f + "oneOffCostGbp", action.oneOffCostGbp, v.oneOffCostGbp());
        audit.record(workbook, action.stepId, f + "annualCostGbp", action.annualCostGbp, v.annualCostGbp());
        audit.record(
                workbook,
                action.stepId,
                f + "annualCostsAvoidedGbp",
                action.annualCostsAvoidedGbp,
                v.annualCostsAvoidedGbp());
        audit.record(workbook, action.stepId, f + "years", action.years, v.years());
        audit.record(workbook, action.stepId, f + "status", action.status, v.status());
        audit.record(workbook, action.stepId, f + "reviewDate", action.reviewDate, v.reviewDate());
        ActionValues.Measure m = v.measure();
        audit.record(workbook, action.stepId, f + "measureName", action.measureName, m == null ? null : m.name());
        audit.record(
                workbook, action.stepId, f + "measureAtStart", action.measureAtStart, m == null ? null : m.atStart());
        audit.record(workbook, action.stepId, f + "measureNow", action.measureNow, m == null ? null : m.now());
        action.what = v.what();
        action.owner = v.owner();
        action.dueDate = v.dueDate();
        action.measureOfSuccess = v.measureOfSuccess();
        action.expectedAnnualSavingGbp = v.expectedAnnualSavingGbp();
        action.oneOffCostGbp = v.oneOffCostGbp();
        action.annualCostGbp = v.annualCostGbp();
        action.annualCostsAvoidedGbp = v.annualCostsAvoidedGbp();
        action.years = v.years();
        FiscalDetail detail = v.fiscalDetail() == null ? FiscalDetail.NONE : v.fiscalDetail();
        audit.record(workbook, action.stepId, f + "fiscalDetail", action.fiscalDetail(), detail);
        action.setFiscalDetail(detail);
        action.status = v.status();
        action.reviewDate = v.reviewDate();
        action.measureName = m == null ? null : m.name();
        action.measureMetricId = m == null ? null : m.metricId();
        action.measureUnit = m == null ? null : m.unit();
        action.measureAtStart = m == null ? null : m.atStart();
        action.measureNow = m == null ? null : m.now();
        action.updatedAt = audit.now();
        action.updatedBy = audit.who();
        workbook.updatedAt = action.updatedAt;
    }

    private void startStep(Workbook workbook, String stepId) {
        StepProgress progress = WorkbookService.progressFor(workbook, stepId);
        if (progress.status == StepProgress.Status.NOT_STARTED) {
            audit.record(workbook, stepId, "StepProgress.status", progress.status, StepProgress.Status.IN_PROGRESS);
            progress.status = StepProgress.Status.IN_PROGRESS;
            progress.updatedAt = audit.now();
        }
    }

    private static PlannedAction find(Workbook workbook, long actionId) {
        return PlannedAction.findIn(workbook, actionId)
                .orElseThrow(() -> new NotFoundProblem("No action with number " + actionId + " in this workbook"));
    }
}
