package org.vfmworkbook.findings;

import io.quarkus.qute.TemplateData;

/** One bar: a council (or a year, on a trend) and its value; {@code highlighted} marks the council the page is about. */
@TemplateData
public record ChartPoint(String label, Double value, boolean highlighted) {}
