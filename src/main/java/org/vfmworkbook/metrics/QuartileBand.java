package org.vfmworkbook.metrics;

/** Where a value falls among its comparator group's quartiles. A position, not a rank or a rating. */
public enum QuartileBand {
    LOWEST_QUARTER("below the lower quartile"),
    LOWER_MIDDLE("between the lower quartile and the median"),
    UPPER_MIDDLE("between the median and the upper quartile"),
    HIGHEST_QUARTER("above the upper quartile");

    private final String description;

    QuartileBand(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
