package org.vfmworkbook.metrics;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A metric for one area and year: the value with the numerator and denominator it came from (in published
 * units), the year the figures were published for, the cells they came from, and every flag that applies.
 * {@code value} is null whenever it cannot be stated; it is never zero for "not known".
 */
public record MetricValue(
        String metricId,
        String areaCode,
        String year,
        Double value,
        Double numerator,
        Double denominator,
        String sourceYear,
        Set<DataFlag> flags,
        List<String> sources) {

    public MetricValue {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        sources = List.copyOf(sources);
    }

    public static MetricValue unavailable(String metricId, String areaCode, String year, Set<DataFlag> flags) {
        return new MetricValue(metricId, areaCode, year, null, null, null, null, flags, List.of());
    }

    public boolean available() {
        return value != null;
    }

    /** What can be said of the value: available, or why not (a year that lacks the metric is not a missing figure). */
    public MetricStatus status() {
        return MetricStatus.of(value, flags);
    }

    public MetricValue withFlag(DataFlag flag) {
        EnumSet<DataFlag> more = flags.isEmpty() ? EnumSet.noneOf(DataFlag.class) : EnumSet.copyOf(flags);
        more.add(flag);
        return new MetricValue(metricId, areaCode, year, value, numerator, denominator, sourceYear, more, sources);
    }
}
