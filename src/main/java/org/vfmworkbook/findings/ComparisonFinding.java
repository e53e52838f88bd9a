package org.vfmworkbook.findings;

import java.util.List;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;

import org.vfmworkbook.metrics.CouncilMetric;
import org.vfmworkbook.metrics.GroupComparison;
import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.steps.ChartKind;
import org.vfmworkbook.web.Table;

/**
 * One comparison of a step as pages and the report show it: the council's value against the group shown, a
 * plain-English sentence, the chart and the table beside it, and the data-quality flags (descriptions).
 * {@code scatter} is set only for a scatter comparison (the need model); {@code chart} is always set.
 */
@TemplateData
public record ComparisonFinding(
        String id,
        MetricDefinition metric,
        ChartKind chartKind,
        boolean key,
        CouncilMetric value,
        GroupComparison shown,
        String sentence,
        ChartData chart,
        ScatterData scatter,
        Table table,
        List<String> flags,
        Table members,
        Trend trend,
        RawString chartAttribute) {

    public ComparisonFinding {
        flags = List.copyOf(flags);
    }

    /**
     * {@code chartAttribute} is the chart's JSON escaped for an HTML attribute, worked out once: findings are kept
     * (FindingsService), and writing and escaping every council's point was most of a step page's work.
     */
    public ComparisonFinding(
            String id,
            MetricDefinition metric,
            ChartKind chartKind,
            boolean key,
            CouncilMetric value,
            GroupComparison shown,
            String sentence,
            ChartData chart,
            ScatterData scatter,
            Table table,
            List<String> flags) {
        this(id, metric, chartKind, key, value, shown, sentence, chart, scatter, table, flags, null, null);
    }

    /**
     * With the figure of each council in the group ({@code members}, null against England, whose councils are not
     * named) and the metric's trend over the years held ({@code trend}, null with fewer than two years).
     */
    public ComparisonFinding(
            String id,
            MetricDefinition metric,
            ChartKind chartKind,
            boolean key,
            CouncilMetric value,
            GroupComparison shown,
            String sentence,
            ChartData chart,
            ScatterData scatter,
            Table table,
            List<String> flags,
            Table members,
            Trend trend) {
        this(
                id,
                metric,
                chartKind,
                key,
                value,
                shown,
                sentence,
                chart,
                scatter,
                table,
                flags,
                members,
                trend,
                new RawString(escapeAttribute(scatter != null ? scatter.json() : chart.json())));
    }

    /** As Qute escapes an expression in an HTML template, so the page is the same byte for byte. */
    static String escapeAttribute(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + text.length() / 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    public String metricTitle() {
        return metric.title();
    }

    public String groupLabel() {
        return shown == null ? "" : shown.label();
    }

    /** The value formatted in its unit, or "Not available". */
    public String formattedValue() {
        return UnitFormat.format(metric.unit(), value.value());
    }

    public boolean isScatter() {
        return scatter != null;
    }

    /**
     * Whether {@code js/app.js} has a chart to draw: not for a trend comparison, whose line chart the server draws
     * ({@link #trend}); a trend comparison with one year has only its table.
     */
    public boolean drawable() {
        return !isTrend();
    }

    public boolean hasTrend() {
        return trend != null;
    }

    /** The year the council's figure is for (its own source year, see {@link FigureYears}). */
    public String figureYear() {
        return FigureYears.of(value);
    }

    public boolean isTrend() {
        return chartKind == ChartKind.TREND;
    }

    /** What {@code js/app.js} draws from: the scatter when there is one, else the bars. */
    public String chartJson() {
        return scatter != null ? scatter.json() : chart.json();
    }

    public List<String> sources() {
        return value.sources();
    }
}
