package org.vfmworkbook.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfTemplate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import org.vfmworkbook.findings.ChartData;
import org.vfmworkbook.findings.ComparisonFinding;
import org.vfmworkbook.findings.ScatterData;
import org.vfmworkbook.findings.SeriesBreak;
import org.vfmworkbook.findings.Trend;
import org.vfmworkbook.findings.TrendPoint;
import org.vfmworkbook.findings.UnitFormat;

/**
 * Draws charts with JFreeChart straight into a PDF as vector graphics (PdfGraphics2D), with DejaVu text. Bars stay in the
 * order given (alphabetical, never by value); the council's bar is dark and outlined (not colour alone) and always carries
 * its name and value, placed by {@link BarLabel} clear of the bars and the median line; the reference lines (median dashed,
 * England dotted) are named in a key above the plot, never in a box over the bars. The need model's scatter draws the
 * "as expected" line (actual equal to expected) and names the council's point.
 */
public final class PdfCharts {

    static final Color BAR = new Color(0x1d, 0x70, 0xb8);
    static final Color HIGHLIGHT = new Color(0x6f, 0x2c, 0x91);
    static final Color INK = new Color(0x0b, 0x0c, 0x0c);
    static final Color GRID = new Color(0xb1, 0xb4, 0xb6);
    static final Color GREY_LINE = new Color(0x50, 0x5a, 0x5f);
    static final Color BREAK = new Color(0xdd, 0xdd, 0xdd);
    static final Font TICK = new Font(PdfFonts.AWT_FAMILY, Font.PLAIN, 7);
    static final Font LABEL = new Font(PdfFonts.AWT_FAMILY, Font.PLAIN, 8);
    static final Font KEY = new Font(PdfFonts.AWT_FAMILY, Font.PLAIN, 7);
    static final Font POINTER = new Font(PdfFonts.AWT_FAMILY, Font.BOLD, 8);
    static final float POINTER_SIZE = 8;

    static final BasicStroke HIGHLIGHT_OUTLINE = new BasicStroke(1.5f);
    static final BasicStroke THIN = new BasicStroke(0.6f);
    static final BasicStroke DASHED =
            new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f);
    static final BasicStroke DOTTED =
            new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {1f, 2f}, 0f);

    static {
        // JFreeChart draws rotated text (the value axis title, upright category names) through a TextLayout by
        // default, which PdfGraphics2D can only fill as glyph outlines: slow, large and not text. Rotating the
        // graphics and drawing the string keeps it as embedded DejaVu text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /** The words the charts use for their reference lines, from the document's wording. */
    public record Words(String medianLine, String medianName, String englandLine, String asExpected) {}

    private final PdfFonts fonts;
    private final Words words;
    private final BarCharts barCharts;

    PdfCharts(PdfFonts fonts, Words words) {
        this.barCharts = new BarCharts(fonts, words);
        this.fonts = fonts;
        this.words = words;
    }

    /** A finding's chart: its bars, or the need model's scatter. */
    Image draw(PdfContentByte canvas, ComparisonFinding finding, float width, float height) throws BadElementException {
        return render(
                canvas,
                finding.isScatter()
                        ? scatter(finding.scatter())
                        : barCharts.bars(finding.chart(), words.medianName(), null, width, height),
                width,
                height);
    }

    /**
     * A bar chart of a group's councils in the order given, with the group's median ({@code medianName}, e.g. "Region
     * median") and, when given, England's median as a second, dotted reference line.
     */
    Image drawBars(
            PdfContentByte canvas, ChartData data, String medianName, Double englandMedian, float width, float height)
            throws BadElementException {
        return render(canvas, barCharts.bars(data, medianName, englandMedian, width, height), width, height);
    }

    /**
     * A trend: the council's figure over the years (solid, squares, each point with its value), the median of its region's
     * councils (dashed) and of England's (dotted), a COVID-19 year shaded and the year a new collection starts ruled, each
     * break named at the top of the plot; {@code key} names the lines above the plot. A year without a figure leaves a gap,
     * never a point at zero.
     */
    Image drawTrend(PdfContentByte canvas, Trend trend, String key, float width, float height)
            throws BadElementException {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (TrendPoint p : trend.points()) {
            dataset.addValue(p.council(), trend.councilName(), p.year());
            dataset.addValue(p.regionMedian(), "region", p.year());
            dataset.addValue(p.englandMedian(), "england", p.year());
        }
        CategoryAxis years = new CategoryAxis(null);
        years.setTickLabelFont(TICK);
        years.setLowerMargin(0.04);
        years.setUpperMargin(0.04);
        NumberAxis values = new NumberAxis(UnitFormat.axisTitle(trend.unit()));
        values.setLabelFont(LABEL);
        values.setTickLabelFont(TICK);
        values.setAutoRangeIncludesZero(false);
        values.setUpperMargin(0.2);
        values.setLowerMargin(0.2);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, HIGHLIGHT);
        renderer.setSeriesStroke(0, HIGHLIGHT_OUTLINE);
        renderer.setSeriesShape(0, new Rectangle2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(1, BAR);
        renderer.setSeriesStroke(1, DASHED);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-2, -2, 4, 4));
        renderer.setSeriesPaint(2, GREY_LINE);
        renderer.setSeriesStroke(2, DOTTED);
        renderer.setSeriesShape(2, new Ellipse2D.Double(-2, -2, 4, 4));
        renderer.setSeriesItemLabelsVisible(0, true);
        renderer.setSeriesItemLabelFont(0, TICK);
        renderer.setSeriesItemLabelGenerator(0, new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
                Number v = d.getValue(row, column);
                return v == null ? "" : UnitFormat.format(trend.unit(), v.doubleValue());
            }
        });
        CategoryPlot plot = new CategoryPlot(dataset, years, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        for (int i = 0; i < trend.breaks().size(); i++) {
            SeriesBreak b = trend.breaks().get(i);
            // named as the step page's chart names it
            String label = trend.chart().bands().get(i).label();
            boolean line = b.kind() == SeriesBreak.Kind.NEW_COLLECTION;
            CategoryMarker marker = new CategoryMarker(b.year(), line ? INK : BREAK, line ? DASHED : THIN);
            marker.setDrawAsLine(line);
            marker.setAlpha(line ? 1f : 0.6f);
            marker.setLabel(label);
            marker.setLabelFont(KEY);
            marker.setLabelPaint(GREY_LINE);
            // at the foot of the band, in the margin below the lowest point, clear of the council's value labels above
            marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addDomainMarker(marker, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        JFreeChart chart = new JFreeChart(null, LABEL, plot, false);
        org.jfree.chart.title.TextTitle title = new org.jfree.chart.title.TextTitle(key, KEY);
        title.setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
        title.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        title.setPadding(0, 4, 2, 0);
        chart.addSubtitle(title);
        return render(canvas, chart, width, height);
    }

    private Image render(PdfContentByte canvas, JFreeChart chart, float width, float height)
            throws BadElementException {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(false); // vector output: anti-aliasing hints only cost time
        chart.setTextAntiAlias(false);
        chart.removeLegend();
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g2 = new PdfGraphics2D(template, width, height, fonts, false, false, 0);
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return Image.getInstance(template);
    }

    private JFreeChart scatter(ScatterData data) {
        XYSeries others = new XYSeries("Councils");
        XYSeries self = new XYSeries("This council");
        ScatterData.Point highlighted = null;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (ScatterData.Point p : data.points()) {
            (p.highlighted() ? self : others).add(p.expected(), p.actual());
            if (p.highlighted()) {
                highlighted = p;
            }
            minX = Math.min(minX, p.expected());
            maxX = Math.max(maxX, p.expected());
            minY = Math.min(minY, p.actual());
            maxY = Math.max(maxY, p.actual());
        }
        // The "as expected" line where both axes show it, so that its label at the top end is on the chart.
        double min = Math.max(minX, minY);
        double max = Math.min(maxX, maxY);
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(others);
        dataset.addSeries(self);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        renderer.setSeriesPaint(0, BAR);
        renderer.setSeriesShape(1, new Rectangle2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(1, HIGHLIGHT);
        renderer.setUseOutlinePaint(true);
        renderer.setSeriesOutlinePaint(1, INK);
        renderer.setSeriesOutlinePaint(0, BAR);
        renderer.setDrawOutlines(true);
        NumberAxis x = new NumberAxis(data.xTitle());
        NumberAxis y = new NumberAxis(data.yTitle());
        for (NumberAxis axis : List.of(x, y)) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
            axis.setAutoRangeIncludesZero(false);
            axis.setUpperMargin(0.12);
            axis.setLowerMargin(0.08);
        }
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        if (max > min) {
            // Actual equal to expected: a council on this line spends what its need predicts.
            plot.addAnnotation(new XYLineAnnotation(min, min, max, max, DASHED, INK));
        }
        if (highlighted != null) {
            boolean above = highlighted.actual() >= highlighted.expected();
            // Away from the line: up and left of a point above it, down and right of one below it.
            XYPointerAnnotation pointer = new XYPointerAnnotation(
                    highlighted.label(),
                    highlighted.expected(),
                    highlighted.actual(),
                    above ? -3 * Math.PI / 4 : Math.PI / 4);
            pointer.setFont(POINTER);
            pointer.setBaseRadius(18);
            pointer.setTipRadius(5);
            pointer.setTextAnchor(above ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_LEFT);
            plot.addAnnotation(pointer);
        }
        JFreeChart chart = new JFreeChart(null, LABEL, plot, false);
        // The line is named in a key above the plot, never over the points.
        org.jfree.chart.title.TextTitle key = new org.jfree.chart.title.TextTitle(words.asExpected(), KEY);
        key.setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
        key.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        key.setPadding(0, 4, 2, 0);
        chart.addSubtitle(key);
        return chart;
    }
}
