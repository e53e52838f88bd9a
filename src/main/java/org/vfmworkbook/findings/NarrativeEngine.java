package org.vfmworkbook.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vfmworkbook.metrics.CouncilMetric;
import org.vfmworkbook.metrics.GroupComparison;
import org.vfmworkbook.steps.ComparatorGroup;
import org.vfmworkbook.steps.Comparison;
import org.vfmworkbook.steps.ComparisonOutcome;
import org.vfmworkbook.steps.Condition;
import org.vfmworkbook.steps.NarrativeRule;
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

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9]+)}");

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
        GroupComparison shown = metric == null ? null : metric.comparisons().get(key(group));
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

    /** The key used in {@link CouncilMetric#comparisons()}: "england", "region", "neighbours", "custom". */
    public static String key(ComparatorGroup group) {
        return group.name().toLowerCase(Locale.ROOT);
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

    private static final List<String> UNIT_SUFFIXES = List.of(" per 100,000", " a week", " an hour");

    /** "{value} per 100,000" in a rule's text: the unit is already written, so the value does not repeat it. */
    private static String withoutRepeatedUnit(String replacement, String text, int end) {
        for (String suffix : UNIT_SUFFIXES) {
            if (replacement.endsWith(suffix) && text.startsWith(suffix, end)) {
                return replacement.substring(0, replacement.length() - suffix.length());
            }
        }
        return replacement;
    }

    static String fill(String text, Source source, String council, String year, Map<String, CouncilMetric> metrics) {
        CouncilMetric metric = source == null ? null : metrics.get(source.comparison());
        GroupComparison group = metric == null ? null : metric.comparisons().get(key(source.group()));
        String unit = metric == null ? null : metric.unit();
        Double value = metric == null ? null : metric.value();
        Double median = group == null ? null : group.statistics().median();
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = switch (m.group(1)) {
                case "council" -> council;
                case "year" -> FigureYears.of(metric, year);
                case "value" -> UnitFormat.format(unit, value);
                case "median" -> UnitFormat.format(unit, median);
                case "q1" ->
                    UnitFormat.format(
                            unit, group == null ? null : group.statistics().q1());
                case "q3" ->
                    UnitFormat.format(
                            unit, group == null ? null : group.statistics().q3());
                case "group" -> group == null ? "" : group.label();
                case "metric" -> metric == null ? "" : metric.title();
                case "n" ->
                    group == null ? "0" : String.valueOf(group.statistics().n());
                case "ratio" -> UnitFormat.ratio(value, median);
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(withoutRepeatedUnit(replacement, text, m.end())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
