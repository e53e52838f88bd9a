package org.vfmworkbook.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a metric is worked out ({@code kind:} in {@code steps/metrics.yaml}; a metric without one is a ratio). */
public enum MetricKind {
    /** (numerator measures − subtractions) × multiplier ÷ (denominator measures − subtractions). */
    @JsonProperty("ratio")
    RATIO,
    /** Actual ÷ expected × multiplier, the expected value from the need model over {@code predictors}. */
    @JsonProperty("need-model")
    NEED_MODEL
}
