package org.vfmworkbook.findings;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import org.vfmworkbook.metrics.DataFlag;
import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.metrics.MetricValue;
import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.NationalDataChanged;

/**
 * Every metric in every financial year its published figures hold, worked out once from the store's per-year figures
 * and kept until the national data changes. A metric's years are the years its numerator's measures are published for;
 * a council's value counts in a year only when it is that year's figure (a metric that takes the latest available
 * figure never repeats an older year's value as a newer one). So each year imported gives every metric its trend
 * without any step naming years.
 */
@ApplicationScoped
class TrendSeries {

    private static final Logger LOG = Logger.getLogger(TrendSeries.class);

    private static final Pattern FINANCIAL_YEAR = Pattern.compile("\\d{4}-\\d{2}");

    private final NationalComparisons national;

    /** Metric id → year (oldest first) → council code → figure; null until first asked for. */
    private volatile Held held;

    record Held(Map<String, Map<String, Map<String, SeriesValue>>> byMetric, Map<String, String> regionOf) {}

    TrendSeries(NationalComparisons national) {
        this.national = national;
    }

    void onChange(@Observes NationalDataChanged changed) {
        held = null;
    }

    Map<String, Map<String, SeriesValue>> of(String metricId) {
        return held().byMetric().getOrDefault(metricId, Map.of());
    }

    /** Each council's region code. */
    Map<String, String> regionOf() {
        return held().regionOf();
    }

    /** The council's trend in the metric, or null when the metric has fewer than two years. */
    Trend trend(MetricDefinition metric, CouncilRecord council) {
        Held h = held();
        return TrendCalculator.trend(
                new TrendCalculator.Subject(
                        metric.id(),
                        metric.shortTitle() == null ? metric.title() : metric.shortTitle(),
                        metric.unit(),
                        council.code(),
                        council.name(),
                        council.regionCode(),
                        council.regionName()),
                h.byMetric().getOrDefault(metric.id(), Map.of()),
                h.regionOf());
    }

    private Held held() {
        Held h = held;
        if (h == null) {
            long started = System.nanoTime();
            h = compute(national.allYears(), national.catalogue().all());
            held = h;
            LOG.infof(
                    "Computed the trends of %d metrics in %d ms",
                    h.byMetric().size(), (System.nanoTime() - started) / 1_000_000);
        }
        return h;
    }

    static Held compute(NationalComparisons.AllYears all, java.util.List<MetricDefinition> metrics) {
        Map<String, String> regionOf = new HashMap<>();
        all.councils().forEach(c -> regionOf.put(c.code(), c.regionCode()));
        Map<String, Map<String, Map<String, SeriesValue>>> byMetric = new HashMap<>();
        for (MetricDefinition metric : metrics) {
            if (!metric.isComputable() || metric.isNeedModel()) {
                continue;
            }
            Map<String, Map<String, SeriesValue>> byYear = new LinkedHashMap<>();
            for (String year : years(metric, all)) {
                Map<String, SeriesValue> values = new HashMap<>();
                int start = Integer.parseInt(year.substring(0, 4));
                for (CouncilRecord council : all.councils()) {
                    if (!council.existedIn(start)) {
                        continue;
                    }
                    MetricValue v = all.calculator().compute(metric, council.code(), year);
                    if (v.available() && !v.flags().contains(DataFlag.EARLIER_YEAR)) {
                        values.put(council.code(), new SeriesValue(v.value(), v.numerator(), v.denominator()));
                    }
                }
                if (!values.isEmpty()) {
                    byYear.put(year, Collections.unmodifiableMap(values));
                }
            }
            byMetric.put(metric.id(), Collections.unmodifiableMap(byYear));
        }
        return new Held(byMetric, regionOf);
    }

    /** The financial years any of the numerator's measures is published for, oldest first. */
    private static SortedSet<String> years(MetricDefinition metric, NationalComparisons.AllYears all) {
        SortedSet<String> years = new TreeSet<>();
        for (String measure : metric.numerator().measures()) {
            all.yearsByMeasure().getOrDefault(measure, new TreeSet<>()).stream()
                    .filter(y -> FINANCIAL_YEAR.matcher(y).matches())
                    .forEach(years::add);
        }
        return years;
    }
}
