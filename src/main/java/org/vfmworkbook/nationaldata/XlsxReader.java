package org.vfmworkbook.nationaldata;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;

/**
 * Streams an .xlsx workbook: Apache POI opens the package (with its guards against zip bombs), and StAX
 * parses the three kinds of part needed (the workbook's sheet list, the shared strings and the wanted sheets),
 * keeping the raw stored text (numbers exactly as stored, shared strings resolved) and the merged ranges.
 * POI's XMLBeans object model is never built: it costs more than the parse itself, most of all in a fresh JVM.
 */
final class XlsxReader implements WorkbookReader {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    @Override
    public Map<String, SheetGrid> read(InputStream content, Set<String> sheetNames, RowFilter filter)
            throws IOException {
        Map<String, SheetGrid> sheets = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(content)) {
            PackagePart workbook = pkg.getPart(
                    pkg.getRelationshipsByType(relationship("officeDocument")).getRelationship(0));
            Map<String, String> sheetIds = sheetIds(workbook);
            String[] strings = null;
            for (var sheet : sheetIds.entrySet()) {
                if (!sheetNames.contains(sheet.getKey())) {
                    continue;
                }
                if (strings == null) {
                    strings = sharedStrings(workbook);
                }
                PackagePart part = workbook.getRelatedPart(workbook.getRelationship(sheet.getValue()));
                try (InputStream in = part.getInputStream()) {
                    sheets.put(
                            sheet.getKey(), SheetXmlScanner.read(sheet.getKey(), in.readAllBytes(), strings, filter));
                }
            }
        } catch (OpenXML4JException | XMLStreamException | IOException | RuntimeException e) {
            throw new IOException("not a readable .xlsx workbook: " + why(e), e);
        }
        return sheets;
    }

    /** POI's reason in words for the person importing the file; its own text is advice to programmers. */
    static String why(Exception e) {
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("zip bomb")) {
            return "it would expand to far more data than any published workbook holds, so it was not opened (a guard against zip bombs)";
        }
        if (lower.contains("truncated")) {
            return "the file ends early, as if the download or upload was cut short; download it again from the publisher";
        }
        if (lower.contains("zip signature")
                || lower.contains("no valid entries")
                || lower.contains("not a valid ooxml")
                || lower.contains("officedocument")
                || e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException) {
            return "it is not an Excel .xlsx file (another kind of file renamed, or damaged)";
        }
        return message;
    }

    private static String relationship(String type) {
        return "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type;
    }

    /** Sheet name → relationship id, in the workbook's order. */
    private static Map<String, String> sheetIds(PackagePart workbook) throws IOException, XMLStreamException {
        Map<String, String> ids = new LinkedHashMap<>();
        try (InputStream in = workbook.getInputStream()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                    String id = null;
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        if ("id".equals(xml.getAttributeLocalName(i))) {
                            id = xml.getAttributeValue(i);
                        }
                    }
                    ids.put(xml.getAttributeValue(null, "name"), id);
                }
            }
        }
        return ids;
    }

    /** The shared-string table as plain text (runs joined, phonetic guides left out), or empty when there is none. */
    private static String[] sharedStrings(PackagePart workbook)
            throws OpenXML4JException, IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        for (PackageRelationship rel : workbook.getRelationships()) {
            if (!rel.getRelationshipType().endsWith("/sharedStrings")) {
                continue;
            }
            try (InputStream in = workbook.getRelatedPart(rel).getInputStream()) {
                XMLStreamReader xml = XML.createXMLStreamReader(in);
                StringBuilder item = null;
                boolean phonetic = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "si" -> item = new StringBuilder();
                            case "rPh" -> phonetic = true;
                            case "t" -> {
                                String text = xml.getElementText();
                                if (item != null && !phonetic) {
                                    item.append(text);
                                }
                            }
                            default -> {}
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "si" -> strings.add(item.toString());
                            case "rPh" -> phonetic = false;
                            default -> {}
                        }
                    }
                }
            }
        }
        return strings.toArray(String[]::new);
    }
}
