package org.vfmworkbook.nationaldata;

/**
 * A stored figure as the metrics read it. {@code primary} is true when the figure comes from the file
 * for its own year (not a previous-year column of a later file), which wins when both exist.
 */
public record PublishedFigure(
        String year,
        String areaCode,
        String measureId,
        Double value,
        ValueStatus status,
        String source,
        DatasetKind kind,
        boolean primary) {}
