package org.vfmworkbook.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import org.vfmworkbook.web.Table;
import org.vfmworkbook.web.TableCell;
import org.vfmworkbook.web.TableRow;

/**
 * The table styles every PDF here shares (the report, the peer-challenge session pack): a findings table with its caption
 * and header rows repeated across pages, the highlighted row bold and shaded; plain cells, header cells and body cells.
 */
final class PdfTables {

    static final Color INK = Style.Palette.INK;
    static final Color RULE = Style.Palette.RULE;
    static final Color SHADE = Style.Palette.SHADE;
    private static final float PADDING = 3;

    private final PdfFonts fonts;
    private final Font small;
    private final Font smallBold;
    private final Font compact;
    private final Font compactBold;

    PdfTables(PdfFonts fonts) {
        this.fonts = fonts;
        this.small = fonts.font(8, false, INK);
        this.smallBold = fonts.font(8, true, INK);
        this.compact = fonts.font(7.5f, false, INK);
        this.compactBold = fonts.font(7.5f, true, INK);
    }

    /**
     * A findings table; {@code withCaption} false leaves the caption out (where the heading above already gives it) and sets the
     * rows compactly, for a table beside a chart with its values on one line.
     */
    PdfPTable dataTable(Table data, float widthPercent, boolean withCaption) {
        int columns = data.head().size();
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = i == 0 ? (withCaption ? 2f : 1.4f) : 1f;
        }
        PdfPTable table = table(widths, widthPercent);
        if (withCaption) {
            PdfPCell captionCell = cell(new Phrase(data.caption(), smallBold), Element.ALIGN_LEFT);
            captionCell.setColspan(columns);
            captionCell.setPaddingBottom(4);
            table.addCell(captionCell);
        }
        for (TableCell head : data.head()) {
            table.addCell(headCell(head.text(), head.numeric()));
        }
        table.setHeaderRows(withCaption ? 2 : 1);
        for (TableRow row : data.rows()) {
            for (TableCell c : row.cells()) {
                Font font = withCaption
                        ? (row.highlighted() ? smallBold : small)
                        : (row.highlighted() ? compactBold : compact);
                PdfPCell cell =
                        cell(new Phrase(c.text(), font), c.numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(RULE);
                if (row.highlighted()) {
                    cell.setBackgroundColor(SHADE);
                }
                if (!withCaption) {
                    cell.setPaddingTop(1);
                    cell.setPaddingBottom(2);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    /** A table's heading texts, body texts and which columns are numeric, for the plain and compact tables. */
    static List<String> head(Table table) {
        return table.head().stream().map(TableCell::text).toList();
    }

    static List<List<String>> body(Table table) {
        return table.rows().stream()
                .map(r -> r.cells().stream().map(TableCell::text).toList())
                .toList();
    }

    static boolean[] numeric(Table table) {
        boolean[] numeric = new boolean[table.head().size()];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = table.head().get(i).numeric();
        }
        return numeric;
    }

    static PdfPTable table(float[] widths, float widthPercent) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(widthPercent);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSplitLate(false);
        table.setSplitRows(true);
        return table;
    }

    static PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(PADDING);
        cell.setLeading(0, 1.25f);
        return cell;
    }

    /** A chart in the left cell of a chart-beside-table pair, scaled to the cell, a gap on its right. */
    static PdfPCell chartCell(com.lowagie.text.Image chart) {
        PdfPCell cell = new PdfPCell(chart, true);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingRight(8);
        return cell;
    }

    /**
     * A plain table across {@code totalWidth} points, header row repeated on each page, columns as wide as their content asks
     * ({@link ColumnWidths}: no word broken inside); {@code numeric} columns right-aligned. A row moves whole to the next page
     * unless it is longer than a page.
     */
    /** Key and value pairs in two columns, keys in {@code key}, values in {@code value}; {@code tight} sets them closer. */
    static PdfPTable facts(List<List<String>> pairs, float widthPercent, boolean tight, Font key, Font value) {
        PdfPTable facts = table(new float[] {30, 70}, widthPercent);
        for (List<String> pair : pairs) {
            for (int i = 0; i < 2; i++) {
                PdfPCell cell = cell(
                        new Phrase(pair.get(i) == null ? "" : pair.get(i), i == 0 ? key : value), Element.ALIGN_LEFT);
                if (tight) {
                    cell.setPaddingTop(1);
                    cell.setPaddingBottom(1.5f);
                }
                facts.addCell(cell);
            }
        }
        return facts;
    }

    PdfPTable plain(List<String> head, List<List<String>> rows, boolean[] numeric, float totalWidth) {
        List<List<String>> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        float[] widths =
                ColumnWidths.of(all, text -> fonts.bold.getWidthPoint(text, small.getSize()), 2 * PADDING, totalWidth);
        PdfPTable table = table(widths, 100);
        table.setHeaderRows(1);
        table.setSplitLate(true);
        for (int c = 0; c < head.size(); c++) {
            table.addCell(headCell(head.get(c), numeric[c]));
        }
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                PdfPCell cell = bodyCell(row.get(c), numeric[c]);
                cell.setPaddingTop(2);
                cell.setPaddingBottom(3);
                table.addCell(cell);
            }
        }
        return table;
    }

    /**
     * A compact table in 7 pt across {@code totalWidth} points: each row on one line where every column's longest cell fits
     * (the width left over goes to the first column), else columns as {@link ColumnWidths} gives them. For a table that must
     * share a page with others (the members' table of what has changed).
     */
    PdfPTable compact(List<String> head, List<List<String>> rows, boolean[] numeric, float totalWidth) {
        float size = 7;
        float padding = 2 * PADDING;
        List<List<String>> all = new ArrayList<>();
        all.add(head);
        all.addAll(rows);
        float[] widths = new float[head.size()];
        for (List<String> row : all) {
            for (int c = 0; c < row.size(); c++) {
                boolean bold = row == head;
                float w = (bold ? fonts.bold : fonts.regular).getWidthPoint(row.get(c), size) + padding + 1;
                widths[c] = Math.max(widths[c], w);
            }
        }
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        if (sum <= totalWidth) {
            widths[0] += totalWidth - sum;
        } else {
            widths = ColumnWidths.of(all, text -> fonts.bold.getWidthPoint(text, size), padding, totalWidth);
        }
        PdfPTable table = table(widths, 100);
        table.setHeaderRows(1);
        Font regular = fonts.font(size, false, INK);
        Font bold = fonts.font(size, true, INK);
        for (int c = 0; c < head.size(); c++) {
            PdfPCell cell = cell(new Phrase(head.get(c), bold), numeric[c] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderWidthBottom(1f);
            cell.setBorderColor(INK);
            cell.setPaddingTop(1);
            cell.setPaddingBottom(2);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                PdfPCell cell =
                        cell(new Phrase(row.get(c), regular), numeric[c] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(RULE);
                cell.setPaddingTop(1);
                cell.setPaddingBottom(1.5f);
                table.addCell(cell);
            }
        }
        return table;
    }

    PdfPCell headCell(String text, boolean numeric) {
        PdfPCell cell = cell(new Phrase(text, smallBold), numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderWidthBottom(1.2f);
        cell.setBorderColor(INK);
        return cell;
    }

    PdfPCell bodyCell(String text, boolean numeric) {
        PdfPCell cell = cell(new Phrase(text, small), numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        return cell;
    }
}
