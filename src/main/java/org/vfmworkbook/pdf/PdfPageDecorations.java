package org.vfmworkbook.pdf;

import java.awt.Color;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * On every page: the running footer "Kent – 2021-22 – page n of m" (m filled in when the document closes) and,
 * until the workbook is signed off, a diagonal "DRAFT" behind the text and "DRAFT" in the header.
 */
final class PdfPageDecorations extends PdfPageEventHelper {

    private static final float FOOTER_SIZE = 8;
    private static final Color GREY = Style.Palette.GREY;
    private static final Color DRAFT_RED = Style.Palette.RED;

    private final PdfFonts fonts;
    private final String footerBeforeNumber;
    private final String footerBetween;
    private final String draftMark;
    private PdfTemplate total;

    /** {@code pageOf} is the wording "page {n} of {m}". */
    PdfPageDecorations(PdfFonts fonts, String footer, String pageOf, String draftMark) {
        this.fonts = fonts;
        int n = pageOf.indexOf("{n}");
        this.footerBeforeNumber = footer + " – " + pageOf.substring(0, n);
        this.footerBetween = pageOf.substring(n + 3, pageOf.indexOf("{m}"));
        this.draftMark = draftMark;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, FOOTER_SIZE + 4);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Rectangle page = document.getPageSize();
        PdfContentByte over = writer.getDirectContent();
        String text = footerBeforeNumber + writer.getPageNumber() + footerBetween;
        float width = fonts.regular.getWidthPoint(text, FOOTER_SIZE);
        float x = document.left();
        float y = document.bottom() - 28;
        over.saveState();
        over.setColorStroke(GREY);
        over.setLineWidth(0.5f);
        over.moveTo(document.left(), y + 12);
        over.lineTo(document.right(), y + 12);
        over.stroke();
        over.beginText();
        over.setFontAndSize(fonts.regular, FOOTER_SIZE);
        over.setColorFill(GREY);
        over.setTextMatrix(x, y);
        over.showText(text);
        over.endText();
        over.addTemplate(total, x + width, y);
        over.restoreState();
        if (draftMark != null) {
            drawDraft(writer, document, page);
        }
    }

    private void drawDraft(PdfWriter writer, Document document, Rectangle page) {
        PdfContentByte under = writer.getDirectContentUnder();
        under.saveState();
        PdfGState faint = new PdfGState();
        faint.setFillOpacity(0.12f);
        under.setGState(faint);
        under.beginText();
        under.setFontAndSize(fonts.bold, 110);
        under.setColorFill(DRAFT_RED);
        under.showTextAligned(Element.ALIGN_CENTER, draftMark, page.getWidth() / 2, page.getHeight() / 2 - 40, 50);
        under.endText();
        under.restoreState();
        PdfContentByte over = writer.getDirectContent();
        over.saveState();
        over.beginText();
        over.setFontAndSize(fonts.bold, 9);
        over.setColorFill(DRAFT_RED);
        over.showTextAligned(Element.ALIGN_RIGHT, draftMark, document.right(), document.top() + 18, 0);
        over.endText();
        over.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(fonts.regular, FOOTER_SIZE);
        total.setColorFill(GREY);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
