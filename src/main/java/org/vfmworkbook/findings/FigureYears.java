package org.vfmworkbook.findings;

import org.vfmworkbook.metrics.CouncilMetric;

/**
 * The year a figure is written with: its own source year, never the data year the page was asked for. A metric that
 * takes the latest figure available (ASCOF, IMD, population) is published for an earlier year than the finance
 * return: ASCOF 2020-21 read for the 2021-22 workbook is "in 2020-21" in every sentence, chart and table.
 */
public final class FigureYears {

    private FigureYears() {}

    /** The figure's own year; the year asked for when there is no figure (nothing to say it came from elsewhere). */
    public static String of(CouncilMetric metric) {
        if (metric == null) {
            return null;
        }
        return metric.value() != null && metric.sourceYear() != null ? metric.sourceYear() : metric.year();
    }

    /** The figure's year, or {@code fallback} when there is no metric. */
    static String of(CouncilMetric metric, String fallback) {
        String year = of(metric);
        return year == null ? fallback : year;
    }
}
