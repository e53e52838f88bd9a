package org.vfmworkbook.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** Lays a {@link Figure} out as one kept-together table. */
final class Figures {

    private static final float DRAWN_WIDTH = 300;

    private Figures() {}

    static PdfPTable layout(Figure f, PdfDocument doc, PdfTables tables, PdfCharts charts, PdfContentByte canvas) {
        if (f.chart() != null && f.chartShare() >= 100) {
            return across(f, doc, tables, charts, canvas);
        }
        PdfPTable pair = PdfTables.table(new float[] {f.chartShare(), 100 - f.chartShare()}, 100);
        pair.setKeepTogether(true);
        PdfPCell heading = PdfTables.cell(new Phrase(f.heading(), doc.font(Style.H3)), Element.ALIGN_LEFT);
        heading.setColspan(2);
        heading.setPaddingTop(6);
        heading.setPaddingBottom(4);
        pair.addCell(heading);
        PdfPCell right = new PdfPCell();
        right.setBorder(Rectangle.NO_BORDER);
        if (f.chart() == null) {
            right.setColspan(2);
            right.addElement(tables.dataTable(f.table(), 60, f.tableCaption()));
        } else {
            try {
                pair.addCell(PdfTables.chartCell(f.chart().draw(charts, canvas, DRAWN_WIDTH, f.chartHeight())));
            } catch (BadElementException e) {
                throw new IllegalStateException("A chart could not be drawn: " + e.getMessage(), e);
            }
            right.addElement(tables.dataTable(f.table(), 100, f.tableCaption()));
        }
        if (f.note() != null) {
            right.addElement(doc.paragraphOf(0, PdfDocument.Run.of(f.note(), Style.NOTE)));
        }
        pair.addCell(right);
        pair.setSpacingAfter(4);
        return pair;
    }

    /**
     * The heading, the chart across the page at its own size, the table under it (columns as wide as their words, the rest
     * to the columns with most text, so a note does not wrap to three lines) and the note.
     */
    private static PdfPTable across(
            Figure f, PdfDocument doc, PdfTables tables, PdfCharts charts, PdfContentByte canvas) {
        PdfPTable figure = PdfTables.table(new float[] {1}, 100);
        figure.setKeepTogether(true);
        PdfPCell heading = PdfTables.cell(new Phrase(f.heading(), doc.font(Style.H3)), Element.ALIGN_LEFT);
        heading.setPaddingTop(6);
        heading.setPaddingBottom(2);
        figure.addCell(heading);
        try {
            PdfPCell chart = new PdfPCell(f.chart().draw(charts, canvas, doc.width(), f.chartHeight()), false);
            chart.setBorder(Rectangle.NO_BORDER);
            chart.setPaddingBottom(2);
            figure.addCell(chart);
        } catch (BadElementException e) {
            throw new IllegalStateException("A chart could not be drawn: " + e.getMessage(), e);
        }
        PdfPCell under = new PdfPCell();
        under.setBorder(Rectangle.NO_BORDER);
        under.addElement(tables.plain(
                PdfTables.head(f.table()), PdfTables.body(f.table()), PdfTables.numeric(f.table()), doc.width()));
        if (f.note() != null) {
            under.addElement(doc.paragraphOf(2, PdfDocument.Run.of(f.note(), Style.NOTE)));
        }
        figure.addCell(under);
        figure.setSpacingAfter(4);
        return figure;
    }
}
