package org.vfmworkbook.workbook;

import java.time.LocalDate;

/** A validated local figure: the council's own value for a metric, its source and the date it applies to. */
public record LocalFigureValues(String metricId, double value, String source, LocalDate asAt, String note) {}
