package org.vfmworkbook.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;

import org.vfmworkbook.findings.ChartData;
import org.vfmworkbook.findings.ComparisonFinding;
import org.vfmworkbook.findings.Trend;
import org.vfmworkbook.web.Table;

/**
 * A chart beside the table of its figures (the chart's text alternative), under one heading, kept together on a page.
 *
 * @param heading the figure's heading
 * @param chart how to draw the chart, or null for the table alone across the page
 * @param chartShare the chart's share of the width, in per cent; 100 sets the chart across the page (drawn at the page's
 *     width, not scaled) with the table under it
 * @param chartHeight the chart's drawn height in points (drawn 300 points wide and scaled to its cell)
 * @param table the figures
 * @param tableCaption whether the table repeats its caption (not when the heading already gives it)
 * @param note a note under the table, or null
 */
public record Figure(
        String heading,
        Chart chart,
        float chartShare,
        float chartHeight,
        Table table,
        boolean tableCaption,
        String note) {

    /** Draws a chart into the document's canvas at a size. */
    @FunctionalInterface
    public interface Chart {
        Image draw(PdfCharts charts, PdfContentByte canvas, float width, float height) throws BadElementException;
    }

    /** A finding's own chart (bars or the need model's scatter). */
    public static Chart of(ComparisonFinding finding) {
        return (charts, canvas, width, height) -> charts.draw(canvas, finding, width, height);
    }

    /** Bars with the group's median named {@code medianName} and, if given, England's median. */
    public static Chart bars(ChartData data, String medianName, Double englandMedian) {
        return (charts, canvas, width, height) ->
                charts.drawBars(canvas, data, medianName, englandMedian, width, height);
    }

    /**
     * A trend's line chart: the council, its region's median and England's over the years, series breaks marked; {@code key}
     * names the lines above the plot.
     */
    public static Chart trend(Trend trend, String key) {
        return (charts, canvas, width, height) -> charts.drawTrend(canvas, trend, key, width, height);
    }
}
