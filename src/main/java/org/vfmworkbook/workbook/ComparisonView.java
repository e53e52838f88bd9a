package org.vfmworkbook.workbook;

import java.util.List;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.web.Table;

/**
 * One comparison of a step as the data section shows it: the council's published value, a table of its comparator groups,
 * data-quality flags, and the council's local figure (shown beside, never in the statistics) with its form.
 */
@TemplateData
public record ComparisonView(String id, String metricId, String title, String councilName, String councilValue,
        String sourceYear, Table table, List<String> flags, LocalFigureView localFigure, String localFigureValue,
        String fieldPrefix, FormValues figureForm, boolean figureFormOpen) {

    public String field(String name) {
        return fieldPrefix + name;
    }

    public String figureSummary() {
        return localFigure == null ? "Add a local figure" : "Change your local figure";
    }

    public String figureLabel() {
        return "Your local figure for " + title.substring(0, 1).toLowerCase() + title.substring(1);
    }

    public String value(String name) {
        return figureForm.get(fieldPrefix + name);
    }
}
