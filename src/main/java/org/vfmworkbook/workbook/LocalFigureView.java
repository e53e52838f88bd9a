package org.vfmworkbook.workbook;

import java.time.LocalDate;

import io.quarkus.qute.TemplateData;

/** The council's own figure for a metric: never part of comparator statistics. */
@TemplateData
public record LocalFigureView(String metricId, double value, String source, LocalDate asAt, String note, long version) {

    static LocalFigureView of(LocalFigure figure) {
        return new LocalFigureView(
                figure.metricId, figure.value, figure.source, figure.asAt, figure.note, figure.version);
    }
}
