package org.vfmworkbook.findings;

/** One area's figure for one year of a metric's series, with the counts it was built from (null when published as a rate). */
record SeriesValue(Double value, Double numerator, Double denominator) {}
