package org.vfmworkbook.steps;

import java.util.List;

import org.vfmworkbook.metrics.ComparatorGroup;

/** One metric shown against one or more comparator groups. Key comparisons drive the step summary. */
public record Comparison(String id, String metric, ChartKind chart, List<ComparatorGroup> groups, boolean key) {
    public Comparison {
        groups = Lists.orEmpty(groups);
    }
}
