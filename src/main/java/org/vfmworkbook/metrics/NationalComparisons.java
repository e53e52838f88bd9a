package org.vfmworkbook.metrics;

import java.util.ArrayList;
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
    private final MetricCalculator.PopulationBase population;
    private final Map<String, YearSnapshot> snapshots = new ConcurrentHashMap<>();

    NationalComparisons(NationalDataStore store) {
        this.store = store;
        SourceMap sources = SourceMap.load();
        this.catalogue = MetricCatalogue.load(sources.measureIds());
        this.population = new MetricCalculator.PopulationBase(
                Set.copyOf(SourceMap.POPULATION_MEASURES), sources.population().standsIn());
        this.spendMeasures = sources.ascfrSalt().measures().stream()
                .filter(m -> "gbp-thousands".equals(m.unit()))
                .map(SourceMap.ColumnMeasure::id)
                .collect(Collectors.toSet());
    }

    /** The years held, read once and kept until the data changes (every page asks for them). */
    private volatile List<String> years;

    /** The years a workbook can assess, and the one shown when none is asked for; kept like {@link #years}. */
    private volatile List<String> workbookYears;

    /** The finance workbook's money measures: a year with none of them has no spend to assess. */
    private final Set<String> spendMeasures;

    /** Every figure held, indexed once for all the years and kept until the data changes. */
    private volatile FigureIndex figures;

    void onChange(@Observes NationalDataChanged changed) {
        years = null;
        workbookYears = null;
        figures = null;
        snapshots.clear();
    }

    public MetricCatalogue catalogue() {
        return catalogue;
    }

    /**
     * The data years held, newest first: every financial year any published file holds council figures for (a
     * workbook's own year, its previous-year columns, each year of Oflog's file), each a year of its own.
     */
    public List<String> years() {
        List<String> held = years;
        if (held == null) {
            held = store.financialYears();
            years = held;
        }
        return held;
    }

    /**
     * The years a value-for-money workbook (or a peer session) can be for, newest first: the years for which the
     * finance and activity workbooks held publish spend, in their own or their previous-year columns (2021-22 and
     * 2020-21 from the shipped file). A year only a long file such as Oflog's reaches, or T2's activity-only
     * 2019-20, holds too little to assess; it is still a data year of the API and the trends.
     */
    public List<String> workbookYears() {
        List<String> held = workbookYears;
        if (held == null) {
            held = store.financialYearsOf(spendMeasures);
            workbookYears = held;
        }
        return held;
    }

    /** The year shown when none is asked for: the newest {@link #workbookYears()}, else the newest year held. */
    public Optional<String> defaultYear() {
        return workbookYears().stream().findFirst().or(() -> years().stream().findFirst());
    }

    /**
     * The snapshot for {@code year}, or for the {@link #defaultYear()} when none is given; a 404 naming the years
     * held when there is no such year.
     */
    public YearSnapshot requireYear(String year) {
        List<String> held = years();
        if (held.isEmpty()) {
            throw new NotFoundProblem("No national data is loaded yet");
        }
        String wanted = year == null || year.isBlank() ? defaultYear().orElseThrow() : year;
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
        YearSnapshot snapshot = new SnapshotBuilder(catalogue, store.councils(), figures(), population).build(year);
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

    private FigureIndex figures() {
        FigureIndex index = figures;
        if (index == null) {
            index = new FigureIndex(
                    store.figures().stream().map(NationalComparisons::figure).toList());
            figures = index;
        }
        return index;
    }

    /**
     * One area's value of a metric in every year held, oldest first (what a trend is drawn from). A year the
     * metric is not published for is there with that status, never as zero; a year the council did not exist in
     * says so. A value carried from an earlier year's file (ASCOF, IMD) says so by its flag and source year: use
     * {@link YearSnapshot#isOwnYear} to keep only the years that publish the metric themselves.
     */
    public List<MetricValue> valuesOverYears(String metricId, String areaCode) {
        List<MetricValue> values = new ArrayList<>();
        List<String> newestFirst = years();
        boolean council = !areaCode.equals(Regions.ENGLAND_CODE)
                && Regions.byCode(areaCode).isEmpty();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            String year = newestFirst.get(i);
            YearSnapshot snapshot = year(year).orElseThrow();
            values.add(
                    council && snapshot.council(areaCode).isEmpty()
                            ? MetricValue.unavailable(metricId, areaCode, year, Set.of(DataFlag.COUNCIL_DID_NOT_EXIST))
                            : snapshot.value(metricId, areaCode));
        }
        return values;
    }

    /** Every metric for one council, each with its comparisons; {@code custom} is a list of council codes. */
    public List<CouncilMetric> forCouncil(YearSnapshot snapshot, CouncilRecord council, List<String> custom) {
        List<CouncilMetric> metrics = new ArrayList<>();
        for (MetricDefinition metric : catalogue.all()) {
            metrics.add(forCouncil(snapshot, council, metric, custom));
        }
        return metrics;
    }

    /** One metric for one council against each comparator group ({@link CouncilComparisons}). */
    public CouncilMetric forCouncil(
            YearSnapshot snapshot, CouncilRecord council, MetricDefinition metric, List<String> custom) {
        return CouncilComparisons.of(snapshot, council, metric, custom);
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

    /**
     * Every stored figure at once, for reading a metric in any year the figures hold (the trends in the steps): a
     * calculator over them, the years each measure is published for, oldest first, and the council register.
     */
    public record AllYears(
            MetricCalculator calculator,
            Map<String, java.util.SortedSet<String>> yearsByMeasure,
            List<CouncilRecord> councils) {}

    public AllYears allYears() {
        List<Figure> figures =
                store.figures().stream().map(NationalComparisons::figure).toList();
        Map<String, java.util.SortedSet<String>> years = new HashMap<>();
        for (Figure f : figures) {
            if (f.published()) {
                years.computeIfAbsent(f.measureId(), m -> new java.util.TreeSet<>())
                        .add(f.year());
            }
        }
        List<CouncilRecord> councils = store.councils();
        return new AllYears(
                new MetricCalculator(new FigureIndex(figures), SnapshotBuilder.soleSuccessors(councils), population),
                years,
                councils);
    }
}
