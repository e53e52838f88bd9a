package org.vfmworkbook.workbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Work that continues from an earlier workbook: a new version of a signed-off workbook (same council and year), or a workbook for
 * another year that starts from an earlier one's answers. Either way the earlier workbook is read, never changed; the copy is made
 * by {@link WorkbookCopy} and audited on both.
 */
@ApplicationScoped
public class WorkbookVersions {

    private final WorkbookService workbooks;
    private final AuditTrail audit;

    WorkbookVersions(WorkbookService workbooks, AuditTrail audit) {
        this.workbooks = workbooks;
        this.audit = audit;
    }

    /**
     * Starts the next version of a signed-off workbook, copying everything forward (steps keep their status). If a next version
     * was already started, that one is returned: pressing the button twice does not make two.
     */
    @Transactional
    public WorkbookSummary startNewVersion(long workbookId) {
        Workbook from = WorkbookService.find(workbookId);
        if (!from.signedOff()) {
            throw new WorkbookStateException("Workbook " + workbookId + " is not signed off: carry on working in it");
        }
        Workbook next = Workbook.findNextVersionOf(from).orElseGet(() -> {
            Workbook created = workbooks.create(from.councilCode, from.dataYear, from.versionNumber + 1, from.id);
            copy(from, created, WorkbookCopy.Kind.NEW_VERSION);
            return created;
        });
        return workbooks.summaryOf(next);
    }

    /**
     * Starts the council's workbook for {@code dataYear} from an earlier year's workbook: answers, evidence, actions, custom group and
     * the director's summary come forward for review (steps with anything copied are In progress); local figures do not, because they
     * describe the earlier year. Refused when the council already has a workbook for that year, or the earlier one is of that year.
     */
    @Transactional
    public WorkbookSummary startFrom(long fromWorkbookId, String councilCode, String dataYear) {
        Workbook from = WorkbookService.find(fromWorkbookId);
        workbooks.requireCouncilAndYear(councilCode, dataYear);
        if (!from.councilCode.equals(councilCode) || from.dataYear.equals(dataYear)) {
            throw new WorkbookStateException(
                    "Workbook " + fromWorkbookId + " is not an earlier year's workbook of this council");
        }
        if (Workbook.findForCouncilAndYear(councilCode, dataYear).isPresent()) {
            throw new WorkbookStateException("The council already has a workbook for " + dataYear);
        }
        Workbook created = workbooks.create(councilCode, dataYear, 1, from.id);
        copy(from, created, WorkbookCopy.Kind.ANOTHER_YEAR);
        return workbooks.summaryOf(created);
    }

    private void copy(Workbook from, Workbook to, WorkbookCopy.Kind kind) {
        WorkbookCopy.Counts copied = new WorkbookCopy(audit).copy(from, to, kind);
        audit.record(
                to,
                null,
                "Workbook.copiedFrom",
                null,
                "Copied from workbook " + from.id + " (" + from.title + ", version " + from.versionNumber + "): "
                        + copied);
        audit.record(
                from,
                null,
                kind == WorkbookCopy.Kind.NEW_VERSION ? "Workbook.nextVersion" : "Workbook.carriedForward",
                null,
                "Copied to workbook " + to.id + " (" + to.title + ")");
    }
}
