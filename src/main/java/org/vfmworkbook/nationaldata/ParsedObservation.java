package org.vfmworkbook.nationaldata;

/** One published figure as read, before it is stored. {@code source} is e.g. "T16!J22". */
record ParsedObservation(
        String year, String areaCode, String measureId, Double value, ValueStatus status, String source) {}
