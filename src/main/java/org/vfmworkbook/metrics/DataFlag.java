package org.vfmworkbook.metrics;

/** What a reader must know about a figure before trusting it. Never a reason to show zero. */
public enum DataFlag {
    NOT_COMPUTABLE("Cannot be computed from the published data held"),
    NOT_SUBMITTED("The council did not submit this return"),
    SUPPRESSED("Suppressed by the publisher (small numbers)"),
    MISSING("Not in the published data"),
    NOT_PUBLISHED_FOR_YEAR("Not published for this year"),
    POPULATION_FROM_ONS(
            "The population is the ONS mid-year estimate for the year: the tables publish no population for it"),
    COUNCIL_DID_NOT_EXIST("The council did not exist in this year"),
    ZERO_DENOMINATOR("The denominator is zero"),
    SMALL_DENOMINATOR("Based on fewer than 100 people or units: small changes move it a lot"),
    EARLIER_YEAR("Uses the latest figure published before this year"),
    CARRIED_FROM_PREDECESSOR("Uses the figure published for the council this one replaced"),
    WIDE_VARIATION("The highest council value is at least ten times the lowest: check definitions before comparing"),
    OUTSIDE_NEED_MODEL("Left out of the need model (see the model's exclusions)");

    private final String description;

    DataFlag(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
