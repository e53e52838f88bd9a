package org.vfmworkbook.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.DatasetKind;
import org.vfmworkbook.nationaldata.DatasetRecord;
import org.vfmworkbook.nationaldata.NationalDataChanged;
import org.vfmworkbook.nationaldata.NationalDataStore;
import org.vfmworkbook.nationaldata.PublishedFigure;
import org.vfmworkbook.nationaldata.Regions;
import org.vfmworkbook.nationaldata.SourceMap;
import org.vfmworkbook.web.NotFoundProblem;

/**
 * The comparisons every page and the API use: a council's metrics against England, its region, its
 * statistical neighbours and a custom group. Computes a year once and keeps it until the data changes.
 */
@ApplicationScoped
public class NationalComparisons {

    private static final Logger LOG = Logger.getLogger(NationalComparisons.class);

    private final NationalDataStore store;
    private final MetricCatalogue catalogue;
    private final Map<String, YearSnapshot> snapshots = new ConcurrentHashMap<>();

    NationalComparisons(NationalDataStore store) {
        this.store = store;
        this.catalogue = MetricCatalogue.load(SourceMap.load().measureIds());
    }

    /** The years held, read once and kept until the data changes (every page asks for them). */
    private volatile List<String> years;

    void onChange(@Observes NationalDataChanged changed) {
        years = null;
        snapshots.clear();
    }

    public MetricCatalogue catalogue() {
        return catalogue;
    }

    /** The data years held: the years of the finance and activity workbooks imported, newest first. */
    public List<String> years() {
        List<String> held = years;
        if (held == null) {
            held = store.datasets().stream()
                    .filter(d -> d.kind() == DatasetKind.ASCFR_SALT)
                    .map(DatasetRecord::dataYear)
                    .sorted(Comparator.reverseOrder())
                    .toList();
            years = held;
        }
        return held;
    }

    /**
     * The snapshot for {@code year}, or for the newest year held when none is given; a 404 naming the years held
     * when there is no such year.
     */
    public YearSnapshot requireYear(String year) {
        List<String> held = years();
        if (held.isEmpty()) {
            throw new NotFoundProblem("No national data is loaded yet");
        }
        String wanted = year == null || year.isBlank() ? held.get(0) : year;
        return year(wanted)
                .orElseThrow(() ->
                        new NotFoundProblem("No data for year " + wanted + "; years held: " + String.join(", ", held)));
    }

    public Optional<YearSnapshot> year(String year) {
        if (!years().contains(year)) {
            return Optional.empty();
        }
        return Optional.of(snapshots.computeIfAbsent(year, this::compute));
    }

    private YearSnapshot compute(String year) {
        long started = System.nanoTime();
        YearSnapshot snapshot = new SnapshotBuilder(
                        catalogue,
                        store.councils(),
                        store.figures().stream()
                                .map(NationalComparisons::figure)
                                .toList())
                .build(year);
        long values = snapshot.values().values().stream()
                .mapToLong(java.util.Map::size)
                .sum();
        LOG.infof(
                "Computed %s: %d metric values (%d metrics, %d councils, regions and England) in %d ms",
                year,
                values,
                catalogue.all().size(),
                snapshot.councils().size(),
                (System.nanoTime() - started) / 1_000_000);
        return snapshot;
    }

    /** Every metric for one council, each with its comparisons; {@code custom} is a list of council codes. */
    public List<CouncilMetric> forCouncil(YearSnapshot snapshot, CouncilRecord council, List<String> custom) {
        List<CouncilMetric> metrics = new ArrayList<>();
        for (MetricDefinition metric : catalogue.all()) {
            metrics.add(forCouncil(snapshot, council, metric, custom));
        }
        return metrics;
    }

    public CouncilMetric forCouncil(
            YearSnapshot snapshot, CouncilRecord council, MetricDefinition metric, List<String> custom) {
        MetricValue value = snapshot.value(metric.id(), council.code());
        Map<ComparatorGroup, GroupComparison> groups = new EnumMap<>(ComparatorGroup.class);
        put(
                groups,
                compare(
                        snapshot,
                        metric,
                        value,
                        ComparatorGroup.ENGLAND,
                        "England",
                        codes(snapshot.councils()),
                        Regions.ENGLAND_CODE));
        put(
                groups,
                compare(
                        snapshot,
                        metric,
                        value,
                        ComparatorGroup.REGION,
                        council.regionName(),
                        codes(snapshot.councils().stream()
                                .filter(c -> c.regionCode().equals(council.regionCode()))
                                .toList()),
                        council.regionCode()));
        List<String> neighbours = snapshot.neighbours().getOrDefault(council.code(), List.of()).stream()
                .map(StatisticalNeighbours.Neighbour::areaCode)
                .toList();
        put(
                groups,
                compare(
                        snapshot,
                        metric,
                        value,
                        ComparatorGroup.NEIGHBOURS,
                        "Statistical neighbours",
                        withMembers(neighbours, council.code()),
                        null));
        if (!custom.isEmpty()) {
            put(
                    groups,
                    compare(
                            snapshot,
                            metric,
                            value,
                            ComparatorGroup.CUSTOM,
                            "Custom group",
                            withMembers(custom, council.code()),
                            null));
        }
        return CouncilMetric.of(metric, value, groups);
    }

    private static void put(Map<ComparatorGroup, GroupComparison> groups, GroupComparison comparison) {
        groups.put(comparison.group(), comparison);
    }

    /** The group's statistics include the council itself, as the published comparisons do. */
    private static List<String> withMembers(List<String> members, String council) {
        List<String> all = new ArrayList<>(members);
        if (!all.contains(council)) {
            all.add(council);
        }
        return all;
    }

    private GroupComparison compare(
            YearSnapshot snapshot,
            MetricDefinition metric,
            MetricValue value,
            ComparatorGroup group,
            String label,
            List<String> members,
            String aggregateArea) {
        List<Double> values = members.stream()
                .map(code -> snapshot.value(metric.id(), code))
                .filter(MetricValue::available)
                .map(MetricValue::value)
                .toList();
        Double aggregate = aggregateArea == null
                ? null
                : snapshot.value(metric.id(), aggregateArea).value();
        boolean listMembers = group == ComparatorGroup.NEIGHBOURS || group == ComparatorGroup.CUSTOM;
        return GroupComparison.of(
                group, label, Statistics.of(values), aggregate, value.value(), listMembers ? members : List.of());
    }

    private static List<String> codes(List<CouncilRecord> councils) {
        return councils.stream().map(CouncilRecord::code).toList();
    }

    /** All councils' values for one metric, in council-name order (never ordered by value). */
    public List<MetricValue> valuesByCouncilName(YearSnapshot snapshot, MetricDefinition metric) {
        return snapshot.councils().stream()
                .map(c -> snapshot.value(metric.id(), c.code()))
                .toList();
    }

    private static Figure figure(PublishedFigure p) {
        return new Figure(
                p.year(),
                p.areaCode(),
                p.measureId(),
                p.value(),
                Figure.Status.valueOf(p.status().name()),
                p.source(),
                p.primary());
    }

    static Map<String, String> soleSuccessors(List<CouncilRecord> councils) {
        Map<String, String> predecessorOf = new HashMap<>();
        Map<String, Long> successorCounts = councils.stream()
                .flatMap(c -> c.replacedBy().stream())
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        for (CouncilRecord c : councils) {
            if (c.replacedBy().size() == 1 && successorCounts.get(c.replacedBy().get(0)) == 1) {
                predecessorOf.put(c.replacedBy().get(0), c.code());
            }
        }
        return predecessorOf;
    }

    static Set<String> areaCodesWithTotals(List<CouncilRecord> councils) {
        Set<String> codes = councils.stream().map(CouncilRecord::code).collect(Collectors.toSet());
        Regions.ALL.forEach(r -> codes.add(r.code()));
        codes.add(Regions.ENGLAND_CODE);
        return codes;
    }
}
