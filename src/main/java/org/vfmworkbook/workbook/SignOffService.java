package org.vfmworkbook.workbook;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.vfmworkbook.steps.QuestionType;

/**
 * Signing a workbook off: what is still unfinished (the sign-off page lists it; it does not prevent sign-off, see ADR 0004), and the
 * sign-off itself, which locks the workbook. Who may sign off is decided by the access rules before this runs.
 */
@ApplicationScoped
public class SignOffService {

    private final WorkbookService workbooks;
    private final AuditTrail audit;

    SignOffService(WorkbookService workbooks, AuditTrail audit) {
        this.workbooks = workbooks;
        this.audit = audit;
    }

    /** What the sign-off page shows: the workbook, the version its form must carry, and every step not yet completed. */
    @Transactional
    public SignOffCheck check(long workbookId) {
        Workbook workbook = WorkbookService.find(workbookId);
        WorkbookState state = workbooks.state(workbookId);
        List<SignOffCheck.UnfinishedStep> unfinished = state.steps().stream()
                .filter(step -> step.state().status() != StepProgress.Status.COMPLETED)
                .map(step -> unfinished(step, workbookId))
                .toList();
        return new SignOffCheck(state.workbook(), workbook.version, unfinished);
    }

    private static SignOffCheck.UnfinishedStep unfinished(WorkbookState.Step step, long workbookId) {
        List<String> questions = step.definition().questions().stream()
                .filter(q -> q.type() != QuestionType.ACTIONS)
                .map(q -> q.id())
                .toList();
        int answered = (int) questions.stream()
                .map(id -> step.state().answer(id))
                .filter(a -> a != null && !a.isBlank())
                .count();
        return new SignOffCheck.UnfinishedStep(
                step.definition().number(),
                step.definition().title(),
                "/workbooks/" + workbookId + "/steps/" + step.definition().id(),
                TaskStatus.of(step.state().status()).text(),
                answered,
                questions.size());
    }

    /**
     * Signs the workbook off in the name of {@code signedOffBy} (a display name, as the report shows it): locks it and records who and
     * when. {@link StaleEditException} when the workbook changed after {@code basedOnVersion}, the version the sign-off page showed.
     */
    @Transactional
    public WorkbookSummary signOff(long workbookId, long basedOnVersion) {
        Workbook workbook =
                WorkbookService.findEditable(workbookId); // locked first, so the check below reads what is signed off
        SignOffCheck check = check(workbookId);
        if (workbook.version != basedOnVersion) {
            throw new StaleEditException(
                    "The workbook has changed since you opened this page. Check what is unfinished and sign off again.");
        }
        audit.record(workbook, null, "Workbook.status", workbook.status, Workbook.Status.SIGNED_OFF);
        workbook.status = Workbook.Status.SIGNED_OFF;
        workbook.signedOffBy = audit.displayName();
        workbook.signedOffAt = audit.now();
        workbook.updatedAt = workbook.signedOffAt;
        audit.record(
                workbook,
                null,
                "Workbook.signedOff",
                null,
                "Signed off by " + workbook.signedOffBy + " with "
                        + check.workbook().completedSteps() + " of "
                        + check.workbook().totalSteps() + " steps completed"
                        + (check.unfinished().isEmpty() ? "" : "; not completed: " + check.unfinishedNumbers()));
        try {
            Workbook.flush();
        } catch (jakarta.persistence.OptimisticLockException raced) {
            throw new StaleEditException(
                    "Someone else changed or signed off the workbook at the same moment. Check it and try again.");
        }
        return workbooks.summaryOf(workbook);
    }
}
