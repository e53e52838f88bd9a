package org.vfmworkbook.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes a broken copy of a real published .xlsx by editing its XML parts, for malformed-file tests:
 * rename a sheet, or put a given text into one cell. Everything else stays exactly as published.
 */
public final class XlsxSurgery {

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private XlsxSurgery(byte[] xlsx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static XlsxSurgery of(byte[] xlsx) {
        return new XlsxSurgery(xlsx);
    }

    public XlsxSurgery renameSheet(String from, String to) {
        String workbook = text("xl/workbook.xml");
        String renamed = workbook.replace("name=\"" + from + "\"", "name=\"" + to + "\"");
        if (renamed.equals(workbook)) {
            throw new IllegalArgumentException("no sheet " + from);
        }
        parts.put("xl/workbook.xml", renamed.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Replaces the cell at {@code reference} (e.g. "J157") on the named sheet with an inline string. */
    public XlsxSurgery putText(String sheet, String reference, String text) {
        return put(sheet, reference, "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>");
    }

    /** Replaces the cell at {@code reference} on the named sheet with a number (a marker a test can look for). */
    public XlsxSurgery putNumber(String sheet, String reference, double number) {
        return put(sheet, reference, "<c r=\"" + reference + "\"><v>" + number + "</v></c>");
    }

    private XlsxSurgery put(String sheet, String reference, String replacement) {
        String part = sheetPart(sheet);
        String xml = text(part);
        Matcher cell = Pattern.compile("<c r=\"" + reference + "\"(?:[^>]*/>|[^>]*>.*?</c>)")
                .matcher(xml);
        if (!cell.find()) {
            throw new IllegalArgumentException("no cell " + reference + " on " + sheet);
        }
        parts.put(
                part,
                (xml.substring(0, cell.start()) + replacement + xml.substring(cell.end()))
                        .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String sheetPart(String sheet) {
        Matcher s = Pattern.compile("<sheet [^>]*name=\"" + Pattern.quote(sheet) + "\"[^>]*r:id=\"(rId\\d+)\"")
                .matcher(text("xl/workbook.xml"));
        if (!s.find()) {
            throw new IllegalArgumentException("no sheet " + sheet);
        }
        Matcher target = Pattern.compile("Id=\"" + s.group(1) + "\"[^>]*Target=\"/?(?:xl/)?([^\"]+)\"")
                .matcher(text("xl/_rels/workbook.xml.rels"));
        if (!target.find()) {
            throw new IllegalArgumentException("no part for sheet " + sheet);
        }
        return "xl/" + target.group(1);
    }

    private String text(String part) {
        return new String(parts.get(part), StandardCharsets.UTF_8);
    }
}
