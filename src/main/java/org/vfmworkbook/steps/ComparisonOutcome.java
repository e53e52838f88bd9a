package org.vfmworkbook.steps;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a council's value sits within a comparator group; what a narrative rule can test. */
public enum ComparisonOutcome {
    @JsonProperty("above-upper-quartile")
    ABOVE_UPPER_QUARTILE,
    @JsonProperty("below-lower-quartile")
    BELOW_LOWER_QUARTILE,
    @JsonProperty("within-interquartile-range")
    WITHIN_INTERQUARTILE_RANGE,
    /** Outside the range the metrics package treats as a marked difference (its significance rule). */
    @JsonProperty("notably-different")
    NOTABLY_DIFFERENT,
    /** The council's value is missing (not submitted, suppressed, or no data for a new council). */
    @JsonProperty("not-available")
    NOT_AVAILABLE,
    @JsonProperty("above-median")
    ABOVE_MEDIAN,
    @JsonProperty("below-median")
    BELOW_MEDIAN
}
