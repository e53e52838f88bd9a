package org.vfmworkbook.nationaldata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads one worksheet part of an .xlsx (SpreadsheetML {@code <sheetData>} and {@code <mergeCells>}) into a
 * {@link SheetGrid}: rows, cells, values, shared and inline strings and merged ranges, dropping the rows the
 * {@link RowFilter} does not keep. The bytes are read by {@link XmlTokenizer}, which skips what a general XML parser
 * spends most of its time on (DTDs, namespaces, validation); that makes the 18.6 MB ASCOF sheet about ten times
 * quicker to read (ADR 0005).
 */
final class SheetXmlScanner implements XmlTokenizer.Handler {

    private static final byte[] ROW = ascii("row");
    private static final byte[] CELL = ascii("c");
    private static final byte[] VALUE = ascii("v");
    private static final byte[] INLINE = ascii("is");
    private static final byte[] TEXT = ascii("t");
    private static final byte[] PHONETIC = ascii("rPh");
    private static final byte[] MERGE = ascii("mergeCell");

    private final String[] strings;
    private final SheetGrid grid;
    private final RowFilter filter;
    private final RowBuffer row = new RowBuffer();

    // the cell being read
    private int column;
    private String type;
    private StringBuilder text; // the <v> or inline <t> being read, else null
    private final StringBuilder inlineText = new StringBuilder();
    private boolean inInline;
    private boolean inPhonetic;

    private SheetXmlScanner(String sheetName, String[] strings, RowFilter filter) {
        this.strings = strings;
        this.grid = new SheetGrid(sheetName);
        this.filter = filter;
    }

    static SheetGrid read(String sheetName, byte[] xml, String[] strings, RowFilter filter) throws IOException {
        SheetXmlScanner scanner = new SheetXmlScanner(sheetName, strings, filter);
        new XmlTokenizer("sheet \"" + sheetName + "\"", xml).tokenize(scanner);
        return scanner.grid;
    }

    @Override
    public boolean wantsText() {
        return text != null;
    }

    @Override
    public void text(String characters) {
        text.append(characters);
    }

    @Override
    public void startElement(XmlTokenizer tag) throws IOException {
        if (tag.is(CELL)) {
            int reference = tag.attribute("r");
            column = reference < 0 ? column + 1 : columnOf(tag, reference);
            int t = tag.attribute("t");
            type = t < 0 ? null : tag.value(t);
        } else if (tag.is(VALUE) || (tag.is(TEXT) && inInline && !inPhonetic)) {
            text = new StringBuilder();
        } else if (tag.is(INLINE)) {
            inInline = true;
            text = null;
        } else if (tag.is(PHONETIC)) {
            inPhonetic = true;
        } else if (tag.is(ROW)) {
            int r = tag.attribute("r");
            row.start(r < 0 ? row.number() + 1 : Integer.parseInt(tag.value(r).trim()));
            column = 0;
        } else if (tag.is(MERGE)) {
            int ref = tag.attribute("ref");
            if (ref >= 0) {
                String[] ends = tag.value(ref).split(":");
                int[] first = SheetGrid.parseReference(ends[0]);
                int[] last = SheetGrid.parseReference(ends.length > 1 ? ends[1] : ends[0]);
                grid.addMerge(new SheetGrid.Range(first[0], first[1], last[0], last[1]));
            }
        }
    }

    @Override
    public void endElement(XmlTokenizer tag) {
        if (tag.is(VALUE) && text != null) {
            String raw = text.toString();
            row.put(column, "s".equals(type) ? strings[Integer.parseInt(raw.trim())] : raw);
            text = null;
        } else if (tag.is(TEXT) && text != null) {
            inlineText.append(text);
            text = null;
        } else if (tag.is(PHONETIC)) {
            inPhonetic = false;
        } else if (tag.is(INLINE)) {
            row.put(column, inlineText.toString());
            inlineText.setLength(0);
            inInline = false;
        } else if (tag.is(ROW)) {
            row.flushInto(grid, filter);
        }
    }

    /** The column number of a cell reference such as "AB12" (1-based), read from the attribute's bytes. */
    private static int columnOf(XmlTokenizer tag, int reference) {
        int result = 0;
        for (int i = 0; i < tag.valueLength(reference); i++) {
            byte b = tag.valueByte(reference, i);
            if (b >= 'A' && b <= 'Z') {
                result = result * 26 + (b - 'A' + 1);
            } else if (b >= 'a' && b <= 'z') {
                result = result * 26 + (b - 'a' + 1);
            } else {
                break;
            }
        }
        return result;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
