package org.vfmworkbook.findings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/** Actual against expected spend (the need model, step 2): one point per council in the group, alphabetical. */
@TemplateData
public record ScatterData(String title, String xTitle, String yTitle, List<Point> points) {

    /** A council's expected (x) and actual (y) spend. */
    @TemplateData
    public record Point(String label, double expected, double actual, boolean highlighted) {}

    public ScatterData {
        points = List.copyOf(points);
    }

    /** JSON for {@code js/app.js}: {@code {"type":"scatter","label","xLabel","points":[{x,y}],"labels","highlight"}}. */
    public String json() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "scatter");
        data.put("label", yTitle);
        data.put("xLabel", xTitle);
        data.put("labels", points.stream().map(Point::label).toList());
        data.put(
                "points",
                points.stream()
                        .map(p -> Map.of("x", p.expected(), "y", p.actual()))
                        .toList());
        int highlight = -1;
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).highlighted()) {
                highlight = i;
            }
        }
        data.put("highlight", highlight);
        return ChartData.write(data);
    }
}
