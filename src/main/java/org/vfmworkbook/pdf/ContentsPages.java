package org.vfmworkbook.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The page numbers of a contents list, in one pass (issue I.7): each contents line holds an empty template where its page
 * number goes; each heading with an anchor carries a generic tag, and when OpenPDF places it on a page the number is written
 * into the template. A heading never placed leaves its line without a number.
 */
final class ContentsPages extends PdfPageEventHelper {

    static final float WIDTH = 28;
    private static final float SIZE = 10;

    private final PdfFonts fonts;
    private final Map<String, PdfTemplate> numbers = new HashMap<>();
    private final Map<String, Integer> pages = new HashMap<>();

    ContentsPages(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** The template that will show the page the heading {@code anchor} lands on. */
    PdfTemplate placeholder(PdfContentByte canvas, String anchor) {
        return numbers.computeIfAbsent(anchor, a -> canvas.createTemplate(WIDTH, SIZE + 2));
    }

    /** The contents list: numbered lines, each a link to its heading, its page number at the right. */
    PdfPTable table(List<PdfDocument.ContentsLine> lines, Font font, PdfContentByte canvas) {
        PdfPTable table = PdfTables.table(new float[] {92, 8}, 100);
        int i = 1;
        for (PdfDocument.ContentsLine line : lines) {
            Phrase phrase = new Phrase();
            phrase.add(new Chunk(i++ + ".  ", font));
            phrase.add(new Chunk(line.text(), font).setLocalGoto(line.anchor()));
            PdfPCell text = PdfTables.cell(phrase, Element.ALIGN_LEFT);
            text.setPadding(2);
            table.addCell(text);
            PdfPCell page;
            try {
                page = new PdfPCell(Image.getInstance(placeholder(canvas, line.anchor())), false);
            } catch (BadElementException e) {
                throw new IllegalStateException("A page number could not be placed: " + e.getMessage(), e);
            }
            page.setBorder(Rectangle.NO_BORDER);
            page.setHorizontalAlignment(Element.ALIGN_RIGHT);
            page.setPadding(2);
            page.setPaddingTop(4);
            table.addCell(page);
        }
        return table;
    }

    /** The page a heading landed on, once placed. */
    Integer page(String anchor) {
        return pages.get(anchor);
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle where, String anchor) {
        if (pages.putIfAbsent(anchor, writer.getPageNumber()) != null) {
            return;
        }
        PdfTemplate template = numbers.get(anchor);
        if (template != null) {
            template.beginText();
            template.setFontAndSize(fonts.regular, SIZE);
            template.setColorFill(Style.Palette.INK);
            template.showTextAligned(Element.ALIGN_RIGHT, String.valueOf(writer.getPageNumber()), WIDTH, 2, 0);
            template.endText();
        }
    }
}
