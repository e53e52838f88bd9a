package org.vfmworkbook.nationaldata;

/** What a published cell held. Markers are kept, never turned into zero. */
public enum ValueStatus {
    PUBLISHED,
    /** "[x]": not submitted by the council. */
    NOT_SUBMITTED,
    /** "[c]": suppressed by the publisher (fewer than 5). */
    SUPPRESSED,
    /** An empty cell in a row that is otherwise present. */
    BLANK
}
