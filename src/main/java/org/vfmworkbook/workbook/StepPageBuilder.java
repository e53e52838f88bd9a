package org.vfmworkbook.workbook;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.metrics.CouncilMetric;
import org.vfmworkbook.metrics.GroupComparison;
import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.metrics.YearSnapshot;
import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.steps.Comparison;
import org.vfmworkbook.steps.QuestionType;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.Link;
import org.vfmworkbook.web.RadioItem;
import org.vfmworkbook.web.SafeMarkdown;
import org.vfmworkbook.web.Table;
import org.vfmworkbook.web.TableCell;
import org.vfmworkbook.web.TableRow;

/** Builds the step page: the step's words, its data section, and the forms filled from the user's input or the saved answers. */
@ApplicationScoped
class StepPageBuilder {

    private final StepCatalogue steps;
    private final WorkbookService workbooks;
    private final NationalComparisons comparisons;
    private final Councils councils;

    StepPageBuilder(StepCatalogue steps, WorkbookService workbooks, NationalComparisons comparisons, Councils councils) {
        this.steps = steps;
        this.workbooks = workbooks;
        this.comparisons = comparisons;
        this.councils = councils;
    }

    /** What the user submitted, by form, to show again on a 422; {@code none()} shows the saved values. */
    record Submitted(FormValues answers, FormValues action, String figureComparison, FormValues figure, FormErrors errors) {
        static Submitted nothing() {
            return new Submitted(FormValues.none(), FormValues.none(), null, FormValues.none(), FormErrors.none());
        }
    }

    StepPage build(long workbookId, String stepId, Submitted submitted) {
        StepDefinition step = steps.byId(stepId);
        WorkbookSummary workbook = workbooks.summary(workbookId);
        StepState state = workbooks.step(workbookId, stepId);
        List<QuestionView> questions = step.questions().stream().filter(AnswersForm::answerable)
                .map(q -> question(q, state.answer(q.id()), submitted.answers())).toList();
        ChallengeQuestion actions = step.questions().stream().filter(q -> q.type() == QuestionType.ACTIONS).findFirst().orElse(null);
        return new StepPage(workbook, step, state, SafeMarkdown.render(step.guidance()), questions,
                dataSection(workbook, step, state, submitted), steps.caveatsFor(step), actions, submitted.action(),
                !submitted.action().values().isEmpty(), submitted.errors(), neighbour(workbook, step.number() - 1, "Previous step"),
                neighbour(workbook, step.number() + 1, "Next step"));
    }

    private Link neighbour(WorkbookSummary workbook, int number, String label) {
        return steps.all().stream().filter(s -> s.number() == number).findFirst()
                .map(s -> new Link("Step " + s.number() + ": " + s.title(), workbook.href() + "/steps/" + s.id())).orElse(null);
    }

    private static QuestionView question(ChallengeQuestion q, SavedAnswer saved, FormValues form) {
        boolean submitted = form.has(AnswersForm.text(q));
        String text = submitted ? form.get(AnswersForm.text(q)) : saved == null ? null : saved.text();
        String choice = submitted ? form.get(AnswersForm.choice(q)) : saved == null ? null : saved.choice();
        List<RadioItem> choices = switch (q.type()) {
            case RAG -> RagMeanings.items(q.hint());
            case YES_NO_PARTLY -> List.of(new RadioItem("yes", "Yes"), new RadioItem("no", "No"), new RadioItem("partly", "Partly"));
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
                for (; n <= AnswersForm.MAX_LINKS && (form.has(AnswersForm.linkTitle(q, n)) || form.has(AnswersForm.linkUrl(q, n))); n++) {
                    links.add(new QuestionView.LinkRow(n, AnswersForm.linkTitle(q, n), form.get(AnswersForm.linkTitle(q, n)),
                            AnswersForm.linkUrl(q, n), form.get(AnswersForm.linkUrl(q, n))));
                }
            } else if (saved != null) {
                for (SavedAnswer.Link link : saved.links()) {
                    links.add(new QuestionView.LinkRow(n, AnswersForm.linkTitle(q, n), link.title(), AnswersForm.linkUrl(q, n), link.url()));
                    n++;
                }
            }
            if (links.isEmpty() || !submitted) {
                links.add(new QuestionView.LinkRow(n, AnswersForm.linkTitle(q, n), null, AnswersForm.linkUrl(q, n), null));
            }
        }
        String type = q.type().name().toLowerCase().replace('_', '-');
        return new QuestionView(q.id(), type, q.text(), q.hint(), q.froi(), AnswersForm.text(q), textLabel, text,
                AnswersForm.choice(q), choices, choice, links);
    }

    private List<ComparisonView> dataSection(WorkbookSummary workbook, StepDefinition step, StepState state, Submitted submitted) {
        YearSnapshot snapshot = comparisons.year(workbook.dataYear()).orElse(null);
        CouncilRecord council = snapshot == null ? null : snapshot.council(workbook.councilCode()).orElse(null);
        List<String> custom = workbooks.content(workbook.id()).customGroup();
        List<ComparisonView> views = new ArrayList<>();
        for (Comparison comparison : step.comparisons()) {
            MetricDefinition metric = comparisons.catalogue().find(comparison.metric()).orElse(null);
            if (metric == null) {
                continue;
            }
            CouncilMetric values = council == null ? null : comparisons.forCouncil(snapshot, council, metric, custom);
            LocalFigureView local = state.localFigure(metric.id());
            boolean mine = comparison.id().equals(submitted.figureComparison());
            FormValues figureForm = mine ? submitted.figure() : figureValues(comparison.id(), local);
            views.add(new ComparisonView(comparison.id(), metric.id(), metric.title(), councils.name(workbook.councilCode()),
                    MetricFormat.format(metric.unit(), values == null ? null : values.value()),
                    values == null ? null : values.sourceYear(), table(metric, comparison, values),
                    values == null ? List.of() : values.flags().stream().map(CouncilMetric.Flag::description).toList(),
                    local, local == null ? null : MetricFormat.format(metric.unit(), local.value()),
                    LocalFigureForm.prefix(comparison.id()), figureForm, mine));
        }
        return views;
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

    /** The comparator groups in the order the step lists them; a position, never a ranking of named councils. */
    private static Table table(MetricDefinition metric, Comparison comparison, CouncilMetric values) {
        List<TableRow> rows = new ArrayList<>();
        if (values != null) {
            List<String> groups = new ArrayList<>(comparison.groups().stream().map(g -> g.name().toLowerCase()).toList());
            if (values.comparisons().containsKey("custom") && !groups.contains("custom")) {
                groups.add("custom");
            }
            for (String group : groups) {
                GroupComparison g = values.comparisons().get(group);
                if (g == null) {
                    continue;
                }
                rows.add(TableRow.of(TableCell.text(g.label()), TableCell.number(Fmt.number(g.statistics().n())),
                        TableCell.number(MetricFormat.format(metric.unit(), g.statistics().q1())),
                        TableCell.number(MetricFormat.format(metric.unit(), g.statistics().median())),
                        TableCell.number(MetricFormat.format(metric.unit(), g.statistics().q3())),
                        TableCell.text(g.quartileBand() == null ? Fmt.NOT_AVAILABLE : g.quartileBand().description())));
            }
        }
        return new Table(metric.title() + ": how this council compares",
                List.of(TableCell.text("Compared with"), TableCell.number("Councils"), TableCell.number("Lower quartile"),
                        TableCell.number("Median"), TableCell.number("Upper quartile"), TableCell.text("This council is")),
                rows);
    }
}
