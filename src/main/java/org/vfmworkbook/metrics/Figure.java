package org.vfmworkbook.metrics;

/**
 * One published figure as the calculations see it: a value (or none) with its status, year and source cell.
 * {@code published} is false for markers such as "[x]" and "[c]", which are never read as zero.
 */
public record Figure(
        String year, String areaCode, String measureId, Double value, Status status, String source, boolean primary) {

    public enum Status {
        PUBLISHED,
        NOT_SUBMITTED,
        SUPPRESSED,
        BLANK
    }

    public boolean published() {
        return status == Status.PUBLISHED && value != null;
    }

    /** The first calendar year of a data year: 2021 for "2021-22", 2019 for "2019". */
    public static int startYear(String year) {
        return Integer.parseInt(year.substring(0, 4));
    }
}
