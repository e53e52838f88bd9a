package org.vfmworkbook.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfTemplate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryPointerAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import org.vfmworkbook.findings.ChartData;
import org.vfmworkbook.findings.ChartPoint;
import org.vfmworkbook.findings.ComparisonFinding;
import org.vfmworkbook.findings.ScatterData;
import org.vfmworkbook.findings.UnitFormat;

/**
 * Draws a finding's chart with JFreeChart straight into the PDF as vector graphics (PdfGraphics2D), with DejaVu
 * text. Bars stay in alphabetical order; the council's bar is dark and outlined (not colour alone) and named by a
 * pointer; the group's median is a dashed line.
 */
final class PdfCharts {

    private static final Color BAR = new Color(0x1d, 0x70, 0xb8);
    private static final Color HIGHLIGHT = new Color(0x6f, 0x2c, 0x91);
    private static final Color INK = new Color(0x0b, 0x0c, 0x0c);
    private static final Color GRID = new Color(0xb1, 0xb4, 0xb6);
    private static final Color GREY_LINE = new Color(0x50, 0x5a, 0x5f);
    private static final Font TICK = new Font(PdfFonts.AWT_FAMILY, Font.PLAIN, 7);
    private static final Font LABEL = new Font(PdfFonts.AWT_FAMILY, Font.PLAIN, 8);
    private static final Font POINTER = new Font(PdfFonts.AWT_FAMILY, Font.BOLD, 8);

    private static final BasicStroke HIGHLIGHT_OUTLINE = new BasicStroke(1.5f);
    private static final BasicStroke DASHED =
            new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f);

    static {
        // JFreeChart draws rotated text (the value axis title, upright category names) through a TextLayout by
        // default, which PdfGraphics2D can only fill as glyph outlines: slow, large and not text. Rotating the
        // graphics and drawing the string keeps it as embedded DejaVu text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private PdfCharts() {}

    static Image draw(PdfContentByte canvas, PdfFonts fonts, ComparisonFinding finding, float width, float height)
            throws BadElementException {
        return render(
                canvas, fonts, finding.isScatter() ? scatter(finding.scatter()) : bars(finding.chart()), width, height);
    }

    /**
     * A bar chart of a group's councils in the order given (alphabetical or by letter, never by value), with the group's
     * median and, when given, England's median as a second, dotted reference line.
     */
    static Image drawBars(
            PdfContentByte canvas, PdfFonts fonts, ChartData data, Double englandMedian, float width, float height)
            throws BadElementException {
        JFreeChart chart = bars(data);
        if (data.median() != null) {
            chart.getCategoryPlot()
                    .getRangeMarkers(Layer.FOREGROUND)
                    .forEach(marker -> ((ValueMarker) marker)
                            .setLabel("Region median " + UnitFormat.format(data.unit(), data.median())));
        }
        if (englandMedian != null) {
            ValueMarker england = new ValueMarker(
                    englandMedian,
                    GREY_LINE,
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {1f, 2f}, 0f));
            england.setLabel("England median " + UnitFormat.format(data.unit(), englandMedian));
            england.setLabelFont(LABEL);
            england.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            england.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            england.setLabelBackgroundColor(new Color(255, 255, 255, 225));
            chart.getCategoryPlot().addRangeMarker(england);
        }
        return render(canvas, fonts, chart, width, height);
    }

    private static Image render(PdfContentByte canvas, PdfFonts fonts, JFreeChart chart, float width, float height)
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

    /**
     * A category key that keeps duplicates apart ("Another council" many times) and prints its label. Equal by
     * position alone: the dataset looks keys up by a linear search, about 150 times per chart.
     */
    private record Key(int index, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.index == index;
        }

        @Override
        public int hashCode() {
            return index;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static JFreeChart bars(ChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<ChartPoint> points = data.points();
        Key highlighted = null;
        for (int i = 0; i < points.size(); i++) {
            Key key = new Key(i, points.get(i).label());
            dataset.addValue(points.get(i).value(), "value", key);
            if (points.get(i).highlighted()) {
                highlighted = key;
            }
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(TICK);
        categories.setCategoryMargin(points.size() > 40 ? 0.1 : 0.2);
        boolean nameEveryBar =
                points.size() <= 40 && points.stream().noneMatch(p -> p.label().equals("Another council"));
        categories.setTickLabelsVisible(nameEveryBar);
        categories.setTickMarksVisible(false);
        categories.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        categories.setMaximumCategoryLabelWidthRatio(0.6f);
        NumberAxis values = new NumberAxis(UnitFormat.axisTitle(data.unit()));
        values.setLabelFont(LABEL);
        values.setTickLabelFont(TICK);
        BarRenderer renderer = new HighlightRenderer(highlighted == null ? -1 : highlighted.index());
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setItemMargin(0);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        if (data.median() != null) {
            ValueMarker median = new ValueMarker(data.median(), INK, DASHED);
            median.setLabel("Median " + UnitFormat.format(data.unit(), data.median()));
            median.setLabelFont(LABEL);
            median.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            median.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            median.setLabelBackgroundColor(new Color(255, 255, 255, 225));
            plot.addRangeMarker(median);
        }
        if (highlighted != null
                && !nameEveryBar
                && points.get(highlighted.index()).value() != null) {
            CategoryPointerAnnotation pointer = new CategoryPointerAnnotation(
                    highlighted.label(),
                    highlighted,
                    points.get(highlighted.index()).value(),
                    -Math.PI / 2.5);
            pointer.setFont(POINTER);
            pointer.setBaseRadius(4);
            pointer.setTipRadius(1);
            pointer.setLabelOffset(4);
            pointer.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(pointer);
        }
        return new JFreeChart(null, LABEL, plot, false);
    }

    /** The council's bar dark purple with a thick outline; the others blue without one. */
    private static final class HighlightRenderer extends BarRenderer {
        private final int highlighted;

        HighlightRenderer(int highlighted) {
            this.highlighted = highlighted;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return column == highlighted ? HIGHLIGHT : BAR;
        }

        /** Only the council's bar is outlined: no outline paint means the bar painter draws none (half the paths). */
        @Override
        public Paint getItemOutlinePaint(int row, int column) {
            return column == highlighted ? INK : null;
        }

        @Override
        public java.awt.Stroke getItemOutlineStroke(int row, int column) {
            return HIGHLIGHT_OUTLINE;
        }
    }

    private static JFreeChart scatter(ScatterData data) {
        XYSeries others = new XYSeries("Councils");
        XYSeries self = new XYSeries("This council");
        ScatterData.Point highlighted = null;
        double min = Double.MAX_VALUE;
        double max = 0;
        for (ScatterData.Point p : data.points()) {
            (p.highlighted() ? self : others).add(p.expected(), p.actual());
            if (p.highlighted()) {
                highlighted = p;
            }
            min = Math.min(min, Math.min(p.expected(), p.actual()));
            max = Math.max(max, Math.max(p.expected(), p.actual()));
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(others);
        dataset.addSeries(self);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2, -2, 4, 4));
        renderer.setSeriesPaint(0, BAR);
        renderer.setSeriesShape(1, new Rectangle2D.Double(-5, -5, 10, 10));
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
        }
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        if (max > min) {
            plot.addAnnotation(new XYLineAnnotation(min, min, max, max, DASHED, INK));
        }
        if (highlighted != null) {
            XYPointerAnnotation pointer = new XYPointerAnnotation(
                    highlighted.label(), highlighted.expected(), highlighted.actual(), -Math.PI / 4);
            pointer.setFont(POINTER);
            pointer.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(pointer);
        }
        return new JFreeChart(null, LABEL, plot, false);
    }
}
