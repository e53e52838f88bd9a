package org.vfmworkbook.nationaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SheetXmlScannerTest {

    private static final String[] STRINGS = {"Geography code", "Kent & Medway"};

    private static SheetGrid read(String sheetData, RowFilter filter) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><!-- a comment -->"
                + sheetData + "</worksheet>";
        return SheetXmlScanner.read("T1", xml.getBytes(StandardCharsets.UTF_8), STRINGS, filter);
    }

    @Test
    void readsSharedStringsNumbersAsStoredInlineStringsAndEntities() throws IOException {
        SheetGrid grid = read(
                "<sheetData><row r=\"2\" spans=\"1:4\"><c r=\"A2\" s=\"1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B2\" t=\"s\"><v>1</v></c><c r=\"C2\"><v>1.5E-3</v></c><c r=\"D2\" s=\"4\"/>"
                        + "<c r=\"AA2\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">18 to </t></r><r><t>64</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></is></c>"
                        + "<c r=\"AB2\" t=\"str\"><f>A1&amp;B1</f><v>&lt;5 &#163;&#x20AC;</v></c></row></sheetData>",
                RowFilter.ALL);

        assertThat(grid.text(2, 1)).isEqualTo("Geography code");
        assertThat(grid.text(2, 2)).isEqualTo("Kent & Medway");
        assertThat(grid.text(2, 3)).isEqualTo("1.5E-3");
        assertThat(grid.text(2, 4)).isEmpty();
        assertThat(grid.text(2, 27)).isEqualTo("18 to 64");
        assertThat(grid.text(2, 28)).isEqualTo("<5 £€");
        assertThat(grid.lastRow()).isEqualTo(2);
    }

    @Test
    void readsPrefixedElementsCellsWithoutReferencesAndMergedRanges() throws IOException {
        SheetGrid grid = read(
                "<x:sheetData><x:row r=\"3\"><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row>"
                        + "<x:row><x:c r=\"C4\"><x:v>3</x:v></x:c></x:row></x:sheetData>"
                        + "<x:mergeCells count=\"1\"><x:mergeCell ref=\"A1:C1\"/></x:mergeCells>",
                RowFilter.ALL);

        assertThat(grid.text(3, 1)).isEqualTo("1");
        assertThat(grid.text(3, 2)).isEqualTo("2");
        assertThat(grid.text(4, 3)).isEqualTo("3");
        assertThat(grid.lastColumn(1)).as("the merged range reaches column C").isEqualTo(3);
    }

    @Test
    void keepsOnlyTheRowsTheFilterKeeps() throws IOException {
        SheetGrid grid = read(
                "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\"><v>3</v></c><c r=\"B3\" t=\"s\"><v>1</v></c></row></sheetData>",
                row -> row.number() == 1 || "Kent & Medway".equals(row.text(2)));

        assertThat(grid.text(1, 1)).isEqualTo("1");
        assertThat(grid.text(2, 1)).as("dropped").isEmpty();
        assertThat(grid.text(3, 1)).isEqualTo("3");
    }

    @Test
    void refusesADoctypeAnUnknownEntityAndTagsThatDoNotClose() {
        assertThatThrownBy(() -> SheetXmlScanner.read(
                        "T1",
                        "<!DOCTYPE x [<!ENTITY a \"b\">]><worksheet/>".getBytes(StandardCharsets.UTF_8),
                        STRINGS,
                        RowFilter.ALL))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("sheet \"T1\"")
                .hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> read(
                        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>&nbsp;</v></c></row></sheetData>",
                        RowFilter.ALL))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("unknown entity &nbsp;");
        assertThatThrownBy(() -> read("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>", RowFilter.ALL))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("ends before its tags are closed");
    }
}
