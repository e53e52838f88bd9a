package org.vfmworkbook.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

/** How much of an element must fit below a heading for the two to start on the same page. */
final class KeepWithNext {
    private KeepWithNext() {}

    static float startHeight(Element next, float width, float lines) {
        if (next instanceof PdfPTable table) {
            if (table.getTotalWidth() <= 0) {
                table.setTotalWidth(width * table.getWidthPercentage() / 100);
            }
            if (table.isLockedWidth() || table.getTotalWidth() > 0) {
                float height = table.getKeepTogether() ? table.getTotalHeight() : rows(table);
                return height + table.spacingBefore();
            }
        }
        if (next instanceof Paragraph p) {
            return p.getTotalLeading() * lines + p.getSpacingBefore();
        }
        return 40;
    }

    /** The header rows and the first body row. */
    private static float rows(PdfPTable table) {
        float height = 0;
        int upTo = Math.min(table.size(), table.getHeaderRows() + 1);
        for (int i = 0; i < upTo; i++) {
            height += table.getRowHeight(i);
        }
        return height;
    }
}
