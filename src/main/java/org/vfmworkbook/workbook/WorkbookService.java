package org.vfmworkbook.workbook;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.NotFoundProblem;

/**
 * Workbooks: create or resume, read a step's or the whole workbook's content, progress through the steps, the custom
 * comparator group and the director's summary. Answers, actions and local figures have their own services.
 */
@ApplicationScoped
public class WorkbookService {

    private final StepCatalogue steps;
    private final Councils councils;
    private final AuditTrail audit;

    WorkbookService(StepCatalogue steps, Councils councils, AuditTrail audit) {
        this.steps = steps;
        this.councils = councils;
        this.audit = audit;
    }

    /** Opens the council's workbook for the year (its latest version), creating it when there is none. */
    @Transactional
    public WorkbookSummary createOrResume(String councilCode, String dataYear) {
        requireCouncilAndYear(councilCode, dataYear);
        Workbook workbook = Workbook.findForCouncilAndYear(councilCode, dataYear)
                .orElseGet(() -> create(councilCode, dataYear, 1, null));
        return summaryOf(workbook);
    }

    /** Whether the council has a workbook for the year. */
    @Transactional
    public boolean exists(String councilCode, String dataYear) {
        return Workbook.findForCouncilAndYear(councilCode, dataYear).isPresent();
    }

    void requireCouncilAndYear(String councilCode, String dataYear) {
        if (councils.find(councilCode).isEmpty()) {
            throw new NotFoundProblem("No council with code " + councilCode);
        }
        if (!councils.years().contains(dataYear)) {
            throw new NotFoundProblem("No national data for the year " + dataYear);
        }
    }

    /** A new, empty workbook with a row of progress for every step; {@code previousVersionId} is what it will be copied from. */
    Workbook create(String councilCode, String dataYear, int versionNumber, Long previousVersionId) {
        Workbook workbook = new Workbook();
        workbook.councilCode = councilCode;
        workbook.dataYear = dataYear;
        workbook.versionNumber = versionNumber;
        workbook.previousVersionId = previousVersionId;
        workbook.title = councils.name(councilCode) + " value for money workbook, " + dataYear
                + (versionNumber > 1 ? " (version " + versionNumber + ")" : "");
        workbook.createdAt = audit.now();
        workbook.updatedAt = workbook.createdAt;
        workbook.persist();
        for (StepDefinition step : steps.all()) {
            progressFor(workbook, step.id());
        }
        audit.record(workbook, null, "Workbook.created", null, workbook.title);
        return workbook;
    }

    /** Every workbook, by council name then newest year first. */
    @Transactional
    public List<WorkbookSummary> list() {
        List<Workbook> all = Workbook.listAll();
        return all.stream()
                .map(this::summaryOf)
                .sorted(Comparator.comparing(WorkbookSummary::councilName)
                        .thenComparing(WorkbookSummary::dataYear, Comparator.reverseOrder()))
                .toList();
    }

    /** What the start page lists: the person's own council's workbooks, newest first, and those shared with them, by council. */
    @Transactional
    public StartPageLists listReadable(ReadableWorkbooks readable) {
        Comparator<WorkbookSummary> newestFirst = Comparator.comparing(
                        WorkbookSummary::dataYear, Comparator.reverseOrder())
                .thenComparing(WorkbookSummary::versionNumber, Comparator.reverseOrder());
        List<WorkbookSummary> own = readable.ownCouncilCode() == null
                ? List.of()
                : Workbook.listForCouncil(readable.ownCouncilCode()).stream()
                        .map(this::summaryOf)
                        .sorted(newestFirst)
                        .toList();
        List<WorkbookSummary> shared = Workbook.listByIds(readable.sharedWorkbookIds()).stream()
                .map(this::summaryOf)
                .sorted(Comparator.comparing(WorkbookSummary::councilName).thenComparing(newestFirst))
                .toList();
        return new StartPageLists(own, shared);
    }

    @Transactional
    public WorkbookSummary summary(long workbookId) {
        return summaryOf(find(workbookId));
    }

    /** The step's status and everything recorded for it; the version is the one its answers form must carry. */
    @Transactional
    public StepState step(long workbookId, String stepId) {
        Workbook workbook = find(workbookId);
        return stateOf(workbook, steps.byId(stepId).id());
    }

    /** Status of every step, by step id, in step order. */
    @Transactional
    public Map<String, StepProgress.Status> progress(long workbookId) {
        Workbook workbook = find(workbookId);
        Map<String, StepProgress.Status> byStep = statuses(workbook);
        Map<String, StepProgress.Status> ordered = new LinkedHashMap<>();
        steps.all()
                .forEach(step ->
                        ordered.put(step.id(), byStep.getOrDefault(step.id(), StepProgress.Status.NOT_STARTED)));
        return ordered;
    }

    /** The version started from this signed-off workbook, if one was. */
    @Transactional
    public Optional<WorkbookSummary> nextVersionOf(long workbookId) {
        return Workbook.findNextVersionOf(find(workbookId)).map(this::summaryOf);
    }

    /** The whole workbook: what the summary page and the report read. */
    @Transactional
    public WorkbookState state(long workbookId) {
        Workbook workbook = find(workbookId);
        List<WorkbookState.Step> all = steps.all().stream()
                .map(step -> new WorkbookState.Step(step, stateOf(workbook, step.id())))
                .toList();
        return new WorkbookState(summaryOf(workbook), workbook.directorSummary, workbook.customGroupCodes(), all);
    }

    /** After "check your answers": the step is Completed. */
    @Transactional
    public void markComplete(long workbookId, String stepId) {
        Workbook workbook = findEditable(workbookId);
        StepProgress progress = progressFor(workbook, steps.byId(stepId).id());
        audit.record(workbook, stepId, "StepProgress.status", progress.status, StepProgress.Status.COMPLETED);
        progress.status = StepProgress.Status.COMPLETED;
        progress.updatedAt = audit.now();
        progress.updatedBy = audit.who();
        workbook.updatedAt = progress.updatedAt;
    }

    @Transactional
    public void changeCustomGroup(long workbookId, List<String> councilCodes) {
        Workbook workbook = findEditable(workbookId);
        String codes = councilCodes.stream()
                .filter(code -> councils.find(code).isPresent())
                .distinct()
                .sorted()
                .collect(Collectors.joining(","));
        if (audit.record(workbook, null, "Workbook.customGroup", workbook.customGroup, codes)) {
            workbook.customGroup = codes;
            workbook.updatedAt = audit.now();
        }
    }

    @Transactional
    public void changeDirectorSummary(long workbookId, String text) {
        Workbook workbook = findEditable(workbookId);
        String summary = text == null || text.isBlank() ? null : text.strip();
        if (audit.record(workbook, null, "Workbook.directorSummary", workbook.directorSummary, summary)) {
            workbook.directorSummary = summary;
            workbook.updatedAt = audit.now();
        }
    }

    /** Every recorded change to the workbook, oldest first. */
    @Transactional
    public List<AuditEntry> auditTrail(long workbookId) {
        return AuditEntry.listFor(find(workbookId).id);
    }

    static Workbook find(long workbookId) {
        Workbook workbook = Workbook.findById(workbookId);
        if (workbook == null) {
            throw new NotFoundProblem("No workbook with number " + workbookId);
        }
        return workbook;
    }

    /**
     * The workbook, for a change: refused once it is signed off, whoever asks. It is read with its row locked until the transaction ends,
     * so changes to one workbook are made one at a time: a save that waited sees what the one before it committed (an answer it added, the
     * versions it moved) and is judged against that, where two unlocked saves would both have gone ahead and one failed at commit.
     */
    /** Refuses (as {@link #findEditable} does) a missing or signed-off workbook, without a transaction or a lock. */
    static void refuseIfNotEditable(long workbookId) {
        editable(Workbook.findById(workbookId), workbookId);
    }

    static Workbook findEditable(long workbookId) {
        return editable(Workbook.findById(workbookId, LockModeType.PESSIMISTIC_WRITE), workbookId);
    }

    private static Workbook editable(Workbook workbook, long workbookId) {
        if (workbook == null) {
            throw new NotFoundProblem("No workbook with number " + workbookId);
        }
        if (workbook.signedOff()) {
            throw new WorkbookStateException(
                    "Workbook " + workbookId + " is signed off and cannot be changed: start a new version");
        }
        return workbook;
    }

    /** Something in the step changed: a step not started moves to In progress (audited), and the step and workbook say when and by whom. */
    static void recordChange(Workbook workbook, StepProgress progress, AuditTrail audit) {
        if (progress.status == StepProgress.Status.NOT_STARTED) {
            audit.record(
                    workbook, progress.stepId, "StepProgress.status", progress.status, StepProgress.Status.IN_PROGRESS);
            progress.status = StepProgress.Status.IN_PROGRESS;
        }
        progress.updatedAt = audit.now();
        progress.updatedBy = audit.who();
        workbook.updatedAt = progress.updatedAt;
    }

    static StepProgress progressFor(Workbook workbook, String stepId) {
        return StepProgress.findFor(workbook, stepId).orElseGet(() -> {
            StepProgress progress = new StepProgress();
            progress.workbook = workbook;
            progress.stepId = stepId;
            progress.persist();
            return progress;
        });
    }

    WorkbookSummary summaryOf(Workbook workbook) {
        Map<String, StepProgress.Status> statuses = statuses(workbook);
        int completed = (int) steps.all().stream()
                .filter(step -> statuses.get(step.id()) == StepProgress.Status.COMPLETED)
                .count();
        return new WorkbookSummary(
                workbook.id,
                workbook.councilCode,
                councils.name(workbook.councilCode),
                workbook.dataYear,
                workbook.title,
                workbook.status,
                workbook.createdAt,
                workbook.updatedAt,
                completed,
                steps.all().size(),
                workbook.versionNumber,
                workbook.previousVersionId,
                workbook.signedOffBy,
                workbook.signedOffAt);
    }

    private static Map<String, StepProgress.Status> statuses(Workbook workbook) {
        return StepProgress.listFor(workbook).stream()
                .collect(Collectors.toMap(p -> p.stepId, p -> p.status, (a, b) -> a));
    }

    static StepState stateOf(Workbook workbook, String stepId) {
        StepProgress progress = StepProgress.findFor(workbook, stepId).orElse(null);
        Map<String, SavedAnswer> answers = Answer.listFor(workbook, stepId).stream()
                .map(SavedAnswer::of)
                .collect(Collectors.toMap(SavedAnswer::questionId, Function.identity()));
        List<ActionView> actions = PlannedAction.listFor(workbook, stepId).stream()
                .map(ActionView::of)
                .toList();
        Map<String, LocalFigureView> figures = LocalFigure.listFor(workbook).stream()
                .map(LocalFigureView::of)
                .collect(Collectors.toMap(LocalFigureView::metricId, Function.identity()));
        return new StepState(
                stepId,
                progress == null ? StepProgress.Status.NOT_STARTED : progress.status,
                progress == null ? 0 : progress.version,
                answers,
                actions,
                figures);
    }
}
