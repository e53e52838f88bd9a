package org.vfmworkbook.metrics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A council's value set against one comparator group: the group's statistics over the councils that have a
 * value, where the council falls (quartile band, z-score) and whether it is notably different.
 * {@code aggregate} is the group's own published total as a ratio (e.g. England's spend ÷ England's adults)
 * where the publisher gives one; {@code members} are the councils in the group, in name order.
 */
public record GroupComparison(
        ComparatorGroup group,
        String label,
        @JsonUnwrapped Statistics statistics,
        Double aggregate,
        QuartileBand quartileBand,
        Double zScore,
        Boolean notablyDifferent,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> members) {

    /** The rule in docs/methodology.md: at least two standard deviations from the mean of five or more councils. */
    public static final double NOTABLE_Z = 2.0;

    public static final int NOTABLE_MIN_N = 5;

    public static GroupComparison of(
            ComparatorGroup group,
            String label,
            Statistics statistics,
            Double aggregate,
            Double value,
            List<String> members) {
        if (value == null) {
            return new GroupComparison(group, label, statistics, aggregate, null, null, null, members);
        }
        Double z = statistics.zScore(value);
        Boolean notable = z == null || statistics.n() < NOTABLE_MIN_N ? null : Math.abs(z) >= NOTABLE_Z;
        return new GroupComparison(group, label, statistics, aggregate, statistics.band(value), z, notable, members);
    }
}
