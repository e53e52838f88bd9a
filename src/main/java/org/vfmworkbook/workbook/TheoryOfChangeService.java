package org.vfmworkbook.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.vfmworkbook.web.NotFoundProblem;

/**
 * Saves an action's Theory of Change (every changed field of every box audited, like the action's own fields), refuses a change to
 * a signed-off workbook ({@link WorkbookService#findEditable}) and detects a form saved over someone else's later change.
 */
@ApplicationScoped
public class TheoryOfChangeService {

    private final AuditTrail audit;

    TheoryOfChangeService(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * Replaces the action's Theory of Change with {@code boxes}. {@code basedOnVersion} is the version the form was shown with, null
     * when it was shown with none saved; {@link StaleEditException} when that is no longer so.
     */
    @Transactional
    public ActionView save(long workbookId, long actionId, Long basedOnVersion, List<TheoryOfChangeView.Box> boxes) {
        Workbook workbook = WorkbookService.findEditable(workbookId);
        PlannedAction action = PlannedAction.findIn(workbook, actionId)
                .orElseThrow(() -> new NotFoundProblem("No action with number " + actionId + " in this workbook"));
        TheoryOfChange theory = TheoryOfChange.findFor(action).orElse(null);
        Long current = theory == null ? null : theory.version;
        if (!Objects.equals(current, basedOnVersion)) {
            throw new StaleEditException("Someone else changed this Theory of Change since you opened it."
                    + " Check the saved version and make your change again.");
        }
        if (theory == null) {
            theory = new TheoryOfChange();
            theory.action = action;
            theory.persist();
        }
        apply(workbook, action, theory, boxes);
        theory.updatedAt = audit.now();
        theory.updatedBy = audit.who();
        action.updatedAt = theory.updatedAt;
        workbook.updatedAt = theory.updatedAt;
        TheoryOfChange.flush();
        return ActionView.of(action);
    }

    private void apply(
            Workbook workbook, PlannedAction action, TheoryOfChange theory, List<TheoryOfChangeView.Box> boxes) {
        Map<String, TheoryOfChangeItem> existing = new HashMap<>();
        theory.items.forEach(i -> existing.put(key(i.stage, i.slot), i));
        String f = "TheoryOfChange[" + action.id + "].";
        for (TheoryOfChangeView.Box box : boxes) {
            TheoryOfChangeItem item = existing.remove(key(box.stage(), box.slot()));
            if (item == null) {
                item = new TheoryOfChangeItem();
                item.theory = theory;
                item.stage = box.stage();
                item.slot = box.slot();
                theory.items.add(item);
            }
            String at = f + key(box.stage(), box.slot()) + ".";
            audit.record(workbook, action.stepId, at + "text", item.text, box.text());
            audit.record(workbook, action.stepId, at + "date", item.milestoneDate, box.date());
            audit.record(workbook, action.stepId, at + "evidence", item.evidence, box.evidence());
            audit.record(workbook, action.stepId, at + "measure", item.measureName, box.measure());
            item.text = box.text();
            item.milestoneDate = box.date();
            item.evidence = box.evidence();
            item.measureName = box.measure();
            item.measureMetricId = box.metricId();
        }
        for (TheoryOfChangeItem gone : existing.values()) {
            audit.record(workbook, action.stepId, f + key(gone.stage, gone.slot) + ".removed", gone.text, null);
            theory.items.remove(gone);
        }
    }

    private static String key(ChangeStage stage, int slot) {
        return stage.value() + "-" + slot;
    }

    /** Removes the action's Theory of Change, before the action itself is removed. */
    static void removeFor(PlannedAction action) {
        TheoryOfChange.findFor(action).ifPresent(TheoryOfChange::delete);
    }

    /** Copies {@code from}'s Theory of Change, if it has one, to {@code to} (already persisted); inside the caller's transaction. */
    static void copy(PlannedAction from, PlannedAction to, AuditTrail audit) {
        TheoryOfChange.findFor(from).ifPresent(source -> {
            TheoryOfChange theory = new TheoryOfChange();
            theory.action = to;
            for (TheoryOfChangeItem s : source.items) {
                TheoryOfChangeItem item = new TheoryOfChangeItem();
                item.theory = theory;
                item.stage = s.stage;
                item.slot = s.slot;
                item.text = s.text;
                item.milestoneDate = s.milestoneDate;
                item.evidence = s.evidence;
                item.measureName = s.measureName;
                item.measureMetricId = s.measureMetricId;
                theory.items.add(item);
            }
            theory.updatedAt = audit.now();
            theory.updatedBy = audit.who();
            theory.persist();
        });
    }
}
