package org.vfmworkbook.peer;

import java.util.List;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.findings.ChartData;
import org.vfmworkbook.metrics.Unit;
import org.vfmworkbook.web.Table;

/**
 * A region's councils side by side, measure by measure, for one data year. Never ordered by value.
 *
 * @param anonymised the person asked for every council but their own as a letter
 * @param withheld some councils are letters because their directors have not released them to this person (ADR 0011)
 */
@TemplateData
public record RegionalView(
        String regionCode,
        String regionName,
        String year,
        boolean anonymised,
        boolean withheld,
        String viewerLabel,
        List<StepMeasures> steps) {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @TemplateData
    public record StepMeasures(int number, String title, String question, List<Measure> measures) {}

    /** One metric: every council's value in label order, with England's and the region's medians. */
    @TemplateData
    public record Measure(
            String id,
            String metricId,
            String title,
            Unit unit,
            ChartData chart,
            Table table,
            List<Row> rows,
            Double englandMedian,
            Double regionMedian,
            Double regionQ1,
            Double regionQ3) {

        /** The chart's JSON with England's median added as {@code england}, which the page draws as a grey line. */
        public String chartJson() {
            try {
                com.fasterxml.jackson.databind.node.ObjectNode json =
                        (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(chart.json());
                json.put("england", englandMedian);
                return JSON.writeValueAsString(json);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("Chart data could not be written as JSON", e);
            }
        }
    }

    /** A council's value as it appears in a table or CSV. {@code value} null means not available. */
    @TemplateData
    public record Row(String label, Double value, String formatted, String note, boolean viewer) {}
}
