package org.vfmworkbook.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which year's figures a metric may use ({@code yearPolicy:} in {@code steps/metrics.yaml}; same-year when absent). */
public enum YearPolicy {
    /** Only the data year asked for. */
    @JsonProperty("same-year")
    SAME_YEAR,
    /** The newest figure at or before the data year, flagged with its own year (IMD 2019, mid-2020 population). */
    @JsonProperty("latest-available")
    LATEST_AVAILABLE
}
