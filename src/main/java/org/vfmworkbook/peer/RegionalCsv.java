package org.vfmworkbook.peer;

import jakarta.enterprise.context.ApplicationScoped;

/** The regional view as CSV: one row per council and measure, in the view's order (never by value). */
@ApplicationScoped
public class RegionalCsv {

    public String write(RegionalView view) {
        StringBuilder out = new StringBuilder("region,year,step,metric,council,value,note\n");
        for (RegionalView.StepMeasures step : view.steps()) {
            for (RegionalView.Measure measure : step.measures()) {
                for (RegionalView.Row row : measure.rows()) {
                    out.append(field(view.regionName()))
                            .append(',')
                            .append(view.year())
                            .append(',')
                            .append(step.number())
                            .append(',')
                            .append(measure.metricId())
                            .append(',')
                            .append(field(row.label()))
                            .append(',')
                            .append(row.value() == null ? "" : row.value().toString())
                            .append(',')
                            .append(field(row.note() == null ? "" : row.note()))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    static String field(String text) {
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text; // no spreadsheet formula injection
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
