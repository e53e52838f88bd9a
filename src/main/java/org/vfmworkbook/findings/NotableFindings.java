package org.vfmworkbook.findings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.vfmworkbook.metrics.GroupComparison;
import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.metrics.QuartileBand;
import org.vfmworkbook.steps.Comparison;
import org.vfmworkbook.steps.StepDefinition;

/**
 * The measures of a step that the executive summary lists: every measure whose value falls outside the interquartile
 * range (below the lower quartile or above the upper quartile) of any comparator group the step shows for it, once per
 * measure, naming each such group; a group it is also two standard deviations or more from is said to differ markedly.
 */
final class NotableFindings {

    private NotableFindings() {}

    static List<NotableFinding> of(
            StepDefinition step, List<ComparisonFinding> findings, String council, Sentences sentences) {
        List<NotableFinding> notable = new ArrayList<>();
        Set<String> metricsSeen = new LinkedHashSet<>();
        for (ComparisonFinding finding : findings) {
            Comparison comparison = step.comparisons().stream()
                    .filter(c -> c.id().equals(finding.id()))
                    .findFirst()
                    .orElseThrow();
            List<GroupComparison> groups = comparison.groups().stream()
                    .map(g -> finding.value().comparisons().get(g))
                    .filter(g -> standsOut(finding.metric(), finding.value().value(), g))
                    .toList();
            if (groups.isEmpty() || !metricsSeen.add(finding.metric().id())) {
                continue;
            }
            List<String> described = groups.stream()
                    .map(g -> sentences.groupWithQuartile(finding.metric(), g))
                    .toList();
            notable.add(new NotableFinding(
                    step.number(),
                    finding.metric().id(),
                    step.id(),
                    step.title(),
                    finding.id(),
                    finding.metric().title(),
                    finding.formattedValue(),
                    described,
                    (int) groups.stream()
                            .filter(g -> Boolean.TRUE.equals(g.notablyDifferent()))
                            .count(),
                    sentences.notable(
                            finding.metric(),
                            finding.value(),
                            named(groups, QuartileBand.HIGHEST_QUARTER, finding, sentences),
                            named(groups, QuartileBand.LOWEST_QUARTER, finding, sentences),
                            groups.stream()
                                    .filter(g -> Boolean.TRUE.equals(g.notablyDifferent()))
                                    .map(sentences::groupName)
                                    .toList(),
                            council)));
        }
        return notable;
    }

    private static List<String> named(
            List<GroupComparison> groups, QuartileBand band, ComparisonFinding finding, Sentences sentences) {
        return groups.stream()
                .filter(g -> g.quartileBand() == band)
                .map(g -> sentences.groupWithQuartile(finding.metric(), g))
                .toList();
    }

    /**
     * Outside the group's middle half, or two standard deviations or more from its mean; but never when the council's
     * value and the quartile it is said to be beyond read the same as printed ("12.1% is below the lower quartile, 12.1%"
     * says nothing a reader can see).
     */
    static boolean standsOut(MetricDefinition metric, Double value, GroupComparison group) {
        if (group == null) {
            return false;
        }
        if (Boolean.TRUE.equals(group.notablyDifferent())) {
            return true;
        }
        Double quartile = group.quartileBand() == QuartileBand.LOWEST_QUARTER
                ? group.statistics().q1()
                : group.quartileBand() == QuartileBand.HIGHEST_QUARTER
                        ? group.statistics().q3()
                        : null;
        return quartile != null
                && value != null
                && !UnitFormat.format(metric.unit(), value).equals(UnitFormat.format(metric.unit(), quartile));
    }
}
