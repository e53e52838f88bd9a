package org.vfmworkbook.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.Regions;

/**
 * One council's value of a metric against each comparator group of a {@link YearSnapshot}: England, its region, its
 * statistical neighbours and, when chosen, a custom group. Pure calculation over the snapshot; {@link NationalComparisons}
 * gives it the year.
 */
final class CouncilComparisons {

    private final YearSnapshot snapshot;
    private final MetricDefinition metric;
    private final MetricValue value;
    private final Map<ComparatorGroup, GroupComparison> groups = new EnumMap<>(ComparatorGroup.class);

    private CouncilComparisons(YearSnapshot snapshot, MetricDefinition metric, MetricValue value) {
        this.snapshot = snapshot;
        this.metric = metric;
        this.value = value;
    }

    /** {@code custom} is the custom group's council codes, empty when the workbook has none. */
    static CouncilMetric of(
            YearSnapshot snapshot, CouncilRecord council, MetricDefinition metric, List<String> custom) {
        CouncilComparisons comparisons =
                new CouncilComparisons(snapshot, metric, snapshot.value(metric.id(), council.code()));
        comparisons.add(ComparatorGroup.ENGLAND, "England", codes(snapshot.councils()), Regions.ENGLAND_CODE);
        List<CouncilRecord> region = snapshot.councils().stream()
                .filter(c -> c.regionCode().equals(council.regionCode()))
                .toList();
        comparisons.add(ComparatorGroup.REGION, council.regionName(), codes(region), council.regionCode());
        List<String> neighbours = snapshot.neighbours().getOrDefault(council.code(), List.of()).stream()
                .map(StatisticalNeighbours.Neighbour::areaCode)
                .toList();
        comparisons.add(
                ComparatorGroup.NEIGHBOURS, "Statistical neighbours", withMembers(neighbours, council.code()), null);
        if (!custom.isEmpty()) {
            comparisons.add(ComparatorGroup.CUSTOM, "Custom group", withMembers(custom, council.code()), null);
        }
        return CouncilMetric.of(metric, comparisons.value, comparisons.groups);
    }

    /** The group's statistics over its members' values; {@code aggregateArea} is the area whose own figure is the group's, or null. */
    private void add(ComparatorGroup group, String label, List<String> members, String aggregateArea) {
        List<Double> values = members.stream()
                .map(code -> snapshot.value(metric.id(), code))
                .filter(MetricValue::available)
                .map(MetricValue::value)
                .toList();
        Double aggregate = aggregateArea == null
                ? null
                : snapshot.value(metric.id(), aggregateArea).value();
        boolean listMembers = group == ComparatorGroup.NEIGHBOURS || group == ComparatorGroup.CUSTOM;
        groups.put(
                group,
                GroupComparison.of(
                        group,
                        label,
                        Statistics.of(values),
                        aggregate,
                        value.value(),
                        listMembers ? members : List.of()));
    }

    /** The group's statistics include the council itself, as the published comparisons do. */
    private static List<String> withMembers(List<String> members, String council) {
        List<String> all = new ArrayList<>(members);
        if (!all.contains(council)) {
            all.add(council);
        }
        return all;
    }

    private static List<String> codes(List<CouncilRecord> councils) {
        return councils.stream().map(CouncilRecord::code).toList();
    }
}
