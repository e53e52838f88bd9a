package org.vfmworkbook.steps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;

import org.vfmworkbook.metrics.MetricDefinition;

/**
 * Checks what step files mean, after they have been read: ids, numbers, references to metrics, caveats and
 * comparisons, placeholders, and that every step asks the council for challenge, judgement, evidence and
 * actions. Collects every problem; never stops at the first.
 */
public final class StepValidator {

    public static final int FIRST_STEP = 1;
    public static final int LAST_STEP = 13;

    private final KnownReferences references;

    public StepValidator(KnownReferences references) {
        this.references = references;
    }

    /** Every file on its own, its name, then the set: each number 1..13 exactly once, step ids unique. */
    public List<StepProblem> validateCatalogue(List<LoadedSteps.LoadedStep> steps) {
        List<StepProblem> problems = new ArrayList<>();
        Map<Integer, String> fileByNumber = new HashMap<>();
        Map<String, String> fileById = new HashMap<>();
        for (LoadedSteps.LoadedStep loaded : steps) {
            StepDefinition step = loaded.step();
            problems.addAll(validateStep(loaded.file(), step));
            if (step.id() != null && !loaded.file().equals(step.expectedFileName())) {
                problems.add(new StepProblem(
                        loaded.file(), "", StepProblemCode.FILE_NAME_MISMATCH, step.expectedFileName()));
            }
            if (fileByNumber.putIfAbsent(step.number(), loaded.file()) != null) {
                problems.add(new StepProblem(
                        loaded.file(),
                        "number",
                        StepProblemCode.DUPLICATE_STEP_NUMBER,
                        step.number() + " (also in " + fileByNumber.get(step.number()) + ")"));
            }
            if (step.id() != null && fileById.putIfAbsent(step.id(), loaded.file()) != null) {
                problems.add(new StepProblem(
                        loaded.file(),
                        "id",
                        StepProblemCode.DUPLICATE_STEP_ID,
                        step.id() + " (also in " + fileById.get(step.id()) + ")"));
            }
        }
        for (int number = FIRST_STEP; number <= LAST_STEP; number++) {
            if (!fileByNumber.containsKey(number)) {
                problems.add(new StepProblem(
                        StepLoader.FOLDER + "/", "", StepProblemCode.MISSING_STEP_NUMBER, String.valueOf(number)));
            }
        }
        return problems;
    }

    /** The meaning of one step file. */
    public List<StepProblem> validateStep(String file, StepDefinition step) {
        StepProblems problems = new StepProblems(file);
        if (step.number() < FIRST_STEP || step.number() > LAST_STEP) {
            problems.add("number", StepProblemCode.STEP_NUMBER_OUT_OF_RANGE, String.valueOf(step.number()));
        }
        problems.id("id", step.id());
        problems.required("title", step.title());
        problems.required("question", step.question());
        problems.required("kind", step.kind());
        problems.required("summary", step.summary());
        problems.required("guidance", step.guidance());

        Map<String, Comparison> comparisons = checkComparisons(step, problems);
        checkNarrative(step, comparisons, problems);
        checkQuestions(step, problems);
        checkCaveats(step, problems);
        if (step.hasDataAudit()) checkDataAudit(step.dataAudit(), problems);
        return problems.list;
    }

    private Map<String, Comparison> checkComparisons(StepDefinition step, StepProblems problems) {
        Map<String, Comparison> byId = new HashMap<>();
        Set<String> missingCaveats = new LinkedHashSet<>();
        problems.uniqueIds("comparisons", step.comparisons(), Comparison::id);
        for (int i = 0; i < step.comparisons().size(); i++) {
            Comparison comparison = step.comparisons().get(i);
            String at = "comparisons[" + i + "]";
            if (problems.required(at, comparison)) continue;
            problems.id(at + ".id", comparison.id());
            if (comparison.id() != null) byId.putIfAbsent(comparison.id(), comparison);
            problems.required(at + ".chart", comparison.chart());
            if (comparison.groups().isEmpty() || comparison.groups().contains(null)) {
                problems.add(at + ".groups", StepProblemCode.NO_COMPARATOR_GROUP, comparison.id());
            }
            if (problems.required(at + ".metric", comparison.metric()) || !references.metricsRead()) continue;
            references
                    .metric(comparison.metric())
                    .ifPresentOrElse(
                            metric -> {
                                if (!metric.isComputable()) {
                                    problems.add(at + ".metric", StepProblemCode.METRIC_NOT_COMPUTABLE, metric.id());
                                }
                                if (comparison.chart() == ChartKind.SCATTER && !metric.isNeedModel()) {
                                    problems.add(at + ".chart", StepProblemCode.SCATTER_NOT_NEED_MODEL, metric.id());
                                }
                                metric.caveats().stream()
                                        .filter(caveat -> !step.caveats().contains(caveat))
                                        .forEach(
                                                caveat -> missingCaveats.add(caveat + " (metric " + metric.id() + ")"));
                            },
                            () -> problems.add(at + ".metric", StepProblemCode.UNKNOWN_METRIC, comparison.metric()));
        }
        missingCaveats.forEach(caveat -> problems.add("caveats", StepProblemCode.MISSING_METRIC_CAVEAT, caveat));
        if (step.kind() == StepKind.DATA_LED) {
            if (step.comparisons().isEmpty()) {
                problems.add("comparisons", StepProblemCode.DATA_LED_WITHOUT_COMPARISON, "");
            } else if (step.comparisons().stream().noneMatch(c -> c != null && c.key())) {
                problems.add("comparisons", StepProblemCode.NO_KEY_COMPARISON, "");
            }
        }
        return byId;
    }

    private void checkNarrative(StepDefinition step, Map<String, Comparison> comparisons, StepProblems problems) {
        problems.uniqueIds("narrative", step.narrative(), NarrativeRule::id);
        for (int i = 0; i < step.narrative().size(); i++) {
            NarrativeRule rule = step.narrative().get(i);
            String at = "narrative[" + i + "]";
            if (problems.required(at, rule)) continue;
            problems.id(at + ".id", rule.id());
            if (!problems.required(at + ".when", rule.when())) {
                checkCondition(at + ".when", rule.when(), comparisons, problems);
            }
            if (!problems.required(at + ".text", rule.text())) {
                Matcher placeholder = Placeholder.IN_TEXT.matcher(rule.text());
                while (placeholder.find()) {
                    if (Placeholder.fromToken(placeholder.group(1)).isEmpty()) {
                        problems.add(at + ".text", StepProblemCode.UNKNOWN_PLACEHOLDER, placeholder.group());
                    }
                }
            }
        }
    }

    private void checkCondition(
            String at, Condition condition, Map<String, Comparison> comparisons, StepProblems problems) {
        if (condition instanceof Condition.ComparisonIs is) {
            Comparison comparison = comparisons.get(is.comparison());
            if (comparison == null) {
                problems.add(at + ".comparison", StepProblemCode.UNKNOWN_COMPARISON_REFERENCE, is.comparison());
            } else if (!comparison.groups().contains(is.group())) {
                problems.add(
                        at + ".group",
                        StepProblemCode.GROUP_NOT_COMPARED,
                        is.group().value() + " (comparison " + is.comparison() + ")");
            }
        } else if (condition instanceof Condition.All all) {
            for (int i = 0; i < all.all().size(); i++) {
                checkCondition(at + ".all[" + i + "]", all.all().get(i), comparisons, problems);
            }
        } else if (condition instanceof Condition.Any any) {
            for (int i = 0; i < any.any().size(); i++) {
                checkCondition(at + ".any[" + i + "]", any.any().get(i), comparisons, problems);
            }
        } else if (condition instanceof Condition.Not not) {
            checkCondition(at + ".not", not.not(), comparisons, problems);
        }
    }

    private static void checkMeanings(ChallengeQuestion question, String at, StepProblems problems) {
        if (question.type() == QuestionType.RAG) {
            for (Rating rating : Rating.values()) {
                String meaning = question.meaning(rating);
                if (meaning == null || meaning.isBlank()) {
                    problems.add(at + ".meanings", StepProblemCode.MISSING_MEANING, rating.value());
                }
            }
        } else if (question.type() != null && !question.meanings().isEmpty()) {
            problems.add(
                    at + ".meanings",
                    StepProblemCode.MEANINGS_ON_OTHER_QUESTION,
                    question.type().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private void checkQuestions(StepDefinition step, StepProblems problems) {
        problems.uniqueIds("questions", step.questions(), ChallengeQuestion::id);
        Set<QuestionType> types = new HashSet<>();
        for (int i = 0; i < step.questions().size(); i++) {
            ChallengeQuestion question = step.questions().get(i);
            String at = "questions[" + i + "]";
            if (problems.required(at, question)) continue;
            problems.id(at + ".id", question.id());
            problems.required(at + ".text", question.text());
            if (!problems.required(at + ".type", question.type())) types.add(question.type());
            checkMeanings(question, at, problems);
        }
        if (types.stream().noneMatch(QuestionType::isChallenge)) {
            problems.add("questions", StepProblemCode.NO_CHALLENGE_QUESTION, "");
        }
        if (!types.contains(QuestionType.RAG)) problems.add("questions", StepProblemCode.NO_JUDGEMENT_QUESTION, "");
        if (!types.contains(QuestionType.EVIDENCE)) problems.add("questions", StepProblemCode.NO_EVIDENCE_QUESTION, "");
        if (!types.contains(QuestionType.ACTIONS)) problems.add("questions", StepProblemCode.NO_ACTIONS_QUESTION, "");
    }

    private void checkCaveats(StepDefinition step, StepProblems problems) {
        problems.uniqueIds("caveats", step.caveats(), Function.identity());
        for (int i = 0; i < step.caveats().size(); i++) {
            String caveat = step.caveats().get(i);
            if (!problems.required("caveats[" + i + "]", caveat) && !references.hasCaveat(caveat)) {
                problems.add("caveats[" + i + "]", StepProblemCode.UNKNOWN_CAVEAT, caveat);
            }
        }
    }

    /**
     * A data audit: at least one practice or definition, ids unique in each list, every practice worded, every definition with a
     * term, NHS Digital's definition and at least one metric, each in the catalogue.
     */
    private void checkDataAudit(DataAudit audit, StepProblems problems) {
        if (audit.practices().isEmpty() && audit.definitions().isEmpty()) {
            problems.add("dataAudit", StepProblemCode.EMPTY_DATA_AUDIT, "");
        }
        problems.uniqueIds("dataAudit.practices", audit.practices(), DataAudit.Practice::id);
        for (int i = 0; i < audit.practices().size(); i++) {
            DataAudit.Practice practice = audit.practices().get(i);
            String at = "dataAudit.practices[" + i + "]";
            if (problems.required(at, practice)) continue;
            problems.id(at + ".id", practice.id());
            problems.required(at + ".text", practice.text());
        }
        problems.uniqueIds("dataAudit.definitions", audit.definitions(), DataAudit.Definition::id);
        for (int i = 0; i < audit.definitions().size(); i++) {
            DataAudit.Definition definition = audit.definitions().get(i);
            String at = "dataAudit.definitions[" + i + "]";
            if (problems.required(at, definition)) continue;
            problems.id(at + ".id", definition.id());
            problems.required(at + ".term", definition.term());
            problems.required(at + ".definition", definition.definition());
            if (definition.metrics().isEmpty())
                problems.add(at + ".metrics", StepProblemCode.MISSING_FIELD, at + ".metrics");
            for (int m = 0; m < definition.metrics().size(); m++) {
                String metric = definition.metrics().get(m);
                String metricAt = at + ".metrics[" + m + "]";
                if (!problems.required(metricAt, metric)
                        && references.metricsRead()
                        && references.metric(metric).isEmpty()) {
                    problems.add(metricAt, StepProblemCode.UNKNOWN_METRIC, metric);
                }
            }
        }
    }

    /** The caveat file: ids, required text, and every caveat the metric catalogue refers to is defined. */
    public List<StepProblem> validateCaveats(String file, List<Caveat> caveats) {
        StepProblems problems = new StepProblems(file);
        problems.uniqueIds("caveats", caveats, Caveat::id);
        for (int i = 0; i < caveats.size(); i++) {
            Caveat caveat = caveats.get(i);
            String at = "caveats[" + i + "]";
            if (problems.required(at, caveat)) continue;
            problems.id(at + ".id", caveat.id());
            problems.required(at + ".title", caveat.title());
            problems.required(at + ".text", caveat.text());
        }
        List<StepProblem> all = new ArrayList<>(problems.list);
        List<MetricDefinition> metrics = references.metrics();
        for (int index = 0; index < metrics.size(); index++) {
            MetricDefinition metric = metrics.get(index);
            for (int i = 0; i < metric.caveats().size(); i++) {
                if (!references.hasCaveat(metric.caveats().get(i))) {
                    all.add(new StepProblem(
                            StepLoader.METRICS_FILE,
                            "metrics[" + index + "].caveats[" + i + "]",
                            StepProblemCode.UNKNOWN_CAVEAT,
                            metric.caveats().get(i)));
                }
            }
        }
        return all;
    }
}
