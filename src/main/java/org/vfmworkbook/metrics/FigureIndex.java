package org.vfmworkbook.metrics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Published figures by area, measure and year. Where two files publish the same figure (a later workbook's
 * previous-year column and the earlier workbook itself), the file for the figure's own year wins; between two
 * previous-year columns, a published figure wins over a marker or a blank cell.
 */
public final class FigureIndex {

    private final Map<String, TreeMap<Integer, Figure>> byAreaAndMeasure = new HashMap<>();
    private final Map<String, TreeSet<Integer>> yearsPublished = new HashMap<>();

    public FigureIndex(Collection<Figure> figures) {
        for (Figure figure : figures) {
            TreeMap<Integer, Figure> years =
                    byAreaAndMeasure.computeIfAbsent(key(figure.areaCode(), figure.measureId()), k -> new TreeMap<>());
            years.merge(Figure.startYear(figure.year()), figure, FigureIndex::better);
            if (figure.status() != Figure.Status.BLANK) {
                yearsPublished
                        .computeIfAbsent(figure.measureId(), m -> new TreeSet<>())
                        .add(Figure.startYear(figure.year()));
            }
        }
    }

    private static Figure better(Figure held, Figure offered) {
        if (held.primary() != offered.primary()) {
            return held.primary() ? held : offered;
        }
        return !held.published() && offered.published() ? offered : held;
    }

    /** The figure for exactly this year. */
    public Optional<Figure> in(String areaCode, String measureId, String year) {
        TreeMap<Integer, Figure> years = byAreaAndMeasure.get(key(areaCode, measureId));
        return years == null ? Optional.empty() : Optional.ofNullable(years.get(Figure.startYear(year)));
    }

    /** The newest figure for this year or before it. */
    public Optional<Figure> latestAtOrBefore(String areaCode, String measureId, String year) {
        TreeMap<Integer, Figure> years = byAreaAndMeasure.get(key(areaCode, measureId));
        if (years == null) {
            return Optional.empty();
        }
        Map.Entry<Integer, Figure> entry = years.floorEntry(Figure.startYear(year));
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    /**
     * Whether any area has a figure (a value or a publisher's marker, not a blank cell) for this measure in this year,
     * or, when {@code orBefore}, in this year or an earlier one: when none has, the measure is not published for the
     * year, which is not the same as one council's figure being missing.
     */
    public boolean publishedFor(String measureId, String year, boolean orBefore) {
        TreeSet<Integer> years = yearsPublished.get(measureId);
        if (years == null) {
            return false;
        }
        int start = Figure.startYear(year);
        return orBefore ? years.floor(start) != null : years.contains(start);
    }

    private static String key(String areaCode, String measureId) {
        return areaCode + "|" + measureId;
    }
}
