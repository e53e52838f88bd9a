package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.vfmworkbook.dataaudit.AuditAnswers;
import org.vfmworkbook.dataaudit.DataAuditSource;
import org.vfmworkbook.steps.DataAudit;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.NotFoundProblem;

/**
 * A step's data audit (step 13): the practices and the definitions check, saved item by item. Each item has its own version and the
 * form says which it showed: an item changed since the form was shown by someone else is not saved, and comes back as a conflict; an
 * item left as it is saved is not touched. Saves to one workbook are made one at a time ({@link WorkbookService#findEditable} locks it,
 * and refuses a signed-off workbook). Every change is audited.
 */
@ApplicationScoped
public class DataAuditService implements DataAuditSource {

    private final StepCatalogue steps;
    private final AuditTrail audit;

    DataAuditService(StepCatalogue steps, AuditTrail audit) {
        this.steps = steps;
        this.audit = audit;
    }

    /** The step's saved items, by {@link SavedAuditItem#key()}. */
    @Transactional
    public Map<String, SavedAuditItem> saved(long workbookId, String stepId) {
        return saved(WorkbookService.find(workbookId), stepId);
    }

    @Override
    @Transactional
    public AuditAnswers answers(long workbookId, String stepId) {
        Workbook workbook = Workbook.findById(workbookId);
        return workbook == null ? AuditAnswers.none() : SavedAuditItem.answers(saved(workbook, stepId));
    }

    /**
     * Saves the items posted; returns the keys of those someone else changed since the form was shown (then nothing is saved), or
     * an empty list when all was saved. The first save moves the step to In progress.
     */
    @Transactional
    public List<DataAuditInput> save(long workbookId, String stepId, List<DataAuditInput> inputs) {
        Workbook workbook = WorkbookService.findEditable(workbookId);
        String step = withAudit(stepId).id();
        Map<String, DataAuditEntry> entries = new LinkedHashMap<>();
        DataAuditEntry.listFor(workbook, step).forEach(e -> entries.put(SavedAuditItem.key(e.kind, e.itemId), e));
        List<DataAuditInput> changes = new ArrayList<>();
        List<DataAuditInput> conflicts = new ArrayList<>();
        for (DataAuditInput input : inputs) {
            DataAuditEntry entry = entries.get(input.key());
            if (input.sameAs(entry == null ? null : SavedAuditItem.of(entry))) {
                continue;
            }
            long current = entry == null ? DataAuditInput.NEW : entry.version;
            (input.shownVersion() == current ? changes : conflicts).add(input);
        }
        if (!conflicts.isEmpty()) {
            return conflicts;
        }
        for (DataAuditInput input : changes) {
            apply(workbook, step, entries.get(input.key()), input);
        }
        if (!changes.isEmpty()) {
            WorkbookService.recordChange(workbook, WorkbookService.progressFor(workbook, step), audit);
        }
        return List.of();
    }

    /**
     * The step's data audit, for a change: refused (403) once the workbook is signed off, before the step is looked at, so every
     * change route of a signed-off workbook answers alike; a step without a data audit is not found.
     */
    @Transactional
    public DataAudit editableAudit(long workbookId, String stepId) {
        WorkbookService.findEditable(workbookId);
        return withAudit(stepId).dataAudit();
    }

    /** The step, which must have a data audit. */
    StepDefinition withAudit(String stepId) {
        StepDefinition step = steps.byId(stepId);
        if (!step.hasDataAudit()) {
            throw new NotFoundProblem("Step " + step.number() + " has no data audit");
        }
        return step;
    }

    private void apply(Workbook workbook, String stepId, DataAuditEntry entry, DataAuditInput input) {
        if (entry == null) {
            entry = new DataAuditEntry();
            entry.workbook = workbook;
            entry.stepId = stepId;
            entry.kind = input.kind();
            entry.itemId = input.itemId();
            entry.persist();
        }
        String field = "DataAudit[" + input.key() + "].";
        audit.record(workbook, stepId, field + "choice", entry.choice, input.choice());
        audit.record(workbook, stepId, field + "whatHappensNow", entry.whatHappensNow, input.now());
        audit.record(workbook, stepId, field + "whatNeedsToHappen", entry.whatNeedsToHappen, input.needed());
        audit.record(workbook, stepId, field + "howYouWillProgress", entry.howYouWillProgress, input.progress());
        audit.record(workbook, stepId, field + "note", entry.note, input.note());
        entry.choice = input.choice();
        entry.whatHappensNow = input.now();
        entry.whatNeedsToHappen = input.needed();
        entry.howYouWillProgress = input.progress();
        entry.note = input.note();
        entry.updatedAt = audit.now();
        entry.updatedBy = audit.displayName();
    }

    private static Map<String, SavedAuditItem> saved(Workbook workbook, String stepId) {
        Map<String, SavedAuditItem> saved = new LinkedHashMap<>();
        DataAuditEntry.listFor(workbook, stepId)
                .forEach(e -> saved.put(SavedAuditItem.key(e.kind, e.itemId), SavedAuditItem.of(e)));
        return saved;
    }
}
