package org.vfmworkbook.report;

import org.vfmworkbook.pdf.PdfDocument;
import org.vfmworkbook.pdf.Style;

/**
 * The members' table of what has changed in the key measures ({@link ReportTrends.Changes}): a heading, one sentence, the
 * table in small type with columns as wide as their words, and what its marks mean.
 */
final class PdfReportChanges {

    private PdfReportChanges() {}

    static void write(PdfDocument pdf, ReportTrends.Changes changes) {
        pdf.heading(Style.H2, ReportTrends.WORDS.get("changesHeading"), "changes", 10);
        pdf.text(ReportTrends.WORDS.get("changesIntro"), Style.NOTE, 2);
        if (changes.table() != null) {
            pdf.compactTable(changes.table());
        }
        for (String note : changes.notes()) {
            pdf.text(note, Style.NOTE, 0);
        }
    }
}
