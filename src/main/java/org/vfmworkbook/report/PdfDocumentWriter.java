package org.vfmworkbook.report;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.vfmworkbook.findings.ChartData;
import org.vfmworkbook.web.Table;

/**
 * The report's PDF building blocks for other documents (the peer-challenge session pack): A4, DejaVu embedded, the running
 * footer "… – page n of m" and no draft mark, the report's headings, text, findings tables and charts drawn beside their
 * tables. One document per instance: write it top to bottom, then {@link #finish()}.
 */
public final class PdfDocumentWriter {

    private static volatile PdfFonts sharedFonts;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    private final Document document = new Document(PageSize.A4, 50, 50, 50, 60);
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final PdfTables tables;
    private final Font title;
    private final Font h1;
    private final Font h2;
    private final Font h3;
    private final Font body;
    private final Font bodyBold;
    private final Font muted;
    private final Font note;

    /**
     * @param footer the footer's words before the page numbers, for example "North East – 2021-22"
     */
    public PdfDocumentWriter(String documentTitle, String author, String footer) {
        fonts = fonts();
        tables = new PdfTables(fonts);
        title = fonts.font(22, true, PdfTables.INK);
        h1 = fonts.font(17, true, PdfTables.INK);
        h2 = fonts.font(12.5f, true, PdfTables.INK);
        h3 = fonts.font(10.5f, true, PdfTables.INK);
        body = fonts.font(10, false, PdfTables.INK);
        bodyBold = fonts.font(10, true, PdfTables.INK);
        muted = fonts.font(10, false, PdfTables.GREY);
        note = fonts.font(7.5f, false, PdfTables.GREY);
        writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageDecorations(fonts, footer, "page {n} of {m}", null));
        document.addTitle(documentTitle);
        document.addAuthor(author);
        document.addCreator("VfM Workbook");
        document.open();
    }

    private static PdfFonts fonts() {
        if (sharedFonts == null) {
            sharedFonts = PdfFonts.load();
        }
        return sharedFonts;
    }

    public void title(String text) {
        add(paragraph(text, title, 10));
    }

    /** A heading; level 1, 2 or 3. */
    public void heading(int level, String text) {
        Font font = level == 1 ? h1 : level == 2 ? h2 : h3;
        Paragraph p = paragraph(text, font, font.getSize() * 0.5f);
        p.setSpacingBefore(level == 1 ? 4 : 8);
        p.setKeepTogether(true);
        add(p);
    }

    public void text(String text) {
        add(paragraph(text, body, 6));
    }

    /** Greyed text: "Not yet answered", "None recorded". */
    public void mutedText(String text) {
        add(paragraph(text, muted, 6));
    }

    /** A bold label then text on one line: "Judgement: Amber". */
    public void labelled(String label, String text) {
        Paragraph p = paragraph(null, body, 6);
        p.add(new Chunk(label + ": ", bodyBold));
        p.add(new Chunk(text == null ? "" : text, body));
        add(p);
    }

    /** Text set off by a grey rule on its left, for a reply beneath a challenge. */
    public void indented(String label, String text) {
        Paragraph p = paragraph(null, body, 2);
        p.add(new Chunk(label + ": ", bodyBold));
        p.add(new Chunk(text == null ? "" : text, body));
        PdfPTable box = PdfTables.table(new float[] {100}, 100);
        PdfPCell cell = new PdfPCell();
        cell.addElement(p);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(4);
        cell.setBorderColorLeft(PdfTables.RULE);
        cell.setPadding(6);
        box.addCell(cell);
        box.setSpacingAfter(6);
        add(box);
    }

    /** The chart on the left, its table (the chart's text alternative) on the right, kept together; a note beneath. */
    public void chartBesideTable(String heading, ChartData chart, Double englandMedian, Table table, String noteText) {
        PdfPTable pair = PdfTables.table(new float[] {58, 42}, 100);
        pair.setKeepTogether(true);
        PdfPCell head = PdfTables.cell(new Phrase(heading, h3), Element.ALIGN_LEFT);
        head.setColspan(2);
        head.setPaddingTop(6);
        head.setPaddingBottom(4);
        pair.addCell(head);
        try {
            pair.addCell(PdfTables.chartCell(
                    PdfCharts.drawBars(writer.getDirectContent(), fonts, chart, englandMedian, 290, 200)));
        } catch (DocumentException e) {
            throw new IllegalStateException("A chart could not be drawn: " + e.getMessage(), e);
        }
        PdfPCell right = new PdfPCell();
        right.setBorder(Rectangle.NO_BORDER);
        right.addElement(tables.dataTable(table, 100));
        right.addElement(paragraph(noteText, note, 0));
        pair.addCell(right);
        pair.setSpacingAfter(6);
        add(pair);
    }

    /** A plain table with a header row repeated across pages, every column text. */
    public void table(List<String> head, List<List<String>> rows, float[] widths) {
        PdfPTable table = PdfTables.table(widths, 100);
        table.setHeaderRows(1);
        head.forEach(h -> table.addCell(tables.headCell(h, false)));
        rows.forEach(row -> row.forEach(cell -> table.addCell(tables.bodyCell(cell, false))));
        table.setSpacingAfter(6);
        add(table);
    }

    public void newPage() {
        document.newPage();
    }

    /** Closes the document (filling in the page count) and returns its bytes. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private Paragraph paragraph(String text, Font font, float spaceAfter) {
        Paragraph p = new Paragraph(text == null ? "" : text, font);
        p.setLeading(font.getSize() * 1.35f);
        p.setSpacingAfter(spaceAfter);
        return p;
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be laid out: " + e.getMessage(), e);
        }
    }
}
