package org.vfmworkbook.workbook;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateData;

import org.vfmworkbook.findings.ComparisonFinding;
import org.vfmworkbook.findings.FigureYears;

/**
 * One comparison of a step as the data section shows it: the finding (sentence, chart and table, flags) from the findings
 * package, and the council's local figure, shown beside the published value and never in the statistics, with its form.
 */
@TemplateData
public record ComparisonView(
        ComparisonFinding finding,
        RawString findingHtml,
        LocalFigureView localFigure,
        String localFigureValue,
        String fieldPrefix,
        FormValues figureForm,
        boolean figureFormOpen) {

    public String id() {
        return finding.id();
    }

    public String title() {
        return finding.metricTitle();
    }

    /** The published value in its unit ("£515"), or "Not available". */
    public String publishedValue() {
        return finding.formattedValue();
    }

    public String publishedYear() {
        return FigureYears.of(finding.value());
    }

    public String field(String name) {
        return fieldPrefix + name;
    }

    public String figureSummary() {
        return localFigure == null ? "Add a local figure" : "Change your local figure";
    }

    public String figureLabel() {
        String title = title();
        return "Your local figure for " + title.substring(0, 1).toLowerCase() + title.substring(1);
    }

    public String value(String name) {
        return figureForm.get(fieldPrefix + name);
    }
}
