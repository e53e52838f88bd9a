package org.vfmworkbook.pdf;

import java.util.List;

/**
 * Where the council's label goes on a bar chart (issue I.6), worked out before drawing so that it never covers a bar nor the
 * median line: above the tallest bar the label spans, lifted clear of the median line if it would cross it, and the value
 * axis raised to make room. The label starts at the council's bar and runs right, or ends at it and runs left near the right
 * edge. Values are in the chart's units; sizes in points.
 *
 * @param base the value at which the label's bottom sits
 * @param runsRight true when the label starts at the bar and runs right, false when it ends at the bar
 * @param upper the value axis' upper bound that leaves room for the label
 */
public record BarLabel(double base, boolean runsRight, double upper) {

    /**
     * @param values each bar's value in drawing order (null where a council has none)
     * @param index the council's bar
     * @param median the group's median line, or null
     * @param labelWidth the label's width in points
     * @param labelHeight the label's height in points
     * @param plotWidth the width the bars are drawn across, in points
     * @param plotHeight the height of the bars' area, in points
     */
    public static BarLabel place(
            List<Double> values,
            int index,
            Double median,
            double labelWidth,
            double labelHeight,
            double plotWidth,
            double plotHeight) {
        int n = values.size();
        int spanBars = (int) Math.ceil(labelWidth / (plotWidth / n));
        boolean runsRight = index + spanBars < n || index - spanBars < 0 && index < n / 2;
        int from = runsRight ? index : Math.max(0, index - spanBars);
        int to = runsRight ? Math.min(n - 1, index + spanBars) : index;
        double spanTop = 0;
        double dataTop = median == null ? 0 : median;
        for (int i = 0; i < n; i++) {
            Double v = values.get(i);
            if (v != null) {
                dataTop = Math.max(dataTop, v);
                if (i >= from && i <= to) {
                    spanTop = Math.max(spanTop, v);
                }
            }
        }
        double upper = dataTop <= 0 ? 1 : dataTop * 1.08;
        double base = spanTop;
        for (int round = 0; round < 4; round++) {
            double height = labelHeight / plotHeight * upper;
            double gap = 0.025 * upper;
            base = spanTop + gap;
            if (median != null && median + gap > base && median - gap < base + height) {
                base = median + gap;
            }
            upper = Math.max(upper, base + height + gap);
        }
        return new BarLabel(base, runsRight, upper);
    }
}
