package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.qute.RawString;

import org.vfmworkbook.findings.ComparisonFinding;
import org.vfmworkbook.findings.FindingHtml;
import org.vfmworkbook.findings.FindingsService;
import org.vfmworkbook.findings.StepFindings;
import org.vfmworkbook.findings.UnitFormat;
import org.vfmworkbook.metrics.ComparatorGroup;
import org.vfmworkbook.metrics.GroupComparison;
import org.vfmworkbook.metrics.Unit;
import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.steps.QuestionType;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.Link;
import org.vfmworkbook.web.RadioItem;
import org.vfmworkbook.web.SafeMarkdown;

/**
 * Builds the step page: the step's words, its data section, and the forms filled from the user's input or the saved answers.
 * Everything the page reads from the workbook is read in one transaction, so the workbook is loaded once.
 */
@ApplicationScoped
class StepPageBuilder {

    private final StepCatalogue steps;
    private final WorkbookService workbooks;
    private final FindingsService findings;
    private final Councils councils;
    private final CurrentActor actor;
    private final FindingHtml findingHtml;
    private final DataAuditViews audits;
    /** Each step's guidance as HTML, by step id: the steps are read once at start-up, so it is worked out once (13 entries). */
    private final Map<String, RawString> guidance = new ConcurrentHashMap<>();

    StepPageBuilder(
            StepCatalogue steps,
            WorkbookService workbooks,
            FindingsService findings,
            Councils councils,
            CurrentActor actor,
            FindingHtml findingHtml,
            DataAuditViews audits) {
        this.steps = steps;
        this.workbooks = workbooks;
        this.findings = findings;
        this.councils = councils;
        this.actor = actor;
        this.findingHtml = findingHtml;
        this.audits = audits;
    }

    /** What the user submitted, by form, to show again on a 422; {@code none()} shows the saved values. */
    record Submitted(
            FormValues answers,
            FormValues action,
            String figureComparison,
            FormValues figure,
            FormErrors errors,
            DataAuditViews.Submission audit) {
        Submitted(
                FormValues answers, FormValues action, String figureComparison, FormValues figure, FormErrors errors) {
            this(answers, action, figureComparison, figure, errors, DataAuditViews.Submission.NONE);
        }

        static Submitted nothing() {
            return new Submitted(FormValues.none(), FormValues.none(), null, FormValues.none(), FormErrors.none());
        }
    }

    @Transactional
    StepPage build(long workbookId, String stepId, Submitted submitted) {
        return build(workbookId, stepId, submitted, null);
    }

    /** {@code group} null shows each comparison against its own first group. */
    @Transactional
    StepPage build(long workbookId, String stepId, Submitted submitted, ComparatorGroup group) {
        StepDefinition step = steps.byId(stepId);
        WorkbookSummary workbook = workbooks.summary(workbookId);
        StepState state = workbooks.step(workbookId, stepId);
        List<QuestionView> questions = step.questions().stream()
                .filter(AnswersForm::answerable)
                .map(q -> question(q, state.answer(q.id()), submitted.answers()))
                .toList();
        ChallengeQuestion actions = step.questions().stream()
                .filter(q -> q.type() == QuestionType.ACTIONS)
                .findFirst()
                .orElse(null);
        boolean editable = actor.permissionsFor(workbookId).edit();
        List<org.vfmworkbook.web.SummaryRow> answerRows =
                editable ? List.of() : CheckAnswerRows.of(new WorkbookState.Step(step, state), null);
        return new StepPage(
                workbook,
                step,
                state,
                guidance.computeIfAbsent(step.id(), id -> SafeMarkdown.render(step.guidance())),
                questions,
                dataSection(workbook, step, state, submitted, group),
                steps.caveatsFor(step),
                actions,
                submitted.action(),
                !submitted.action().values().isEmpty(),
                submitted.errors(),
                neighbour(workbook, step.number() - 1, "Previous step"),
                neighbour(workbook, step.number() + 1, "Next step"),
                editable,
                answerRows,
                AnswersForm.stepVersionShown(submitted.answers(), state),
                audits.build(workbookId, workbook.href() + "/steps/" + step.id(), step, editable, submitted.audit()));
    }

    private Link neighbour(WorkbookSummary workbook, int number, String label) {
        return steps.all().stream()
                .filter(s -> s.number() == number)
                .findFirst()
                .map(s -> new Link("Step " + s.number() + ": " + s.title(), workbook.href() + "/steps/" + s.id()))
                .orElse(null);
    }

    private static QuestionView question(ChallengeQuestion q, SavedAnswer saved, FormValues form) {
        boolean submitted = form.has(AnswersForm.text(q));
        String text = submitted ? form.get(AnswersForm.text(q)) : saved == null ? null : saved.text();
        String choice = submitted ? form.get(AnswersForm.choice(q)) : saved == null ? null : saved.choice();
        List<RadioItem> choices = switch (q.type()) {
            case RAG -> RagMeanings.items(q);
            case YES_NO_PARTLY ->
                List.of(new RadioItem("yes", "Yes"), new RadioItem("no", "No"), new RadioItem("partly", "Partly"));
            default -> List.of();
        };
        String textLabel = switch (q.type()) {
            case RAG -> "Why have you chosen this judgement?";
            case YES_NO_PARTLY -> "Explain your answer";
            case EVIDENCE -> "Describe your evidence";
            default -> q.text();
        };
        List<QuestionView.LinkRow> links = new ArrayList<>();
        if (q.type() == QuestionType.EVIDENCE) {
            int n = 1;
            if (submitted) {
                int last = Math.max(AnswersForm.lastLinkPosted(q, form), 1);
                for (; n <= last || (n <= AnswersForm.MAX_LINKS && AnswersForm.linkPosted(q, form, n)); n++) {
                    links.add(new QuestionView.LinkRow(
                            n,
                            AnswersForm.linkTitle(q, n),
                            form.get(AnswersForm.linkTitle(q, n)),
                            AnswersForm.linkUrl(q, n),
                            form.get(AnswersForm.linkUrl(q, n))));
                }
            } else if (saved != null) {
                for (SavedAnswer.Link link : saved.links()) {
                    links.add(new QuestionView.LinkRow(
                            n, AnswersForm.linkTitle(q, n), link.title(), AnswersForm.linkUrl(q, n), link.url()));
                    n++;
                }
            }
            if (!submitted && n <= AnswersForm.MAX_LINKS) {
                links.add(new QuestionView.LinkRow(
                        n, AnswersForm.linkTitle(q, n), null, AnswersForm.linkUrl(q, n), null));
            }
        }
        String type = q.type().name().toLowerCase().replace('_', '-');
        return new QuestionView(
                q.id(),
                type,
                q.text(),
                q.hint(),
                q.froi(),
                AnswersForm.text(q),
                textLabel,
                text,
                AnswersForm.choice(q),
                choices,
                choice,
                links,
                links.size() >= AnswersForm.MAX_LINKS,
                AnswersForm.basisFieldsShown(q, saved, submitted ? form : FormValues.none()));
    }

    private DataSection dataSection(
            WorkbookSummary workbook,
            StepDefinition step,
            StepState state,
            Submitted submitted,
            ComparatorGroup asked) {
        List<String> custom = WorkbookService.find(workbook.id()).customGroupCodes();
        StepFindings findings =
                this.findings.forStep(workbook.councilCode(), workbook.dataYear(), step.id(), asked, custom);
        List<ComparisonView> views = new ArrayList<>();
        for (ComparisonFinding finding : findings.comparisons()) {
            Unit unit = finding.metric().unit();
            LocalFigureView local = state.localFigure(finding.metric().id());
            boolean mine = finding.id().equals(submitted.figureComparison());
            FormValues figureForm = mine ? submitted.figure() : figureValues(finding.id(), local);
            views.add(new ComparisonView(
                    finding,
                    findingHtml.of(finding),
                    local,
                    local == null ? null : UnitFormat.format(unit, local.value()),
                    LocalFigureForm.prefix(finding.id()),
                    figureForm,
                    mine));
        }
        ComparatorGroup shown = asked != null
                ? asked
                : findings.comparisons().stream()
                        .map(ComparisonFinding::shown)
                        .filter(Objects::nonNull)
                        .map(GroupComparison::group)
                        .findFirst()
                        .orElse(ComparatorGroup.ENGLAND);
        String region = councils.find(workbook.councilCode())
                .map(CouncilRecord::regionName)
                .orElse(null);
        return new DataSection(views, findings.narrative(), shown, region, !custom.isEmpty());
    }

    /** The group named in {@code ?group=}, or null (each comparison's own first group) when absent or unknown. */
    static ComparatorGroup group(String raw) {
        return ComparatorGroup.fromValue(raw).orElse(null);
    }

    private static FormValues figureValues(String comparisonId, LocalFigureView local) {
        if (local == null) {
            return FormValues.none();
        }
        String p = LocalFigureForm.prefix(comparisonId);
        java.util.Map<String, String> v = new java.util.LinkedHashMap<>();
        v.put(p + "value", Fmt.decimal(local.value(), 2).replace(",", "").replaceAll("\\.00$", ""));
        v.put(p + "source", local.source());
        v.put(p + "as-at-day", String.valueOf(local.asAt().getDayOfMonth()));
        v.put(p + "as-at-month", String.valueOf(local.asAt().getMonthValue()));
        v.put(p + "as-at-year", String.valueOf(local.asAt().getYear()));
        if (local.note() != null) {
            v.put(p + "note", local.note());
        }
        return FormValues.of(v);
    }
}
