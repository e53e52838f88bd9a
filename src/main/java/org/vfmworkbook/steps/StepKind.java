package org.vfmworkbook.steps;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who leads a step: national data, or the council's own planning and judgement. */
public enum StepKind {
    @JsonProperty("data-led")
    DATA_LED,
    @JsonProperty("council-led")
    COUNCIL_LED
}
