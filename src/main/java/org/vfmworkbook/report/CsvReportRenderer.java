package org.vfmworkbook.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.vfmworkbook.findings.ComparisonFinding;
import org.vfmworkbook.metrics.ComparatorGroup;
import org.vfmworkbook.metrics.CouncilMetric;
import org.vfmworkbook.metrics.GroupComparison;
import org.vfmworkbook.report.Report.StepSection;
import org.vfmworkbook.web.CsvCells;

/**
 * Every comparison the report shows as CSV (RFC 4180): one row per step and comparison, unrounded numbers, blank
 * where a value is not available (never 0), with the flags and sources.
 */
public final class CsvReportRenderer {

    private static final List<String> HEADER = List.of(
            "council",
            "data_year",
            "step",
            "comparison_id",
            "metric_id",
            "metric",
            "unit",
            "group",
            "group_label",
            "value",
            "group_n",
            "group_median",
            "group_lower_quartile",
            "group_upper_quartile",
            "england_published_total",
            "notably_different",
            "flags",
            "sources");

    private CsvReportRenderer() {}

    static String render(Report report) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (StepSection step : report.steps()) {
            for (ComparisonFinding f : step.charts()) {
                CouncilMetric value = f.value();
                GroupComparison shown = f.shown();
                GroupComparison england = value.comparisons().get(ComparatorGroup.ENGLAND);
                var s = shown == null ? null : shown.statistics();
                List<String> cells = new ArrayList<>();
                cells.add(report.cover().councilName());
                cells.add(report.cover().dataYear());
                cells.add(String.valueOf(step.number()));
                cells.add(f.id());
                cells.add(f.metric().id());
                cells.add(f.metric().title());
                cells.add(f.metric().unit().value());
                cells.add(shown == null ? "" : shown.group().value());
                cells.add(shown == null ? "" : shown.label());
                cells.add(number(value.value()));
                cells.add(s == null ? "" : String.valueOf(s.n()));
                cells.add(number(s == null ? null : s.median()));
                cells.add(number(s == null ? null : s.q1()));
                cells.add(number(s == null ? null : s.q3()));
                cells.add(number(england == null ? null : england.aggregate()));
                cells.add(
                        shown == null || shown.notablyDifferent() == null
                                ? ""
                                : shown.notablyDifferent().toString());
                cells.add(String.join("; ", f.flags()));
                cells.add(value.sources().stream().distinct().collect(Collectors.joining("; ")));
                line(csv, cells);
            }
        }
        return csv.toString();
    }

    private static String number(Double value) {
        return CsvCells.number(value);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        CsvCells.line(csv, cells);
    }

    static String quote(String cell) {
        return CsvCells.quote(cell);
    }
}
