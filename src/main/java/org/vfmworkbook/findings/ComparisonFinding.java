package org.vfmworkbook.findings;

import java.util.List;

import org.vfmworkbook.metrics.CouncilMetric;
import org.vfmworkbook.metrics.GroupComparison;
import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.steps.ChartKind;
import org.vfmworkbook.web.Table;

import io.quarkus.qute.TemplateData;

/**
 * One comparison of a step as pages and the report show it: the council's value against the group shown, a
 * plain-English sentence, the chart and the table beside it, and the data-quality flags (descriptions).
 * {@code scatter} is set only for a scatter comparison (the need model); {@code chart} is always set.
 */
@TemplateData
public record ComparisonFinding(String id, MetricDefinition metric, ChartKind chartKind, boolean key,
        CouncilMetric value, GroupComparison shown, String sentence, ChartData chart, ScatterData scatter,
        Table table, List<String> flags) {

    public ComparisonFinding {
        flags = List.copyOf(flags);
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
