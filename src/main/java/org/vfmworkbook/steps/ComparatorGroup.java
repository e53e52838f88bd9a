package org.vfmworkbook.steps;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The councils a figure is compared with. */
public enum ComparatorGroup {
    @JsonProperty("england")
    ENGLAND,
    @JsonProperty("region")
    REGION,
    @JsonProperty("neighbours")
    NEIGHBOURS,
    /** A list the council chooses (or imports, such as a licensed CIPFA list). */
    @JsonProperty("custom")
    CUSTOM
}
