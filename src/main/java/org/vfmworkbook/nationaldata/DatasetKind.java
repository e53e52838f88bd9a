package org.vfmworkbook.nationaldata;

/** The kinds of published file the importer understands. */
public enum DatasetKind {
    /** mySociety's register of council names, codes and changes (CSV). */
    COUNCIL_REGISTER,
    /** NHS Digital's ASC-FR and SALT data tables workbook (xlsx), one per financial year. */
    ASCFR_SALT,
    /** English Indices of Deprivation, upper-tier summaries (xlsx). */
    IMD,
    /** ONS mid-year population estimates by single year of age (xls). */
    POPULATION,
    /** NHS Digital's ASCOF open data file (xlsx, long format). */
    ASCOF,
    /**
     * Oflog's adult social care measures, 2015-16 onwards (CSV, long format), for the trend view. Labelled by the
     * latest year it holds; its years are not data years of the app.
     */
    OFLOG_ASC
}
