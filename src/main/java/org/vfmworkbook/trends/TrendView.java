package org.vfmworkbook.trends;

import java.util.List;

import org.vfmworkbook.web.Table;

/**
 * A region's councils on each of Oflog's adult social care measures over the years the file holds. Councils are in
 * alphabetical order (or by their drawn letter when anonymised), never by value; a missing value is null, never 0.
 */
public record TrendView(
        String regionCode,
        String regionName,
        boolean anonymised,
        boolean withheld,
        String viewerLabel,
        String source,
        String licence,
        List<Measure> measures) {

    /**
     * @param unit the unit as far as known (the file states none)
     * @param years the years the file holds for this measure, oldest first
     * @param rows the region's councils, each with a value (or null) per year, in {@code years} order
     * @param regionMedians and {@code englandMedians}: per year, computed by the app (type-7), null when no values
     */
    public record Measure(
            String code,
            String id,
            String name,
            String unit,
            List<String> years,
            List<Row> rows,
            List<Double> regionMedians,
            List<Double> englandMedians,
            Table table) {}

    public record Row(String councilCode, String label, List<Double> values) {}
}
