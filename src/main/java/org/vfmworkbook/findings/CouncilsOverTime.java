package org.vfmworkbook.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.metrics.MetricDefinition;
import org.vfmworkbook.web.Table;
import org.vfmworkbook.web.TableCell;
import org.vfmworkbook.web.TableRow;

/**
 * A few councils of one region side by side over the years a metric holds (a peer-challenge session's councils), with the
 * medians of the region's and England's councils each year: the same series, medians and breaks as each council's own
 * {@link Trend}. Councils are in the order given (labels, never by value); a year without a figure is "Not available", never
 * 0; a figure resting on small numbers is marked.
 */
@ApplicationScoped
public class CouncilsOverTime {

    /** A council as the reader may see it: its code, and its name or letter. */
    public record Council(String code, String label) {}

    private final TrendSeries series;

    CouncilsOverTime(TrendSeries series) {
        this.series = series;
    }

    /** The table, or null when the metric has fewer than two years or there are no councils. */
    public Table table(MetricDefinition metric, String regionCode, String regionName, List<Council> councils) {
        Map<String, Map<String, SeriesValue>> byYear = series.of(metric.id());
        if (byYear.size() < 2 || councils.isEmpty()) {
            return null;
        }
        return table(metric, regionCode, regionName, councils, byYear, series.regionOf());
    }

    static Table table(
            MetricDefinition metric,
            String regionCode,
            String regionName,
            List<Council> councils,
            Map<String, Map<String, SeriesValue>> byYear,
            Map<String, String> regionOf) {
        List<String> years = List.copyOf(byYear.keySet());
        List<TableCell> head = new ArrayList<>();
        head.add(TableCell.text("Council"));
        years.forEach(y -> head.add(TableCell.number(y)));
        List<TableRow> rows = new ArrayList<>();
        for (Council council : councils) {
            List<TableCell> cells = new ArrayList<>();
            cells.add(TableCell.text(council.label()));
            for (String year : years) {
                SeriesValue v = byYear.get(year).get(council.code());
                String text = UnitFormat.format(metric.unit(), v == null ? null : v.value());
                if (v != null && v.value() != null && TrendCalculator.smallNumbers(metric.unit(), v)) {
                    text += " (small numbers)";
                }
                cells.add(TableCell.number(text));
            }
            rows.add(new TableRow(cells, false));
        }
        rows.add(medianRow(
                "Median, " + regionName, metric, years, byYear, code -> regionCode.equals(regionOf.get(code))));
        rows.add(medianRow("Median, England", metric, years, byYear, code -> true));
        StringBuilder caption = new StringBuilder(metric.title() + " over the years held, " + years.get(0) + " to "
                + years.get(years.size() - 1) + ": the session's councils beside the medians of " + regionName
                + " and England's councils. Councils are in the session's order, never by value.");
        for (SeriesBreak b : SeriesBreak.within(years)) {
            caption.append(' ')
                    .append(b.year())
                    .append(": ")
                    .append(b.description())
                    .append('.');
        }
        return new Table(caption.toString(), head, rows);
    }

    private static TableRow medianRow(
            String label,
            MetricDefinition metric,
            List<String> years,
            Map<String, Map<String, SeriesValue>> byYear,
            java.util.function.Predicate<String> member) {
        List<TableCell> cells = new ArrayList<>();
        cells.add(TableCell.text(label));
        years.forEach(year -> cells.add(
                TableCell.number(UnitFormat.format(metric.unit(), TrendCalculator.median(byYear.get(year), member)))));
        return new TableRow(cells, false);
    }
}
