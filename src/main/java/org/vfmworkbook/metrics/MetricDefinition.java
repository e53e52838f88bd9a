package org.vfmworkbook.metrics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One metric of the catalogue ({@code steps/metrics.yaml}): what it means and exactly how it is computed.
 * value = (sum of numerator measures − sum of numerator subtractions) × multiplier
 *         ÷ (sum of denominator measures − sum of denominator subtractions).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricDefinition(
        String id,
        String title,
        String shortTitle,
        Unit unit,
        String ageBand,
        String polarity,
        String definition,
        Part numerator,
        Part denominator,
        Double multiplier,
        YearPolicy yearPolicy,
        MetricKind kind,
        String basedOn,
        List<String> predictors,
        List<String> caveats,
        Boolean computable,
        String notComputableReason) {

    /** A numerator or denominator: the published measures summed, less any subtracted. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(String label, List<String> measures, List<String> subtract, String source) {
        public Part {
            measures = measures == null ? List.of() : List.copyOf(measures);
            subtract = subtract == null ? List.of() : List.copyOf(subtract);
        }
    }

    public MetricDefinition {
        predictors = predictors == null ? List.of() : List.copyOf(predictors);
        caveats = caveats == null ? List.of() : List.copyOf(caveats);
        yearPolicy = yearPolicy == null ? YearPolicy.SAME_YEAR : yearPolicy;
        kind = kind == null ? MetricKind.RATIO : kind;
    }

    public boolean isComputable() {
        return computable == null || computable;
    }

    public boolean isNeedModel() {
        return kind == MetricKind.NEED_MODEL;
    }

    /** Whether an older figure may stand in when the data year has none (IMD 2019, mid-2020 population, ASCOF). */
    public boolean usesLatestAvailable() {
        return yearPolicy == YearPolicy.LATEST_AVAILABLE;
    }

    public double scale() {
        return multiplier == null ? 1 : multiplier;
    }
}
