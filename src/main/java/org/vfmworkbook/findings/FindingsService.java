package org.vfmworkbook.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.vfmworkbook.metrics.ComparatorGroup;
import org.vfmworkbook.metrics.CouncilMetric;
import org.vfmworkbook.metrics.GroupComparison;
import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.metrics.YearSnapshot;
import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.NationalDataChanged;
import org.vfmworkbook.steps.ChartKind;
import org.vfmworkbook.steps.Comparison;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.NotFoundProblem;

/**
 * The presentation of a step's data that the step page and the report share: for each comparison the council's
 * value against the group shown, a sentence, chart points in alphabetical order and a table of the group's
 * statistics; the step's narrative and caveats; and the measures that stand out (NotableFindings).
 */
@ApplicationScoped
public class FindingsService {

    private final NationalComparisons national;
    private final StepCatalogue steps;
    private final Charts charts;
    private final Sentences sentences;

    /**
     * The findings of the {@value #KEPT} council, year and group choices most recently asked for (about 0.3 MB each): a
     * region's councils each with a group or two switched to, as when a region works at once or in a peer session.
     */
    private static final int KEPT = 32;

    private final Map<AllStepsKey, Kept> allSteps = LeastRecentlyUsed.keeping(KEPT);

    private final TrendSeries trends;

    FindingsService(NationalComparisons national, StepCatalogue steps, Sentences sentences, TrendSeries trends) {
        this.national = national;
        this.steps = steps;
        this.charts = new Charts(national, sentences::groupName);
        this.sentences = sentences;
        this.trends = trends;
    }

    /**
     * One step. {@code group} null shows each comparison against its own first group; a group the comparison does
     * not show (or custom without codes) falls back to that first group too. Taken from the council's kept findings for
     * every step, so a step page computes nothing once the council's first page or report has been seen.
     */
    public StepFindings forStep(
            String councilCode, String year, String stepId, ComparatorGroup group, List<String> customCodes) {
        steps.find(stepId).orElseThrow(() -> new NotFoundProblem("No step with id " + stepId));
        return forAllSteps(councilCode, year, group, customCodes).stream()
                .filter(f -> f.step().id().equals(stepId))
                .findFirst()
                .orElseThrow();
    }

    /** Every step, in order, each comparison against its own first group. */
    public List<StepFindings> forAllSteps(String councilCode, String year, List<String> customCodes) {
        return forAllSteps(councilCode, year, null, customCodes);
    }

    /**
     * Every step, in order, against the group given where a comparison shows it. Kept for the most recently asked
     * councils (a report asks for all thirteen steps at once, and again for each audience and each download) until the
     * national data changes; the findings are values, so a kept list is shared safely.
     */
    public List<StepFindings> forAllSteps(
            String councilCode, String year, ComparatorGroup group, List<String> customCodes) {
        Context context = context(councilCode, year, customCodes);
        AllStepsKey key = new AllStepsKey(councilCode, year, group, context.custom());
        Kept kept = allSteps.get(key);
        if (kept != null && kept.snapshot() == context.snapshot()) {
            return kept.findings();
        }
        List<StepFindings> built =
                steps.all().stream().map(step -> build(step, context, group)).toList();
        allSteps.put(key, new Kept(context.snapshot(), built));
        return built;
    }

    void onChange(@Observes NationalDataChanged changed) {
        allSteps.clear();
    }

    private record AllStepsKey(String council, String year, ComparatorGroup group, List<String> custom) {}

    /** Findings with the snapshot they were built from: a snapshot recomputed since makes them stale. */
    private record Kept(YearSnapshot snapshot, List<StepFindings> findings) {}

    private record Context(
            YearSnapshot snapshot, CouncilRecord council, List<String> custom, Map<String, CouncilMetric> metrics) {}

    private Context context(String councilCode, String year, List<String> customCodes) {
        YearSnapshot snapshot = national.year(year)
                .orElseThrow(() -> new NotFoundProblem("No national data held for the year " + year));
        CouncilRecord council = snapshot.council(councilCode)
                .orElseThrow(() -> new NotFoundProblem("No council with code " + councilCode));
        List<String> custom = customCodes == null ? List.of() : List.copyOf(customCodes);
        return new Context(snapshot, council, custom, new LinkedHashMap<>());
    }

    private CouncilMetric metric(Context context, String metricId) {
        return context.metrics().computeIfAbsent(metricId, id -> {
            MetricDefinition definition = national.catalogue().find(id).orElseThrow();
            return national.forCouncil(context.snapshot(), context.council(), definition, context.custom());
        });
    }

    private StepFindings build(StepDefinition step, Context context, ComparatorGroup group) {
        Map<String, CouncilMetric> byComparison = new LinkedHashMap<>();
        List<ComparisonFinding> findings = new ArrayList<>();
        for (Comparison comparison : step.comparisons()) {
            CouncilMetric value = metric(context, comparison.metric());
            byComparison.put(comparison.id(), value);
            findings.add(finding(
                    comparison,
                    value,
                    shownGroup(comparison, value, group),
                    context,
                    trendFor(step, comparison, context)));
        }
        String name = context.council().name();
        String year = context.snapshot().year();
        List<String> narrative = NarrativeEngine.narrate(step, name, year, byComparison);
        return new StepFindings(
                step,
                name,
                year,
                group,
                findings,
                narrative,
                steps.caveatsFor(step),
                NotableFindings.of(step, findings, name, sentences));
    }

    /**
     * The group asked for where the comparison lists it; a council's custom group (when it has one) for every
     * single-year comparison, since the council chose it; otherwise the comparison's first group.
     */
    private static ComparatorGroup shownGroup(Comparison comparison, CouncilMetric value, ComparatorGroup asked) {
        boolean offered = asked != null
                && (comparison.groups().contains(asked)
                        || asked == ComparatorGroup.CUSTOM && comparison.chart() != ChartKind.TREND);
        if (offered && value.comparisons().containsKey(asked)) {
            return asked;
        }
        return comparison.groups().isEmpty()
                ? ComparatorGroup.ENGLAND
                : comparison.groups().get(0);
    }

    /**
     * The metric's trend for every comparison of a metric with two years or more; a step that has a trend comparison of
     * the metric shows it there, not again under the metric's bar chart.
     */
    private Trend trendFor(StepDefinition step, Comparison comparison, Context context) {
        boolean shownElsewhere = comparison.chart() != ChartKind.TREND
                && step.comparisons().stream()
                        .anyMatch(
                                c -> c.chart() == ChartKind.TREND && c.metric().equals(comparison.metric()));
        if (shownElsewhere) {
            return null;
        }
        return trends.trend(national.catalogue().find(comparison.metric()).orElseThrow(), context.council());
    }

    private ComparisonFinding finding(
            Comparison comparison, CouncilMetric value, ComparatorGroup group, Context context, Trend trend) {
        MetricDefinition metric = national.catalogue().find(comparison.metric()).orElseThrow();
        GroupComparison shown = value.comparisons().get(group);
        GroupComparison england = value.comparisons().get(ComparatorGroup.ENGLAND);
        String name = context.council().name();
        String sentence = sentences.comparison(metric, value, shown, name);
        List<String> flags =
                value.flags().stream().map(CouncilMetric.Flag::description).toList();
        return switch (comparison.chart()) {
            case TREND ->
                new ComparisonFinding(
                        comparison.id(),
                        metric,
                        comparison.chart(),
                        comparison.key(),
                        value,
                        shown,
                        sentence,
                        charts.trend(metric, context.council(), group, name),
                        null,
                        charts.trendTable(metric, context.council(), group),
                        flags,
                        null,
                        trend);
            case SCATTER ->
                new ComparisonFinding(
                        comparison.id(),
                        metric,
                        comparison.chart(),
                        comparison.key(),
                        value,
                        shown,
                        sentence,
                        charts.bars(context.snapshot(), metric, context.council(), group, shown),
                        charts.scatter(context.snapshot(), metric, context.council(), group, shown),
                        charts.statisticsTable(metric, value, shown, england, name),
                        flags,
                        charts.memberTable(context.snapshot(), metric, context.council(), group, shown),
                        trend);
            case BAR ->
                new ComparisonFinding(
                        comparison.id(),
                        metric,
                        comparison.chart(),
                        comparison.key(),
                        value,
                        shown,
                        sentence,
                        charts.bars(context.snapshot(), metric, context.council(), group, shown),
                        null,
                        charts.statisticsTable(metric, value, shown, england, name),
                        flags,
                        charts.memberTable(context.snapshot(), metric, context.council(), group, shown),
                        trend);
        };
    }

    static Comparator<CouncilRecord> byName() {
        return Comparator.comparing(CouncilRecord::name, String.CASE_INSENSITIVE_ORDER);
    }
}
