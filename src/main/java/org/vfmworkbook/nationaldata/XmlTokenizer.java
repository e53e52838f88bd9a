package org.vfmworkbook.nationaldata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A byte-level tokenizer for the plain XML of a worksheet part: start tags with their attributes, end tags, text and
 * CDATA, read straight from UTF-8 bytes without a general XML parser (ADR 0005). It knows nothing of SpreadsheetML:
 * it tells a {@link Handler} each element as it starts and ends, and hands it the text between tags only when the
 * handler wants it. It refuses what it does not understand (a DOCTYPE, an unknown entity, tags that do not nest), so
 * a damaged file is rejected, not half read.
 */
final class XmlTokenizer {

    /** What the tokenizer tells as it reads; the element's name and attributes are read from the tokenizer. */
    interface Handler {
        void startElement(XmlTokenizer tag) throws IOException;

        void endElement(XmlTokenizer tag) throws IOException;

        /** Whether the text now being read is wanted; text is decoded only then. */
        boolean wantsText();

        void text(String text);
    }

    private final String documentName;
    private final byte[] xml;

    // the tag being read: its local name and attributes, as offsets into xml
    private int nameStart;
    private int nameEnd;
    private final int[] attributes = new int[4 * 16]; // per attribute: local name start, end, value start, end
    private int attributeCount;
    private int tagEnd;

    /** {@code documentName} names the document in messages, e.g. {@code sheet "T1"}. */
    XmlTokenizer(String documentName, byte[] xml) {
        this.documentName = documentName;
        this.xml = xml;
    }

    /** Reads the whole document, telling {@code handler} each element and the text it wants. */
    void tokenize(Handler handler) throws IOException {
        int depth = 0;
        int i = 0;
        int n = xml.length;
        while (i < n) {
            int open = indexOf((byte) '<', i);
            if (open < 0) {
                break;
            }
            if (open > i && handler.wantsText()) {
                handler.text(decode(i, open));
            }
            byte next = open + 1 < n ? xml[open + 1] : 0;
            if (next == '?') {
                i = end("?>", open);
            } else if (next == '!') {
                if (startsWith("<!--", open)) {
                    i = end("-->", open);
                } else if (startsWith("<![CDATA[", open)) {
                    int close = find("]]>", open);
                    if (handler.wantsText()) {
                        handler.text(new String(xml, open + 9, close - open - 9, StandardCharsets.UTF_8));
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
                handler.endElement(this);
            } else {
                boolean selfClosing = readTag(open + 1);
                i = tagEnd;
                handler.startElement(this);
                if (selfClosing) {
                    handler.endElement(this);
                } else {
                    depth++;
                }
            }
        }
        if (depth != 0) {
            throw new IOException("the XML of " + documentName + " ends before its tags are closed");
        }
    }

    /** Whether the element being read has this local name (after any prefix). */
    boolean is(byte[] localName) {
        if (nameEnd - nameStart != localName.length) {
            return false;
        }
        for (int i = 0; i < localName.length; i++) {
            if (xml[nameStart + i] != localName[i]) {
                return false;
            }
        }
        return true;
    }

    /** A handle on the start tag's attribute with this local name, or -1; read it with {@link #value} or {@link #valueByte}. */
    int attribute(String localName) {
        for (int a = 0; a < attributeCount * 4; a += 4) {
            int start = attributes[a];
            if (attributes[a + 1] - start == localName.length()) {
                boolean same = true;
                for (int i = 0; i < localName.length() && same; i++) {
                    same = xml[start + i] == localName.charAt(i);
                }
                if (same) {
                    return a;
                }
            }
        }
        return -1;
    }

    /** The attribute's value, with entities replaced. */
    String value(int attribute) throws IOException {
        return decode(attributes[attribute + 2], attributes[attribute + 3]);
    }

    /** The length in bytes of the attribute's raw value, to read it byte by byte with {@link #valueByte} (no allocation). */
    int valueLength(int attribute) {
        return attributes[attribute + 3] - attributes[attribute + 2];
    }

    byte valueByte(int attribute, int index) {
        return xml[attributes[attribute + 2] + index];
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
        return new IOException("the XML of " + documentName + " has " + what + " (at byte " + offset + ")");
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
