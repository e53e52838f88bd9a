package org.vfmworkbook.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.vfmworkbook.metrics.ComparatorGroup;
import org.vfmworkbook.metrics.CouncilMetric;
import org.vfmworkbook.metrics.DataFlag;
import org.vfmworkbook.metrics.GroupComparison;
import org.vfmworkbook.metrics.Statistics;
import org.vfmworkbook.metrics.Unit;

/**
 * Hand-built council metrics for pure tests: {@code aCouncilMetric("gce-per-adult").unit("gbp-per-person")
 * .value(515).against("neighbours", 450, 487, 530).build()}.
 */
public final class CouncilMetricBuilder {

    private final String metricId;
    private String title = "A metric";
    private Unit unit = Unit.GBP_PER_PERSON;
    private String year = "2021-22";
    private String sourceYear;
    private Double value;
    private final Map<ComparatorGroup, GroupComparison> groups = new EnumMap<>(ComparatorGroup.class);
    private final List<CouncilMetric.Flag> flags = new ArrayList<>();

    private CouncilMetricBuilder(String metricId) {
        this.metricId = metricId;
    }

    public static CouncilMetricBuilder aCouncilMetric(String metricId) {
        return new CouncilMetricBuilder(metricId);
    }

    public CouncilMetricBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public CouncilMetricBuilder unit(String unit) {
        this.unit = Unit.valueOf(unit.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        return this;
    }

    /** The year the figure was published for, when it is not the data year (ASCOF 2020-21 read for 2021-22). */
    public CouncilMetricBuilder publishedFor(String sourceYear) {
        this.sourceYear = sourceYear;
        return this;
    }

    public CouncilMetricBuilder value(Double value) {
        this.value = value;
        return this;
    }

    public CouncilMetricBuilder value(double value) {
        this.value = value;
        return this;
    }

    public CouncilMetricBuilder notAvailable(DataFlag why) {
        this.value = null;
        flags.add(new CouncilMetric.Flag(why, why.description()));
        return this;
    }

    /** A group of 10 councils with these quartiles; notably different left unset (null). */
    public CouncilMetricBuilder against(String group, double q1, double median, double q3) {
        return against(group, q1, median, q3, null);
    }

    public CouncilMetricBuilder against(String group, double q1, double median, double q3, Boolean notablyDifferent) {
        ComparatorGroup kind = ComparatorGroup.fromValue(group).orElseThrow();
        String label = switch (kind) {
            case ENGLAND -> "England";
            case REGION -> "South East";
            case NEIGHBOURS -> "Statistical neighbours";
            case CUSTOM -> "Custom group";
        };
        Statistics stats = new Statistics(10, median, median, q1, q3, q1 / 2, q3 * 2, (q3 - q1));
        groups.put(kind, new GroupComparison(kind, label, stats, null, null, null, notablyDifferent, List.of()));
        return this;
    }

    public CouncilMetric build() {
        return new CouncilMetric(
                metricId,
                title,
                unit,
                year,
                value,
                null,
                null,
                sourceYear == null ? year : sourceYear,
                List.of(),
                groups,
                null,
                null,
                null,
                flags);
    }
}
