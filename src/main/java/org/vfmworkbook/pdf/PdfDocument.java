package org.vfmworkbook.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.MultiColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.vfmworkbook.web.Table;

/**
 * The one PDF toolkit (issue J.1): an A4 document with DejaVu embedded, the running footer "… – page n of m", a draft mark
 * when asked, and the blocks every document here is made of: headings (kept with what follows them, never left at the foot
 * of a page), paragraphs of styled runs, boxes, a contents list with page numbers, tables with widths from their content,
 * findings tables and charts beside their tables. One document per instance: write it top to bottom, then {@link #finish()}.
 */
public final class PdfDocument {

    /** A piece of text in one style; optionally on a coloured ground, or a link to an anchor. */
    public record Run(String text, Style style, Color ground, String goTo) {
        public static Run of(String text, Style style) {
            return new Run(text, style, null, null);
        }
    }

    /** One line of a contents list: its text and the anchor of the heading it leads to. */
    public record ContentsLine(String text, String anchor) {}

    private static final float KEEP_WITH_NEXT_LINES = 4;
    private static volatile PdfFonts sharedFonts;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    private final Document document = new Document(PageSize.A4, 50, 50, 50, 60);
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final PdfTables tables;
    private final PdfCharts charts;
    private final ContentsPages contentsPages;
    private final Map<Style, Font> styles = new EnumMap<>(Style.class);
    private final List<Paragraph> pendingHeadings = new ArrayList<>();

    public PdfDocument(PdfSetup setup) {
        fonts = fonts();
        tables = new PdfTables(fonts);
        charts = new PdfCharts(fonts, setup.chartWords());
        contentsPages = new ContentsPages(fonts);
        writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageDecorations(fonts, setup.footer(), setup.pageOf(), setup.draftMark()));
        writer.setPageEvent(contentsPages);
        document.addTitle(setup.title());
        document.addAuthor(setup.author());
        if (setup.subject() != null) {
            document.addSubject(setup.subject());
        }
        document.addCreator("VfM Workbook");
        document.open();
    }

    private static PdfFonts fonts() {
        if (sharedFonts == null) {
            sharedFonts = PdfFonts.load();
        }
        return sharedFonts;
    }

    public Font font(Style style) {
        return styles.computeIfAbsent(style, s -> fonts.font(s.size, s.bold, s.colour));
    }

    /**
     * A heading of level 1, 2 or 3 in {@code style}, with space before it; {@code anchor} (may be null) is where contents lines
     * and links lead, and records the page it lands on. It is written with the next block, on the next page if the two would
     * not start together on this one.
     */
    public void heading(Style style, String text, String anchor, float spaceBefore) {
        Font font = font(style);
        Chunk chunk = new Chunk(text == null ? "" : text, font);
        if (anchor != null) {
            chunk.setLocalDestination(anchor);
            chunk.setGenericTag(anchor);
        }
        Paragraph p = new Paragraph(font.getSize() * 1.25f);
        p.add(chunk);
        p.setSpacingBefore(spaceBefore);
        p.setSpacingAfter(font.getSize() * 0.5f);
        p.setKeepTogether(true);
        pendingHeadings.add(p);
    }

    /** A heading at {@code level} (1, 2 or 3) in the house styles. */
    public void heading(int level, String text) {
        heading(level == 1 ? Style.H1 : level == 2 ? Style.H2 : Style.H3, text, null, level == 1 ? 4 : 8);
    }

    /** A paragraph of runs in one leading, with {@code spaceAfter} points beneath it. */
    public void paragraph(float spaceAfter, Run... runs) {
        add(paragraphOf(spaceAfter, runs));
    }

    public void text(String text, Style style, float spaceAfter) {
        paragraph(spaceAfter, Run.of(text, style));
    }

    public void text(String text) {
        text(text, Style.BODY, 6);
    }

    /** Greyed text: "Not yet answered", "None recorded". */
    public void mutedText(String text) {
        text(text, Style.MUTED, 6);
    }

    /** A bold label then text on one line: "Judgement: Amber". */
    public void labelled(String label, String text) {
        paragraph(6, Run.of(label + ": ", Style.BOLD), Run.of(text == null ? "" : text, Style.BODY));
    }

    /** Text set off by a rule on its left ({@code rule} colour, {@code width} points): a note, a reply, a warning. */
    public void boxed(Color rule, float width, float padding, float spaceBefore, Run... runs) {
        PdfPTable box = PdfTables.table(new float[] {100}, 100);
        PdfPCell cell = new PdfPCell();
        cell.addElement(paragraphOf(2, runs));
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(width);
        cell.setBorderColorLeft(rule);
        cell.setPadding(padding);
        box.addCell(cell);
        box.setKeepTogether(true); // a note or a reply is never split across pages
        box.setSpacingBefore(spaceBefore);
        box.setSpacingAfter(6);
        add(box);
    }

    /** A reply beneath a challenge: label and text set off by a grey rule. */
    public void indented(String label, String text) {
        boxed(Style.Palette.RULE, 4, 6, 0, Run.of(label + ": ", Style.BOLD), Run.of(text, Style.BODY));
    }

    /** Key and value pairs in two columns (the cover's facts); {@code tight} sets them closer. */
    public void facts(List<List<String>> pairs, float widthPercent, boolean tight) {
        add(PdfTables.facts(pairs, widthPercent, tight, font(Style.BOLD), font(Style.BODY)));
    }

    /** A numbered contents list, each line a link to its heading with the page number the heading lands on. */
    public void contents(List<ContentsLine> lines) {
        add(contentsPages.table(lines, font(Style.BODY), writer.getDirectContent()));
    }

    /** The page a heading with {@code anchor} landed on, once written; null before. */
    public Integer pageOf(String anchor) {
        return contentsPages.page(anchor);
    }

    /** A plain table: header row repeated, widths from the content, {@code numeric} columns right-aligned. */
    public void table(List<String> head, List<List<String>> rows, boolean[] numeric) {
        table(head, rows, numeric, false);
    }

    /** A plain table, or in 7 pt with tighter padding ({@code compact}) where a summary must keep to its pages. */
    public void table(List<String> head, List<List<String>> rows, boolean[] numeric, boolean compact) {
        PdfPTable table =
                compact ? tables.compact(head, rows, numeric, width()) : tables.plain(head, rows, numeric, width());
        table.setSpacingAfter(6);
        add(table);
    }

    /** A compact table in small type, a row to a line where the columns fit (see {@code PdfTables.compact}). */
    public void compactTable(Table data) {
        PdfPTable table = tables.compact(PdfTables.head(data), PdfTables.body(data), PdfTables.numeric(data), width());
        table.setSpacingAfter(3);
        add(table);
    }

    /** A findings table across the page: caption above, header row repeated, the council's row shaded. */
    public void dataTable(Table data, float spaceBefore) {
        PdfPTable table = tables.dataTable(data, 100, true);
        table.setSpacingBefore(spaceBefore);
        add(table);
    }

    /** Paragraphs in two columns, flowing on from here. */
    public void columns(List<Run[]> paragraphs, float spaceAfter) {
        MultiColumnText columns = new MultiColumnText();
        columns.addRegularColumns(document.left(), document.right(), 14, 2);
        try {
            for (Run[] runs : paragraphs) {
                Paragraph p = paragraphOf(spaceAfter, runs);
                p.setLeading(runs[0].style().size * 1.25f);
                columns.addElement(p);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Columns could not be laid out: " + e.getMessage(), e);
        }
        add(columns);
    }

    /** A figure: its heading, the chart on the left and its table on the right, kept together (see {@link Figure}). */
    public void figure(Figure figure) {
        add(Figures.layout(figure, this, tables, charts, writer.getDirectContent()));
    }

    /** A Theory of Change drawn in the rest of this page; what follows starts on the next. */
    public void diagram(TheoryOfChangeDiagram diagram) {
        flushHeadings(null);
        float top = writer.getVerticalPosition(false);
        diagram.draw(writer.getDirectContent(), fonts, document.left(), document.bottom(), document.right(), top);
        document.newPage();
    }

    /** The width between the margins, in points. */
    public float width() {
        return document.right() - document.left();
    }

    public void newPage() {
        flushHeadings(null);
        document.newPage();
    }

    /** Closes the document (filling in the page count and the contents' page numbers) and returns its bytes. */
    public byte[] finish() {
        flushHeadings(null);
        document.close();
        return out.toByteArray();
    }

    Paragraph paragraphOf(float spaceAfter, Run... runs) {
        Paragraph p = new Paragraph(runs.length == 0 ? 10 : runs[0].style().size * 1.35f);
        for (Run run : runs) {
            Chunk chunk = new Chunk(run.text() == null ? "" : run.text(), font(run.style()));
            if (run.ground() != null) {
                chunk.setBackground(run.ground(), 2, 2, 2, 2);
            }
            if (run.goTo() != null) {
                chunk.setLocalGoto(run.goTo());
            }
            p.add(chunk);
        }
        p.setSpacingAfter(spaceAfter);
        return p;
    }

    private void add(Element element) {
        flushHeadings(element);
        write(element);
    }

    /**
     * Keep with next: the headings waiting and the start of {@code next} (a kept-together table whole, the header and first
     * row of another, about three lines of text) must fit in what is left of the page, or all move to the next.
     */
    private void flushHeadings(Element next) {
        if (pendingHeadings.isEmpty()) {
            return;
        }
        float needed = 0;
        for (Paragraph p : pendingHeadings) {
            needed += p.getTotalLeading() + p.getSpacingBefore() + p.getSpacingAfter();
        }
        needed += next == null
                ? 0
                : KeepWithNext.startHeight(next, document.right() - document.left(), KEEP_WITH_NEXT_LINES);
        float top = writer.getVerticalPosition(false);
        boolean pageIsEmpty = top >= document.top() - 1;
        if (!pageIsEmpty && top - needed < document.bottom()) {
            document.newPage();
        }
        List<Paragraph> headings = List.copyOf(pendingHeadings);
        pendingHeadings.clear();
        headings.forEach(this::write);
    }

    private void write(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be laid out: " + e.getMessage(), e);
        }
    }
}
