package org.vfmworkbook.metrics;

import java.util.Set;

/**
 * Whether a metric has a value for an area and year, and if not the main reason, in words a reader can be shown. A
 * year whose published files do not carry the metric at all is "not published for this year", never zero and never
 * the same as one council's figure being missing.
 */
public enum MetricStatus {
    AVAILABLE("Available"),
    NOT_COMPUTABLE("Cannot be computed from the published data held"),
    NOT_PUBLISHED_FOR_YEAR("Not published for this year"),
    COUNCIL_DID_NOT_EXIST("The council did not exist in this year"),
    NOT_SUBMITTED("Not submitted by the council"),
    SUPPRESSED("Suppressed by the publisher"),
    NOT_AVAILABLE("Not available (see the flags)");

    private final String description;

    MetricStatus(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    static MetricStatus of(Double value, Set<DataFlag> flags) {
        if (value != null) {
            return AVAILABLE;
        }
        if (flags.contains(DataFlag.NOT_COMPUTABLE)) {
            return NOT_COMPUTABLE;
        }
        if (flags.contains(DataFlag.NOT_PUBLISHED_FOR_YEAR)) {
            return NOT_PUBLISHED_FOR_YEAR;
        }
        if (flags.contains(DataFlag.COUNCIL_DID_NOT_EXIST)) {
            return COUNCIL_DID_NOT_EXIST;
        }
        if (flags.contains(DataFlag.NOT_SUBMITTED)) {
            return NOT_SUBMITTED;
        }
        if (flags.contains(DataFlag.SUPPRESSED)) {
            return SUPPRESSED;
        }
        return NOT_AVAILABLE;
    }
}
