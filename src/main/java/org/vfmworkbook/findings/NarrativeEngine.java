package org.vfmworkbook.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.vfmworkbook.metrics.ComparatorGroup;
import org.vfmworkbook.metrics.CouncilMetric;
import org.vfmworkbook.metrics.GroupComparison;
import org.vfmworkbook.metrics.Unit;
import org.vfmworkbook.steps.Comparison;
import org.vfmworkbook.steps.ComparisonOutcome;
import org.vfmworkbook.steps.Condition;
import org.vfmworkbook.steps.NarrativeRule;
import org.vfmworkbook.steps.Placeholder;
import org.vfmworkbook.steps.StepDefinition;

/**
 * Chooses a step's narrative: every rule whose condition holds contributes its text, in file order, with its
 * placeholders filled in the metric's unit. Pure Java: a step, the council's metrics by comparison id, out come
 * sentences.
 * <p>
 * Placeholders take their figures from the first comparison the rule's condition tests (depth first); a rule that
 * tests none ({@code always}) takes them from the step's first key comparison and its first group.
 */
public final class NarrativeEngine {

    private NarrativeEngine() {}

    /** @param metricsByComparison the council's metric for each comparison id of the step */
    public static List<String> narrate(
            StepDefinition step, String council, String year, Map<String, CouncilMetric> metricsByComparison) {
        List<String> sentences = new ArrayList<>();
        for (NarrativeRule rule : step.narrative()) {
            if (holds(rule.when(), metricsByComparison)) {
                sentences.add(
                        fill(rule.text(), placeholderSource(step, rule.when()), council, year, metricsByComparison));
            }
        }
        return sentences;
    }

    /** Whether a condition holds for the council's metrics. */
    public static boolean holds(Condition condition, Map<String, CouncilMetric> metrics) {
        if (condition instanceof Condition.All all) {
            return all.all().stream().allMatch(c -> holds(c, metrics));
        }
        if (condition instanceof Condition.Any any) {
            return any.any().stream().anyMatch(c -> holds(c, metrics));
        }
        if (condition instanceof Condition.Not not) {
            return !holds(not.not(), metrics);
        }
        if (condition instanceof Condition.ComparisonIs is) {
            return outcome(metrics.get(is.comparison()), is.group(), is.is());
        }
        return condition instanceof Condition.Always;
    }

    /** Whether the council's value within one group is as the outcome says. */
    static boolean outcome(CouncilMetric metric, ComparatorGroup group, ComparisonOutcome outcome) {
        Double value = metric == null ? null : metric.value();
        if (outcome == ComparisonOutcome.NOT_AVAILABLE) {
            return value == null;
        }
        GroupComparison shown = metric == null ? null : metric.comparisons().get(group);
        if (value == null || shown == null) {
            return false;
        }
        var stats = shown.statistics();
        return switch (outcome) {
            case ABOVE_UPPER_QUARTILE -> stats.q3() != null && value > stats.q3();
            case BELOW_LOWER_QUARTILE -> stats.q1() != null && value < stats.q1();
            case WITHIN_INTERQUARTILE_RANGE ->
                stats.q1() != null && stats.q3() != null && value >= stats.q1() && value <= stats.q3();
            case ABOVE_MEDIAN -> stats.median() != null && value > stats.median();
            case BELOW_MEDIAN -> stats.median() != null && value < stats.median();
            case NOTABLY_DIFFERENT -> Boolean.TRUE.equals(shown.notablyDifferent());
            case NOT_AVAILABLE -> false;
        };
    }

    record Source(String comparison, ComparatorGroup group) {}

    static Source placeholderSource(StepDefinition step, Condition condition) {
        return firstComparison(condition)
                .orElseGet(() -> step.comparisons().stream()
                        .filter(Comparison::key)
                        .findFirst()
                        .or(() -> step.comparisons().stream().findFirst())
                        .map(c -> new Source(
                                c.id(),
                                c.groups().isEmpty()
                                        ? ComparatorGroup.ENGLAND
                                        : c.groups().get(0)))
                        .orElse(null));
    }

    private static Optional<Source> firstComparison(Condition condition) {
        if (condition instanceof Condition.ComparisonIs is) {
            return Optional.of(new Source(is.comparison(), is.group()));
        }
        if (condition instanceof Condition.Not not) {
            return firstComparison(not.not());
        }
        List<Condition> parts = condition instanceof Condition.All all
                ? all.all()
                : condition instanceof Condition.Any any ? any.any() : List.of();
        return parts.stream()
                .map(NarrativeEngine::firstComparison)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** "{value} per 100,000" in a rule's text: the unit is already written, so the value does not repeat it. */
    private static String withoutRepeatedUnit(String replacement, Unit unit, String text, int end) {
        String after = unit == null ? "" : unit.writtenAfter();
        if (!after.isEmpty() && replacement.endsWith(after) && text.startsWith(after, end)) {
            return replacement.substring(0, replacement.length() - after.length());
        }
        return replacement;
    }

    static String fill(String text, Source source, String council, String year, Map<String, CouncilMetric> metrics) {
        CouncilMetric metric = source == null ? null : metrics.get(source.comparison());
        GroupComparison group = metric == null ? null : metric.comparisons().get(source.group());
        Unit unit = metric == null ? null : metric.unit();
        Double value = metric == null ? null : metric.value();
        Double median = group == null ? null : group.statistics().median();
        Matcher m = Placeholder.IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Optional<Placeholder> placeholder = Placeholder.fromToken(m.group(1));
            String replacement = placeholder.isEmpty()
                    ? m.group()
                    : switch (placeholder.get()) {
                        case COUNCIL -> council;
                        case YEAR -> FigureYears.of(metric, year);
                        case VALUE -> UnitFormat.format(unit, value);
                        case MEDIAN -> UnitFormat.format(unit, median);
                        case Q1 ->
                            UnitFormat.format(
                                    unit,
                                    group == null ? null : group.statistics().q1());
                        case Q3 ->
                            UnitFormat.format(
                                    unit,
                                    group == null ? null : group.statistics().q3());
                        case GROUP -> group == null ? "" : group.label();
                        case METRIC -> metric == null ? "" : metric.title();
                        case N ->
                            group == null
                                    ? "0"
                                    : String.valueOf(group.statistics().n());
                        case RATIO -> UnitFormat.ratio(value, median);
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(withoutRepeatedUnit(replacement, unit, text, m.end())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
