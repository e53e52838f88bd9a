package org.vfmworkbook.steps;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a comparison is drawn. */
public enum ChartKind {
    /** The council highlighted among its comparators, with the figures in a table beside it. */
    @JsonProperty("bar")
    BAR,
    /** The council and its comparators over the years held. */
    @JsonProperty("trend")
    TREND,
    /** Actual against expected spend: only for a metric of kind need-model. */
    @JsonProperty("scatter")
    SCATTER
}
