package org.vfmworkbook.pdf;

import java.util.HashMap;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
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
