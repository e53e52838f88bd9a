package org.vfmworkbook.nationaldata;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Streams an .xlsx workbook with Apache POI's package reader and a StAX parser: only the wanted sheets
 * are parsed, cell by cell, keeping the raw stored text (numbers exactly as stored, shared strings
 * resolved) and the merged ranges. Much faster than building POI's full object model.
 */
final class XlsxReader implements WorkbookReader {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    @Override
    public Map<String, SheetGrid> read(InputStream content, Set<String> sheetNames) throws IOException {
        Map<String, SheetGrid> sheets = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(content)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    String name = it.getSheetName();
                    if (sheetNames.contains(name)) {
                        sheets.put(name, parse(name, sheet, strings));
                    }
                }
            }
        } catch (OpenXML4JException | XMLStreamException | org.xml.sax.SAXException e) {
            throw new IOException("not a readable .xlsx workbook: " + e.getMessage(), e);
        }
        return sheets;
    }

    private static SheetGrid parse(String name, InputStream sheet, ReadOnlySharedStringsTable strings)
            throws XMLStreamException {
        SheetGrid grid = new SheetGrid(name);
        XMLStreamReader xml = XML.createXMLStreamReader(sheet);
        String reference = null;
        String type = null;
        StringBuilder value = null;
        StringBuilder inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "c" -> {
                        reference = xml.getAttributeValue(null, "r");
                        type = xml.getAttributeValue(null, "t");
                        value = null;
                        inline = null;
                    }
                    case "v" -> value = new StringBuilder();
                    case "is" -> inline = new StringBuilder();
                    case "t" -> {
                        if (inline != null) {
                            inline.append(xml.getElementText());
                        }
                    }
                    case "mergeCell" -> {
                        String[] ends = xml.getAttributeValue(null, "ref").split(":");
                        int[] first = SheetGrid.parseReference(ends[0]);
                        int[] last = SheetGrid.parseReference(ends.length > 1 ? ends[1] : ends[0]);
                        grid.addMerge(new SheetGrid.Range(first[0], first[1], last[0], last[1]));
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && value != null) {
                value.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String local = xml.getLocalName();
                if ("v".equals(local) && reference != null) {
                    int[] at = SheetGrid.parseReference(reference);
                    String raw = value.toString();
                    grid.put(at[0], at[1], "s".equals(type) ? strings.getItemAt(Integer.parseInt(raw)).getString() : raw);
                    value = null;
                } else if ("is".equals(local) && reference != null) {
                    int[] at = SheetGrid.parseReference(reference);
                    grid.put(at[0], at[1], inline.toString());
                    inline = null;
                }
            }
        }
        return grid;
    }
}
