package org.vfmworkbook.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vfmworkbook.report.WorkbookContent;
import org.vfmworkbook.report.WorkbookContent.ActionContent;
import org.vfmworkbook.report.WorkbookContent.AnswerContent;
import org.vfmworkbook.report.WorkbookContent.FroiContent;
import org.vfmworkbook.report.WorkbookContent.LocalFigureContent;
import org.vfmworkbook.report.WorkbookContent.StepContent;
import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.Link;

/**
 * Workbook content for report tests: {@code aWorkbookContent().forCouncil("E10000016").fullyAnswered().build()}.
 * Starts as an empty draft for 2021-22.
 */
public final class WorkbookContentBuilder {

    private static final Map<String, String[]> COUNCILS = Map.of(
            "E10000016", new String[] {"Kent", "South East"},
            "E08000035", new String[] {"Leeds", "Yorkshire and the Humber"},
            "E09000007", new String[] {"Camden", "London"});

    private long id = 1;
    private String code = "E10000016";
    private String name = "Kent";
    private String region = "South East";
    private String year = "2021-22";
    private WorkbookContent.Status status = WorkbookContent.Status.DRAFT;
    private String signedOffBy;
    private Instant signedOffAt;
    private String directorSummary;
    private final Map<String, String> stepStatus = new LinkedHashMap<>();
    private final Map<String, Map<String, AnswerContent>> answers = new LinkedHashMap<>();
    private final Map<String, List<ActionContent>> actions = new LinkedHashMap<>();
    private final Map<String, List<LocalFigureContent>> figures = new LinkedHashMap<>();

    private WorkbookContentBuilder() {}

    public static WorkbookContentBuilder aWorkbookContent() {
        return new WorkbookContentBuilder();
    }

    public WorkbookContentBuilder withId(long id) {
        this.id = id;
        return this;
    }

    /** One of Kent, Leeds or Camden by code; any other code with {@link #named}. */
    public WorkbookContentBuilder forCouncil(String code) {
        this.code = code;
        String[] known = COUNCILS.getOrDefault(code, new String[] {code, "Unknown region"});
        this.name = known[0];
        this.region = known[1];
        return this;
    }

    public WorkbookContentBuilder named(String name, String region) {
        this.name = name;
        this.region = region;
        return this;
    }

    public WorkbookContentBuilder signedOffBy(String who, Instant when) {
        this.status = WorkbookContent.Status.SIGNED_OFF;
        this.signedOffBy = who;
        this.signedOffAt = when;
        return this;
    }

    public WorkbookContentBuilder withDirectorSummary(String text) {
        this.directorSummary = text;
        return this;
    }

    public WorkbookContentBuilder answering(String stepId, String questionId, String text) {
        return answer(stepId, questionId, new AnswerContent(text, null, List.of()));
    }

    public WorkbookContentBuilder choosing(String stepId, String questionId, String choice, String text) {
        return answer(stepId, questionId, new AnswerContent(text, choice, List.of()));
    }

    public WorkbookContentBuilder answer(String stepId, String questionId, AnswerContent answer) {
        answers.computeIfAbsent(stepId, s -> new LinkedHashMap<>()).put(questionId, answer);
        stepStatus.putIfAbsent(stepId, "IN_PROGRESS");
        return this;
    }

    public WorkbookContentBuilder withStepStatus(String stepId, String status) {
        stepStatus.put(stepId, status);
        return this;
    }

    public WorkbookContentBuilder withAction(
            String stepId, String what, String owner, LocalDate due, String measure, Double saving, FroiContent froi) {
        return withAction(stepId, what, owner, due, measure, saving, froi, null);
    }

    /** An action with its Theory of Change ({@code theory} may be null). */
    public WorkbookContentBuilder withAction(
            String stepId,
            String what,
            String owner,
            LocalDate due,
            String measure,
            Double saving,
            FroiContent froi,
            org.vfmworkbook.report.WorkbookContent.TheoryContent theory) {
        actions.computeIfAbsent(stepId, s -> new ArrayList<>())
                .add(new ActionContent(stepId, what, owner, due, measure, saving, froi, theory));
        return this;
    }

    public WorkbookContentBuilder withLocalFigure(String stepId, String metricId, double value, String source) {
        figures.computeIfAbsent(stepId, s -> new ArrayList<>())
                .add(new LocalFigureContent(metricId, value, source, LocalDate.of(2022, 3, 31)));
        return this;
    }

    /** Every question of every shipped step answered, a judgement and one action per step. */
    public WorkbookContentBuilder fullyAnswered() {
        directorSummary = "Our spend per adult is close to our neighbours'. Care home use for older people is the "
                + "main difference we have found, and the action plan sets out how we will test alternatives.";
        String[] ratings = {"green", "amber", "red"};
        for (StepDefinition step : new StepCatalogue().all()) {
            for (ChallengeQuestion q : step.questions()) {
                switch (q.type()) {
                    case RAG -> choosing(step.id(), q.id(), ratings[step.number() % 3], null);
                    case YES_NO_PARTLY ->
                        choosing(
                                step.id(),
                                q.id(),
                                "partly",
                                "Partly: answer to " + q.id() + " in step " + step.number() + ".");
                    case EVIDENCE ->
                        answer(
                                step.id(),
                                q.id(),
                                new AnswerContent(
                                        "Budget monitoring report, " + "Cabinet, 14 March 2022.",
                                        null,
                                        List.of(new Link(
                                                "Outturn report 2021-22", "https://example.org/outturn-2021-22"))));
                    case ACTIONS -> {}
                    default ->
                        answering(
                                step.id(),
                                q.id(),
                                "Answer to " + q.id() + " in step " + step.number()
                                        + ": the council’s explanation, with “curly quotes” and £1,200 figures.");
                }
            }
            withAction(
                    step.id(),
                    "Review " + step.title().toLowerCase() + " with the finance lead",
                    "Head of Commissioning",
                    LocalDate.of(2023, 3, 31),
                    "A costed option appraisal reported to the DMT",
                    step.number() * 10_000.0,
                    step.number() % 4 == 0
                            ? new FroiContent(20_000.0, 5_000.0, 40_000.0, 3, 85_000.0, 2.55, 0.6, null)
                            : null);
            withStepStatus(step.id(), "COMPLETED");
        }
        withLocalFigure("unit-costs", "unit-cost-residential-65-plus", 702.5, "Local brokerage data, March 2022");
        return this;
    }

    public WorkbookContent build() {
        Map<String, StepContent> steps = new LinkedHashMap<>();
        for (String stepId : stepStatus.keySet()) {
            steps.put(
                    stepId,
                    new StepContent(
                            stepStatus.get(stepId),
                            answers.getOrDefault(stepId, Map.of()),
                            actions.getOrDefault(stepId, List.of()),
                            figures.getOrDefault(stepId, List.of())));
        }
        for (String stepId : actions.keySet()) {
            steps.putIfAbsent(stepId, new StepContent(null, Map.of(), actions.get(stepId), List.of()));
        }
        return new WorkbookContent(
                id, code, name, region, year, status, signedOffBy, signedOffAt, directorSummary, List.of(), steps);
    }
}
