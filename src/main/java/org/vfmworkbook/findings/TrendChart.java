package org.vfmworkbook.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import io.quarkus.qute.TemplateData;

/**
 * A trend as an SVG line chart the server draws (templates/tags/trendChart.html places what is worked out here): the
 * council's line, its region's median and England's median, a shaded band on each COVID-19 year and a line where a new
 * collection starts. A missing year leaves a gap in the line, never a point at zero.
 * <p>
 * Geometry: the plot is {@value #WIDTH} × {@value #HEIGHT}; years are evenly spaced from x = {@value #LEFT} to
 * {@code WIDTH − RIGHT}; a value v is at y = TOP + (hi − v) ÷ (hi − lo) × plot height, where lo and hi are the lowest
 * and highest value shown less and plus a tenth of their range (or ±1 when all are equal).
 */
@TemplateData
public record TrendChart(
        int width, int height, List<Line> lines, List<Tick> yTicks, List<Tick> xTicks, List<Band> bands, String label) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 70;
    static final int RIGHT = 40;
    static final int TOP = 24;
    static final int BOTTOM = 40;

    /** One series: its segments (runs of years with a value), its points, its name and style. */
    @TemplateData
    public record Line(String name, String style, List<String> segments, List<Dot> dots) {}

    @TemplateData
    public record Dot(String x, String y, String title) {}

    @TemplateData
    public record Tick(String at, String label) {}

    /** A series break: a shaded year (COVID-19) or a line at the year a new collection starts. */
    @TemplateData
    public record Band(String x, String width, String labelX, String label, boolean line) {}

    /** Where the plot ends at the foot (the x axis) and the breaks' shading with it. */
    public int plotBottom() {
        return height - BOTTOM;
    }

    /** The top of a break's shading, above the plot so its label sits over it. */
    public int bandTop() {
        return TOP - 6;
    }

    public int breakLabelY() {
        return bandTop() - 4;
    }

    public int bandHeight() {
        return plotBottom() - bandTop();
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return width - RIGHT;
    }

    /** The y axis labels end just left of the plot. */
    public int yLabelX() {
        return LEFT - 6;
    }

    public int xLabelY() {
        return height - BOTTOM + 20;
    }

    static TrendChart of(TrendCalculator.Subject s, List<TrendPoint> points, List<SeriesBreak> breaks) {
        List<Double> all = new ArrayList<>();
        points.forEach(p -> {
            all.add(p.council());
            all.add(p.regionMedian());
            all.add(p.englandMedian());
        });
        List<Double> shown = all.stream().filter(Objects::nonNull).toList();
        double min = shown.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = shown.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double pad = max == min ? 1 : (max - min) / 10;
        Scale scale = new Scale(points.size(), min - pad, max + pad);
        List<Line> lines = List.of(
                line(s.councilName(), "council", points, TrendPoint::council, scale, s.unit()),
                line("Median, " + s.regionName(), "region", points, TrendPoint::regionMedian, scale, s.unit()),
                line("Median, England", "england", points, TrendPoint::englandMedian, scale, s.unit()));
        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double v = scale.lo() + (scale.hi() - scale.lo()) * i / 4;
            yTicks.add(new Tick(num(scale.y(v)), UnitFormat.format(s.unit(), v)));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            xTicks.add(new Tick(num(scale.x(i)), points.get(i).year()));
        }
        List<Band> bands = new ArrayList<>();
        for (SeriesBreak b : breaks) {
            int i = points.stream().map(TrendPoint::year).toList().indexOf(b.year());
            double step = scale.step();
            boolean line = b.kind() == SeriesBreak.Kind.NEW_COLLECTION;
            double x = line ? scale.x(i) - step / 2 : scale.x(i) - step / 2;
            bands.add(new Band(
                    num(x), num(line ? 0 : step), num(scale.x(i)), line ? "New collection" : "COVID-19", line));
        }
        String label = s.metricTitle() + ": " + s.councilName() + ", the median of " + s.regionName()
                + " councils and of England's councils, " + points.get(0).year() + " to "
                + points.get(points.size() - 1).year() + ". The table below gives the figures.";
        return new TrendChart(WIDTH, HEIGHT, lines, yTicks, xTicks, bands, label);
    }

    private static Line line(
            String name,
            String style,
            List<TrendPoint> points,
            Function<TrendPoint, Double> value,
            Scale scale,
            org.vfmworkbook.metrics.Unit unit) {
        List<String> segments = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Double v = value.apply(points.get(i));
            if (v == null) {
                if (!run.isEmpty()) {
                    segments.add(run.toString().strip());
                    run.setLength(0);
                }
                continue;
            }
            String x = num(scale.x(i));
            String y = num(scale.y(v));
            run.append(x).append(',').append(y).append(' ');
            dots.add(new Dot(x, y, name + ", " + points.get(i).year() + ": " + UnitFormat.format(unit, v)));
        }
        if (!run.isEmpty()) {
            segments.add(run.toString().strip());
        }
        return new Line(name, style, segments, dots);
    }

    /** Where a year index and a value fall on the plot. */
    private record Scale(int years, double lo, double hi) {
        double step() {
            return years < 2 ? 0 : (double) (WIDTH - LEFT - RIGHT) / (years - 1);
        }

        double x(int index) {
            return LEFT + index * step();
        }

        double y(double value) {
            return TOP + (hi - value) / (hi - lo) * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
