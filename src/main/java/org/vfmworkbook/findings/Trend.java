package org.vfmworkbook.findings;

import java.util.List;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.web.Table;

/**
 * A metric over the years held for one council: each year's figure beside the medians of its region's and England's
 * councils, the series breaks in those years, the latest year-on-year change and the sentence that tells it, the
 * table (always shown: the chart is a picture of it) and the line chart drawn on the server (no JavaScript needed).
 */
@TemplateData
public record Trend(
        String metricId,
        String title,
        org.vfmworkbook.metrics.Unit unit,
        String councilName,
        String regionName,
        List<TrendPoint> points,
        List<SeriesBreak> breaks,
        YearOnYear change,
        String sentence,
        Table table,
        TrendChart chart) {

    public Trend {
        points = List.copyOf(points);
        breaks = List.copyOf(breaks);
    }

    public List<String> years() {
        return points.stream().map(TrendPoint::year).toList();
    }

    public String firstYear() {
        return points.get(0).year();
    }

    public String lastYear() {
        return points.get(points.size() - 1).year();
    }
}
