package org.vfmworkbook.metrics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One metric for one council and year with its comparisons: what the API returns and pages show. */
public record CouncilMetric(
        String metricId,
        String title,
        Unit unit,
        String year,
        Double value,
        Double numerator,
        Double denominator,
        String sourceYear,
        List<String> sources,
        Map<ComparatorGroup, GroupComparison> comparisons,
        QuartileBand quartileBand,
        Double zScore,
        Boolean notablyDifferent,
        List<Flag> flags) {

    /** A data-quality flag with the words to show. */
    public record Flag(DataFlag code, String description) {}

    /** Available, or the main reason there is no value ("Not published for this year", …). */
    @JsonProperty("status")
    public MetricStatus status() {
        return MetricStatus.of(value, flags.stream().map(Flag::code).collect(Collectors.toSet()));
    }

    /** The status in words. */
    @JsonProperty("statusText")
    public String statusText() {
        return status().description();
    }

    /** {@code comparisons} has England, region and neighbours, and custom when asked for. Band, z-score and notably-different at the top level are against England. */
    static CouncilMetric of(
            MetricDefinition metric, MetricValue value, Map<ComparatorGroup, GroupComparison> comparisons) {
        GroupComparison england = comparisons.get(ComparatorGroup.ENGLAND);
        List<Flag> flags = value.flags().stream()
                .sorted(Comparator.naturalOrder())
                .map(f -> new Flag(f, f.description()))
                .toList();
        return new CouncilMetric(
                metric.id(),
                metric.title(),
                metric.unit(),
                value.year(),
                value.value(),
                value.numerator(),
                value.denominator(),
                value.sourceYear(),
                value.sources(),
                comparisons,
                england.quartileBand(),
                england.zScore(),
                england.notablyDifferent(),
                flags);
    }
}
