package org.vfmworkbook.findings;

import io.quarkus.qute.TemplateData;

/**
 * One year of a trend: the council's figure, the median of its region's councils and of England's councils (the app's
 * own medians over the councils with a figure that year), and whether the council's figure rests on small numbers.
 */
@TemplateData
public record TrendPoint(
        String year, Double council, Double regionMedian, Double englandMedian, boolean smallNumbers) {}
