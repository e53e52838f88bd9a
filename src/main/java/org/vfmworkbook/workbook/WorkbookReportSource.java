package org.vfmworkbook.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.report.WorkbookContentSource;
import org.vfmworkbook.web.NotFoundProblem;

/** What the report reads from a stored workbook: the workbook's own content, in the report's terms. */
@ApplicationScoped
public class WorkbookReportSource implements WorkbookContentSource {

    private final WorkbookService workbooks;
    private final Councils councils;

    WorkbookReportSource(WorkbookService workbooks, Councils councils) {
        this.workbooks = workbooks;
        this.councils = councils;
    }

    @Override
    public Optional<org.vfmworkbook.report.WorkbookContent> find(long workbookId) {
        WorkbookState state;
        try {
            state = workbooks.state(workbookId);
        } catch (NotFoundProblem e) {
            return Optional.empty();
        }
        WorkbookSummary workbook = state.workbook();
        Map<String, org.vfmworkbook.report.WorkbookContent.StepContent> steps = new LinkedHashMap<>();
        for (WorkbookState.Step step : state.steps()) {
            steps.put(step.definition().id(), step(step.definition(), step.state()));
        }
        String region =
                councils.find(workbook.councilCode()).map(c -> c.regionName()).orElse("");
        return Optional.of(new org.vfmworkbook.report.WorkbookContent(
                workbook.id(),
                workbook.councilCode(),
                workbook.councilName(),
                region,
                workbook.dataYear(),
                workbook.signedOff()
                        ? org.vfmworkbook.report.WorkbookContent.Status.SIGNED_OFF
                        : org.vfmworkbook.report.WorkbookContent.Status.DRAFT,
                workbook.signedOffBy(),
                workbook.signedOffAt(),
                state.directorSummary(),
                state.customGroup(),
                steps));
    }

    /** A step's local figures are those for the metrics it compares (a figure is held per metric, for the whole workbook). */
    private static org.vfmworkbook.report.WorkbookContent.StepContent step(
            org.vfmworkbook.steps.StepDefinition definition, StepState state) {
        java.util.Set<String> compared = definition.comparisons().stream()
                .map(org.vfmworkbook.steps.Comparison::metric)
                .collect(java.util.stream.Collectors.toSet());
        Map<String, org.vfmworkbook.report.WorkbookContent.AnswerContent> answers = new LinkedHashMap<>();
        state.answers()
                .forEach((question, answer) -> answers.put(
                        question,
                        new org.vfmworkbook.report.WorkbookContent.AnswerContent(
                                answer.text(),
                                answer.choice(),
                                answer.links().stream()
                                        .map(l -> new org.vfmworkbook.web.Link(l.title(), l.url()))
                                        .toList())));
        List<org.vfmworkbook.report.WorkbookContent.ActionContent> actions = state.actions().stream()
                .map(a -> new org.vfmworkbook.report.WorkbookContent.ActionContent(
                        a.stepId(),
                        a.what(),
                        a.owner(),
                        a.dueDate(),
                        a.measureOfSuccess(),
                        a.expectedAnnualSavingGbp() == null
                                ? null
                                : a.expectedAnnualSavingGbp().doubleValue(),
                        froi(a.fiscalReturn()),
                        theory(a.theoryOfChange())))
                .toList();
        List<org.vfmworkbook.report.WorkbookContent.LocalFigureContent> figures = state.localFigures().values().stream()
                .filter(f -> compared.contains(f.metricId()))
                .map(f -> new org.vfmworkbook.report.WorkbookContent.LocalFigureContent(
                        f.metricId(), f.value(), f.source(), f.asAt()))
                .toList();
        return new org.vfmworkbook.report.WorkbookContent.StepContent(
                state.status().name(), answers, actions, figures);
    }

    private static org.vfmworkbook.report.WorkbookContent.TheoryContent theory(TheoryOfChangeView theory) {
        if (theory == null) {
            return null;
        }
        java.util.function.Function<ChangeStage, List<org.vfmworkbook.report.WorkbookContent.BoxContent>> boxes =
                stage -> theory.in(stage).stream()
                        .map(b -> new org.vfmworkbook.report.WorkbookContent.BoxContent(
                                b.text(), b.date(), b.evidence(), b.measure()))
                        .toList();
        return new org.vfmworkbook.report.WorkbookContent.TheoryContent(
                boxes.apply(ChangeStage.NOW),
                boxes.apply(ChangeStage.ACTIVITY),
                boxes.apply(ChangeStage.MILESTONE),
                boxes.apply(ChangeStage.OUTCOME),
                boxes.apply(ChangeStage.GOAL));
    }

    private static org.vfmworkbook.report.WorkbookContent.FroiContent froi(FiscalReturn f) {
        if (f == null) {
            return null;
        }
        return new org.vfmworkbook.report.WorkbookContent.FroiContent(
                (double) f.oneOffCostGbp(),
                (double) f.annualCostGbp(),
                (double) f.annualCostsAvoidedGbp(),
                f.years(),
                (double) f.netBenefitGbp(),
                f.returnPerPound(),
                f.paybackYears(),
                FiscalReturnWording.summary(f));
    }
}
