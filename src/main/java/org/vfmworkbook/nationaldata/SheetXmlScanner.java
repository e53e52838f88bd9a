package org.vfmworkbook.nationaldata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads one worksheet part of an .xlsx (SpreadsheetML {@code <sheetData>} and {@code <mergeCells>}) straight
 * from its UTF-8 bytes. A general XML parser spends most of its time on what a worksheet never holds (DTDs,
 * namespaces, validation); this reads only rows, cells, values, inline strings and merged ranges, which makes
 * the 18.6 MB ASCOF sheet about ten times quicker to read. It still refuses what it does not understand
 * (a DOCTYPE, an unknown entity, tags that do not nest), so a damaged file is rejected, not half read.
 */
final class SheetXmlScanner {

    private static final byte[] ROW = ascii("row");
    private static final byte[] CELL = ascii("c");
    private static final byte[] VALUE = ascii("v");
    private static final byte[] INLINE = ascii("is");
    private static final byte[] TEXT = ascii("t");
    private static final byte[] PHONETIC = ascii("rPh");
    private static final byte[] MERGE = ascii("mergeCell");

    private final byte[] xml;
    private final String[] strings;
    private final SheetGrid grid;
    private final RowFilter filter;
    private final RowBuffer row = new RowBuffer();

    // the tag being read: its local name and attributes, as offsets into xml
    private int nameStart;
    private int nameEnd;
    private final int[] attributes = new int[4 * 16]; // per attribute: local name start, end, value start, end
    private int attributeCount;
    private int tagEnd;

    // the cell being read
    private int column;
    private String type;
    private StringBuilder text; // the <v> or inline <t> being read, else null
    private final StringBuilder inlineText = new StringBuilder();
    private boolean inInline;
    private boolean inPhonetic;

    private SheetXmlScanner(String sheetName, byte[] xml, String[] strings, RowFilter filter) {
        this.xml = xml;
        this.strings = strings;
        this.grid = new SheetGrid(sheetName);
        this.filter = filter;
    }

    static SheetGrid read(String sheetName, byte[] xml, String[] strings, RowFilter filter) throws IOException {
        SheetXmlScanner scanner = new SheetXmlScanner(sheetName, xml, strings, filter);
        scanner.scan();
        return scanner.grid;
    }

    private void scan() throws IOException {
        int depth = 0;
        int i = 0;
        int n = xml.length;
        while (i < n) {
            int open = indexOf((byte) '<', i);
            if (open < 0) {
                break;
            }
            if (text != null && open > i) {
                text.append(decode(i, open));
            }
            byte next = open + 1 < n ? xml[open + 1] : 0;
            if (next == '?') {
                i = end("?>", open);
            } else if (next == '!') {
                if (startsWith("<!--", open)) {
                    i = end("-->", open);
                } else if (startsWith("<![CDATA[", open)) {
                    int close = find("]]>", open);
                    if (text != null) {
                        text.append(new String(xml, open + 9, close - open - 9, StandardCharsets.UTF_8));
                    }
                    i = close + 3;
                } else {
                    throw malformed("a DOCTYPE or declaration, which a worksheet must not have", open);
                }
            } else if (next == '/') {
                i = readName(open + 2);
                i = indexOf((byte) '>', i);
                if (i < 0 || --depth < 0) {
                    throw malformed("an end tag with no start tag", open);
                }
                i++;
                endElement();
            } else {
                boolean selfClosing = readTag(open + 1);
                i = tagEnd;
                startElement();
                if (selfClosing) {
                    endElement();
                } else {
                    depth++;
                }
            }
        }
        if (depth != 0) {
            throw new IOException("the XML of sheet \"" + grid.name() + "\" ends before its tags are closed");
        }
    }

    /** Reads a start tag's name and attributes from {@code from}; returns whether it closes itself ("/>"). */
    private boolean readTag(int from) throws IOException {
        int i = readName(from);
        attributeCount = 0;
        while (true) {
            while (i < xml.length && isSpace(xml[i])) {
                i++;
            }
            if (i >= xml.length) {
                throw malformed("a tag that is never closed", from - 1);
            }
            if (xml[i] == '>') {
                tagEnd = i + 1;
                return false;
            }
            if (xml[i] == '/' && i + 1 < xml.length && xml[i + 1] == '>') {
                tagEnd = i + 2;
                return true;
            }
            int attributeName = i;
            while (i < xml.length && xml[i] != '=' && !isSpace(xml[i])) {
                i++;
            }
            int attributeNameEnd = i;
            while (i < xml.length && xml[i] != '"' && xml[i] != '\'') {
                i++;
            }
            if (i >= xml.length) {
                throw malformed("an attribute with no value", attributeName);
            }
            byte quote = xml[i];
            int valueStart = i + 1;
            int valueEnd = indexOf(quote, valueStart);
            if (valueEnd < 0) {
                throw malformed("an attribute value that is never closed", attributeName);
            }
            if (attributeCount < attributes.length / 4) {
                int at = attributeCount++ * 4;
                attributes[at] = localStart(attributeName, attributeNameEnd);
                attributes[at + 1] = attributeNameEnd;
                attributes[at + 2] = valueStart;
                attributes[at + 3] = valueEnd;
            }
            i = valueEnd + 1;
        }
    }

    /** Reads an element name from {@code from}, setting the local name (after any prefix); returns the position after it. */
    private int readName(int from) {
        int i = from;
        while (i < xml.length && !isSpace(xml[i]) && xml[i] != '>' && xml[i] != '/') {
            i++;
        }
        nameStart = localStart(from, i);
        nameEnd = i;
        return i;
    }

    private int localStart(int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (xml[i] == ':') {
                return i + 1;
            }
        }
        return start;
    }

    private void startElement() throws IOException {
        if (is(CELL)) {
            int reference = attribute("r");
            column = reference < 0 ? column + 1 : columnOf(attributes[reference + 2], attributes[reference + 3]);
            int t = attribute("t");
            type = t < 0 ? null : decode(attributes[t + 2], attributes[t + 3]);
        } else if (is(VALUE) || (is(TEXT) && inInline && !inPhonetic)) {
            text = new StringBuilder();
        } else if (is(INLINE)) {
            inInline = true;
            text = null;
        } else if (is(PHONETIC)) {
            inPhonetic = true;
        } else if (is(ROW)) {
            int r = attribute("r");
            row.start(
                    r < 0
                            ? row.number() + 1
                            : Integer.parseInt(
                                    decode(attributes[r + 2], attributes[r + 3]).trim()));
            column = 0;
        } else if (is(MERGE)) {
            int ref = attribute("ref");
            if (ref >= 0) {
                String[] ends = decode(attributes[ref + 2], attributes[ref + 3]).split(":");
                int[] first = SheetGrid.parseReference(ends[0]);
                int[] last = SheetGrid.parseReference(ends.length > 1 ? ends[1] : ends[0]);
                grid.addMerge(new SheetGrid.Range(first[0], first[1], last[0], last[1]));
            }
        }
    }

    private void endElement() {
        if (is(VALUE) && text != null) {
            String raw = text.toString();
            row.put(column, "s".equals(type) ? strings[Integer.parseInt(raw.trim())] : raw);
            text = null;
        } else if (is(TEXT) && text != null) {
            inlineText.append(text);
            text = null;
        } else if (is(PHONETIC)) {
            inPhonetic = false;
        } else if (is(INLINE)) {
            row.put(column, inlineText.toString());
            inlineText.setLength(0);
            inInline = false;
        } else if (is(ROW)) {
            row.flushInto(grid, filter);
        }
    }

    private boolean is(byte[] name) {
        if (nameEnd - nameStart != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (xml[nameStart + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** The offset into {@link #attributes} of the attribute with this local name, or -1. */
    private int attribute(String name) {
        for (int a = 0; a < attributeCount * 4; a += 4) {
            int start = attributes[a];
            if (attributes[a + 1] - start == name.length()) {
                boolean same = true;
                for (int i = 0; i < name.length() && same; i++) {
                    same = xml[start + i] == name.charAt(i);
                }
                if (same) {
                    return a;
                }
            }
        }
        return -1;
    }

    /** The column number of a cell reference such as "AB12" (1-based). */
    private int columnOf(int start, int end) {
        int result = 0;
        for (int i = start; i < end; i++) {
            byte b = xml[i];
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

    /** The text between two offsets, with entities and references replaced and line ends normalised, as XML requires. */
    private String decode(int start, int end) throws IOException {
        String raw = new String(xml, start, end - start, StandardCharsets.UTF_8);
        if (raw.indexOf('&') < 0 && raw.indexOf('\r') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '&') {
                int semicolon = raw.indexOf(';', i);
                if (semicolon < 0) {
                    throw malformed("an '&' that starts no entity", start);
                }
                String entity = raw.substring(i + 1, semicolon);
                switch (entity) {
                    case "lt" -> out.append('<');
                    case "gt" -> out.append('>');
                    case "amp" -> out.append('&');
                    case "quot" -> out.append('"');
                    case "apos" -> out.append('\'');
                    default -> out.appendCodePoint(characterReference(entity, start));
                }
                i = semicolon;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "#65" or "#x41" → 'A'. */
    private int characterReference(String entity, int offset) throws IOException {
        try {
            if (entity.startsWith("#x")) {
                return Integer.parseInt(entity.substring(2), 16);
            }
            if (entity.startsWith("#")) {
                return Integer.parseInt(entity.substring(1));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw malformed("an unknown entity &" + entity + ";", offset);
    }

    private int indexOf(byte b, int from) {
        for (int i = from; i < xml.length; i++) {
            if (xml[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsWith(String prefix, int at) {
        if (at + prefix.length() > xml.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (xml[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int find(String marker, int from) throws IOException {
        for (int i = from; i + marker.length() <= xml.length; i++) {
            if (startsWith(marker, i)) {
                return i;
            }
        }
        throw malformed("\"" + marker.charAt(0) + "…\" that is never closed", from);
    }

    private int end(String marker, int from) throws IOException {
        return find(marker, from) + marker.length();
    }

    private IOException malformed(String what, int offset) {
        return new IOException("the XML of sheet \"" + grid.name() + "\" has " + what + " (at byte " + offset + ")");
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
