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
     * Oflog's adult social care measures, 2015-16 onwards (CSV, long format). Labelled by the latest year it holds;
     * each of its financial years is a data year of its own.
     */
    OFLOG_ASC,
    /** ONS Annual Survey of Hours and Earnings, Table 8.7a, annual pay by place of residence (xls), one per survey year. */
    ASHE_PAY
}
