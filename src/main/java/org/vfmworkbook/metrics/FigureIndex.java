package org.vfmworkbook.metrics;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Published figures by area, measure and year. Where two files publish the same figure (a later workbook's
 * previous-year column and the earlier workbook itself), the file for the figure's own year wins.
 */
public final class FigureIndex {

    private final Map<String, TreeMap<Integer, Figure>> byAreaAndMeasure = new HashMap<>();

    public FigureIndex(Collection<Figure> figures) {
        for (Figure figure : figures) {
            TreeMap<Integer, Figure> years =
                    byAreaAndMeasure.computeIfAbsent(key(figure.areaCode(), figure.measureId()), k -> new TreeMap<>());
            years.merge(Figure.startYear(figure.year()), figure, (held, offered) -> held.primary() ? held : offered);
        }
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

    private static String key(String areaCode, String measureId) {
        return areaCode + "|" + measureId;
    }
}
