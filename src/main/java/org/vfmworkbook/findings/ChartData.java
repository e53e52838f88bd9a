package org.vfmworkbook.findings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateData;

import org.vfmworkbook.metrics.Unit;

/**
 * A bar chart: the comparator group's councils in alphabetical order (never by value: this is not a league table),
 * the council highlighted, with the group's median and quartiles for reference lines.
 */
@TemplateData
public record ChartData(String title, Unit unit, List<ChartPoint> points, Double median, Double q1, Double q3) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ChartData {
        points = List.copyOf(points);
    }

    /** Index of the highlighted point, or -1. */
    public int highlight() {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).highlighted()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The JSON {@code js/app.js} draws: {@code {"label","labels","values","highlight"}}, plus median, q1 and q3 for
     * reference lines.
     */
    public String json() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "bar");
        data.put("label", UnitFormat.axisTitle(unit));
        data.put("labels", points.stream().map(ChartPoint::label).toList());
        data.put("values", points.stream().map(ChartPoint::value).toList());
        data.put("highlight", highlight());
        data.put("median", median);
        data.put("q1", q1);
        data.put("q3", q3);
        return write(data);
    }

    static String write(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart data could not be written as JSON", e);
        }
    }
}
