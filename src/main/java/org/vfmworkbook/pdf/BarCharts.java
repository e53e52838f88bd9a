package org.vfmworkbook.pdf;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryLineAnnotation;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import org.vfmworkbook.findings.ChartData;
import org.vfmworkbook.findings.ChartPoint;
import org.vfmworkbook.findings.UnitFormat;

/**
 * The bar charts (a group's councils in the order given, never by value): the council's bar dark and outlined, with its name
 * and value placed by {@link BarLabel} clear of the bars and the median line; the median dashed and England's dotted, named in
 * a key above the plot.
 */
final class BarCharts {

    private final PdfFonts fonts;
    private final PdfCharts.Words words;

    BarCharts(PdfFonts fonts, PdfCharts.Words words) {
        this.fonts = fonts;
        this.words = words;
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

    JFreeChart bars(ChartData data, String medianName, Double englandMedian, float width, float height) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<ChartPoint> points = data.points();
        for (int i = 0; i < points.size(); i++) {
            dataset.addValue(
                    points.get(i).value(), "value", new Key(i, points.get(i).label()));
        }
        int highlighted = data.highlight();
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(PdfCharts.TICK);
        categories.setCategoryMargin(points.size() > 40 ? 0.1 : 0.2);
        boolean nameEveryBar =
                points.size() <= 40 && points.stream().noneMatch(p -> p.label().equals("Another council"));
        categories.setTickLabelsVisible(nameEveryBar);
        categories.setTickMarksVisible(false);
        categories.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        categories.setMaximumCategoryLabelWidthRatio(0.6f);
        NumberAxis values = new NumberAxis(UnitFormat.axisTitle(data.unit()));
        values.setLabelFont(PdfCharts.LABEL);
        values.setTickLabelFont(PdfCharts.TICK);
        BarRenderer renderer = new HighlightRenderer(highlighted);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setItemMargin(0);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(PdfCharts.GRID);
        plot.setOutlineVisible(false);
        StringBuilder key = new StringBuilder();
        if (data.median() != null) {
            plot.addRangeMarker(new ValueMarker(data.median(), PdfCharts.INK, PdfCharts.DASHED));
            key.append(
                    words.medianLine().replace("{name}", medianName).replace("{value}", format(data, data.median())));
        }
        if (englandMedian != null) {
            plot.addRangeMarker(new ValueMarker(englandMedian, PdfCharts.GREY_LINE, PdfCharts.DOTTED));
            key.append(key.isEmpty() ? "" : "   ")
                    .append(words.englandLine().replace("{value}", format(data, englandMedian)));
        }
        JFreeChart chart = new JFreeChart(null, PdfCharts.LABEL, plot, false);
        if (!key.isEmpty()) {
            TextTitle title = new TextTitle(key.toString(), PdfCharts.KEY);
            title.setPosition(RectangleEdge.TOP);
            title.setHorizontalAlignment(HorizontalAlignment.LEFT);
            title.setPadding(0, 4, 2, 0);
            chart.addSubtitle(title);
        }
        if (highlighted >= 0 && points.get(highlighted).value() != null) {
            labelCouncil(plot, values, data, highlighted, englandMedian, width, height, nameEveryBar);
        }
        return chart;
    }

    /** The council's name and value above its bar, placed by {@link BarLabel}, with a thin line down to the bar. */
    private void labelCouncil(
            CategoryPlot plot,
            NumberAxis axis,
            ChartData data,
            int index,
            Double englandMedian,
            float width,
            float height,
            boolean nameEveryBar) {
        ChartPoint council = data.points().get(index);
        String text = council.label() + " " + format(data, council.value());
        double plotWidth = width - 40;
        double plotHeight = height - 24 - (nameEveryBar ? height * 0.3 : 0);
        Double line = data.median();
        if (englandMedian != null && (line == null || englandMedian > line)) {
            line = englandMedian;
        }
        BarLabel place = BarLabel.place(
                data.points().stream().map(ChartPoint::value).toList(),
                index,
                line,
                fonts.bold.getWidthPoint(text, PdfCharts.POINTER_SIZE) + 2,
                PdfCharts.POINTER_SIZE * 1.3,
                plotWidth,
                plotHeight);
        axis.setRange(0, place.upper());
        Key key = new Key(index, council.label());
        CategoryTextAnnotation label = new CategoryTextAnnotation(text, key, place.base());
        label.setFont(PdfCharts.POINTER);
        label.setPaint(PdfCharts.INK);
        label.setCategoryAnchor(place.runsRight() ? CategoryAnchor.START : CategoryAnchor.END);
        label.setTextAnchor(place.runsRight() ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
        plot.addAnnotation(label);
        if (place.base() - council.value() > place.upper() * 0.03) {
            plot.addAnnotation(
                    new CategoryLineAnnotation(key, council.value(), key, place.base(), PdfCharts.INK, PdfCharts.THIN));
        }
    }

    private static String format(ChartData data, double value) {
        return UnitFormat.format(data.unit(), value);
    }

    /** The council's bar dark purple with a thick outline; the others blue without one. */
    private static final class HighlightRenderer extends BarRenderer {
        private final int highlighted;

        HighlightRenderer(int highlighted) {
            this.highlighted = highlighted;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return column == highlighted ? PdfCharts.HIGHLIGHT : PdfCharts.BAR;
        }

        /** Only the council's bar is outlined: no outline paint means the bar painter draws none (half the paths). */
        @Override
        public Paint getItemOutlinePaint(int row, int column) {
            return column == highlighted ? PdfCharts.INK : null;
        }

        @Override
        public java.awt.Stroke getItemOutlineStroke(int row, int column) {
            return PdfCharts.HIGHLIGHT_OUTLINE;
        }
    }
}
