package org.vfmworkbook.nationaldata;

/**
 * Decides, while a sheet is being streamed, which rows to keep: a row that is not kept is never stored, so a
 * long file of which a few measures are wanted (ASCOF's 49,000 rows) costs the parse and no more.
 */
@FunctionalInterface
interface RowFilter {

    /** Keeps every row. */
    RowFilter ALL = row -> true;

    /** @param row the row just read: its number and its cells' raw text */
    boolean keep(RowBuffer row);
}
