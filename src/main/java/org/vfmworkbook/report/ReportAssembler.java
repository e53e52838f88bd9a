package org.vfmworkbook.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.findings.ComparisonFinding;
import org.vfmworkbook.findings.FigureYears;
import org.vfmworkbook.findings.FindingsService;
import org.vfmworkbook.findings.StepFindings;
import org.vfmworkbook.findings.UnitFormat;
import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.report.Report.ActionRow;
import org.vfmworkbook.report.Report.Answer;
import org.vfmworkbook.report.Report.CaveatEntry;
import org.vfmworkbook.report.Report.ContentsEntry;
import org.vfmworkbook.report.Report.Judgement;
import org.vfmworkbook.report.Report.StepSection;
import org.vfmworkbook.report.WorkbookContent.ActionContent;
import org.vfmworkbook.report.WorkbookContent.AnswerContent;
import org.vfmworkbook.report.WorkbookContent.StepContent;
import org.vfmworkbook.steps.Caveat;
import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.steps.QuestionType;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.steps.StepKind;
import org.vfmworkbook.web.Fmt;

/**
 * Turns a workbook's content and the national findings into the {@link Report} tree both renderers walk. Knows kinds
 * of question (challenge, evidence, judgement, actions), never a particular step.
 */
@ApplicationScoped
public class ReportAssembler {

    private static final StepContent EMPTY_STEP = new StepContent(null, Map.of(), List.of(), List.of());

    private final FindingsService findings;
    private final StepCatalogue steps;
    private final NationalComparisons national;
    private final DataRelianceSection reliance;

    ReportAssembler(
            FindingsService findings, StepCatalogue steps, NationalComparisons national, DataRelianceSection reliance) {
        this.findings = findings;
        this.steps = steps;
        this.national = national;
        this.reliance = reliance;
    }

    public Report assemble(WorkbookContent content, Audience audience) {
        List<StepFindings> all = findings.forAllSteps(content.councilCode(), content.dataYear(), content.customCodes());
        ReportLayout layout = audience.layout();
        List<StepSection> sections = new ArrayList<>();
        List<ActionRow> plan = new ArrayList<>();
        for (StepFindings stepFindings : all) {
            StepDefinition step = stepFindings.step();
            StepContent answers = content.steps().getOrDefault(step.id(), EMPTY_STEP);
            List<ActionRow> actions = answers.actions().stream()
                    .map(a -> actionRow(step, a, layout))
                    .toList();
            ReportLayout.StepForm form = form(layout, step);
            if (layout.actions() == ReportLayout.Actions.ALL || form != ReportLayout.StepForm.NONE) {
                plan.addAll(actions);
            }
            if (form != ReportLayout.StepForm.NONE) {
                sections.add(section(stepFindings, answers, actions, form, layout.allCharts()));
            }
        }
        Report.ExecutiveSummary summary = ExecutiveSummaries.of(
                all, layout, ReportAnswers.blankToNull(content.directorSummary()), s -> form(layout, s));
        Report.Appendix appendix = layout.appendix() ? appendix(all, content.dataYear()) : null;
        Report report = new Report(
                audience,
                Wording.all(),
                cover(content, layout),
                contents(sections, layout.appendix()),
                summary,
                sections,
                plan,
                caveats(all, sections, layout.allCaveats()),
                appendix,
                ReportTrends.of(all, sections, layout, content.councilName()),
                null);
        return reliance.addTo(report, content);
    }

    private static ReportLayout.StepForm form(ReportLayout layout, StepDefinition step) {
        return layout.form(step.number(), step.kind() == StepKind.DATA_LED);
    }

    private static Report.Cover cover(WorkbookContent content, ReportLayout layout) {
        String signedOffLine = content.signedOff()
                ? Wording.get("signedOffBy") + " "
                        + Optional.ofNullable(content.signedOffBy()).orElse(Wording.get("notGiven"))
                        + (content.signedOffAt() == null ? "" : ", " + Fmt.date(content.signedOffAt()))
                : null;
        return new Report.Cover(
                content.councilName(),
                content.regionName(),
                content.dataYear(),
                ReportLayout.WORDS.get(layout.labelKey()),
                !content.signedOff(),
                Wording.get(content.signedOff() ? "signedOff" : "draft"),
                signedOffLine,
                Fmt.date(LocalDate.now(Fmt.LONDON)));
    }

    private static List<ContentsEntry> contents(List<StepSection> sections, boolean full) {
        List<ContentsEntry> contents = new ArrayList<>();
        contents.add(new ContentsEntry("summary", Wording.get("executiveSummary")));
        sections.forEach(s -> contents.add(new ContentsEntry(s.anchor(), s.heading())));
        contents.add(new ContentsEntry("action-plan", Wording.get("actionPlan")));
        contents.add(new ContentsEntry("caveats", Wording.get("caveats")));
        if (full) {
            contents.add(new ContentsEntry("appendix", Wording.get("appendix")));
        }
        return contents;
    }

    private StepSection section(
            StepFindings stepFindings,
            StepContent answers,
            List<ActionRow> actions,
            ReportLayout.StepForm form,
            boolean allCharts) {
        boolean full = form == ReportLayout.StepForm.DETAIL;
        StepDefinition step = stepFindings.step();
        List<Answer> explanation = new ArrayList<>();
        Answer evidence = null;
        Judgement judgement = null;
        for (ChallengeQuestion question : step.questions()) {
            AnswerContent answer = answers.answers().get(question.id());
            if (question.type().isChallenge()) {
                explanation.add(ReportAnswers.answer(question, answer));
            } else if (question.type() == QuestionType.EVIDENCE) {
                evidence = ReportAnswers.answer(question, answer);
            } else if (question.type() == QuestionType.RAG) {
                judgement = ReportAnswers.judgement(question, answer);
            }
        }
        List<ComparisonFinding> charts = form == ReportLayout.StepForm.LINE
                ? List.of()
                : allCharts
                        ? stepFindings.comparisons()
                        : stepFindings.keyChart().map(List::of).orElse(List.of());
        List<String> sentences = stepFindings.narrative();
        return new StepSection(
                "step-" + step.number(),
                step.number(),
                step.title(),
                step.question(),
                step.kind() == StepKind.DATA_LED,
                ReportAnswers.statusLabel(answers.status()),
                sentences,
                charts,
                full ? explanation : List.of(),
                full ? evidence : null,
                judgement,
                actions,
                full ? localFigures(answers) : List.of());
    }

    private static ActionRow actionRow(StepDefinition step, ActionContent action, ReportLayout layout) {
        String missing = Wording.get("notGiven");
        String froi = null;
        if (action.froi() != null && action.froi().summary() != null) {
            froi = action.froi().summary();
        } else if (action.froi() != null) {
            var f = action.froi();
            froi = Wording.get("froiSummary")
                    .replace("{return}", Fmt.gbpPence(f.returnPerPound()))
                    .replace("{net}", Fmt.gbp(f.netBenefit()))
                    .replace("{years}", f.years() == null ? Fmt.NOT_AVAILABLE : String.valueOf(f.years()))
                    .replace("{payback}", Fmt.decimal(f.paybackYears(), 1));
        }
        return new ActionRow(
                step.number(),
                step.title(),
                orElse(action.what(), Wording.get("notYetAnswered")),
                orElse(action.owner(), missing),
                action.dueDate() == null ? missing : Fmt.date(action.dueDate()),
                orElse(action.measureOfSuccess(), missing),
                action.expectedAnnualSavingGbp() == null ? missing : Fmt.gbp(action.expectedAnnualSavingGbp()),
                froi == null ? missing : froi,
                layout.theoriesOfChange() ? TheoryOfChangeSection.of(step.number(), action) : null);
    }

    private List<Report.LocalFigure> localFigures(StepContent answers) {
        return answers.localFigures().stream()
                .map(f -> {
                    Optional<MetricDefinition> metric = national.catalogue().find(f.metricId());
                    return new Report.LocalFigure(
                            metric.map(MetricDefinition::title).orElse(f.metricId()),
                            UnitFormat.format(metric.map(MetricDefinition::unit).orElse(null), f.value()),
                            orElse(f.source(), Wording.get("notGiven")),
                            f.asAt() == null ? Wording.get("notGiven") : Fmt.date(f.asAt()));
                })
                .toList();
    }

    /**
     * Full: every step's own caveats (step 13 shows all) and every caveat of a metric shown. Members: those of the
     * charts shown, first sentence only.
     */
    private List<CaveatEntry> caveats(List<StepFindings> all, List<StepSection> sections, boolean full) {
        Set<String> ids = new LinkedHashSet<>();
        if (full) {
            all.forEach(s -> s.caveats().forEach(c -> ids.add(c.id())));
        }
        sections.forEach(s -> s.charts().forEach(c -> ids.addAll(c.metric().caveats())));
        List<CaveatEntry> entries = new ArrayList<>();
        for (Caveat caveat : steps.caveats()) {
            if (ids.contains(caveat.id())) {
                String text = full ? caveat.text() : firstSentence(caveat.text());
                entries.add(new CaveatEntry(caveat.id(), caveat.title(), text, full ? caveat.source() : null));
            }
        }
        return entries;
    }

    private static Report.Appendix appendix(List<StepFindings> all, String year) {
        List<Report.AppendixTable> tables = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (StepFindings step : all) {
            for (ComparisonFinding finding : step.comparisons()) {
                if (seen.putIfAbsent(finding.table().caption(), true) == null) {
                    tables.add(new Report.AppendixTable(
                            step.stepNumber(), step.stepTitle(), finding.table(), sources(finding)));
                }
            }
        }
        return new Report.Appendix(year, Wording.get("licenceName"), tables);
    }

    /** The published tables the figure comes from, then the cells read ("ASC-FR T16, 2021-22, …; cells T1!H156"). */
    private static List<String> sources(ComparisonFinding finding) {
        Set<String> sources = new LinkedHashSet<>();
        MetricDefinition metric = finding.metric();
        for (MetricDefinition.Part part : java.util.Arrays.asList(metric.numerator(), metric.denominator())) {
            if (part != null && part.source() != null) {
                sources.add(part.source().replace("{year}", FigureYears.of(finding.value())));
            }
        }
        if (!finding.sources().isEmpty()) {
            sources.add(Wording.get("cells") + " " + String.join(", ", new LinkedHashSet<>(finding.sources())));
        }
        return List.copyOf(sources);
    }

    /** The members' summary gives each caveat's first sentence; the full report has the whole text. */
    static String firstSentence(String text) {
        String[] sentences = text.strip().split("(?<=[.!?])\\s+(?=[A-Z])", 2);
        return sentences[0];
    }

    private static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
