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
