package org.vfmworkbook.nationaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The tokenizer alone, without SpreadsheetML: which elements, attributes and text it reports, and what it refuses. */
class XmlTokenizerTest {

    private static final byte[] ITEM = "item".getBytes(StandardCharsets.US_ASCII);

    /** Writes each event as a line: "<item id=…>", "text …", "</item>"; text is wanted only inside an item. */
    private static List<String> events(String xml) throws IOException {
        List<String> events = new ArrayList<>();
        boolean[] inItem = {false};
        new XmlTokenizer("part \"test\"", xml.getBytes(StandardCharsets.UTF_8)).tokenize(new XmlTokenizer.Handler() {
            @Override
            public void startElement(XmlTokenizer tag) throws IOException {
                if (tag.is(ITEM)) {
                    int id = tag.attribute("id");
                    events.add("<item id=" + (id < 0 ? "none" : tag.value(id)) + ">");
                    inItem[0] = true;
                }
            }

            @Override
            public void endElement(XmlTokenizer tag) {
                if (tag.is(ITEM)) {
                    events.add("</item>");
                    inItem[0] = false;
                }
            }

            @Override
            public boolean wantsText() {
                return inItem[0];
            }

            @Override
            public void text(String text) {
                events.add("text " + text);
            }
        });
        return events;
    }

    @Test
    void reportsPrefixedElementsTheirAttributesAndOnlyTheTextTheHandlerWants() throws IOException {
        assertThat(events(
                        "<?xml version=\"1.0\"?><p:list><!-- skipped --> outside <p:item p:id='a&amp;b'>one &#x41;\r\n"
                                + "<![CDATA[<raw>]]></p:item><item/></p:list>"))
                .containsExactly("<item id=a&b>", "text one A\n", "text <raw>", "</item>", "<item id=none>", "</item>");
    }

    @Test
    void namesTheDocumentInEveryRefusal() {
        assertThatThrownBy(() -> events("<!DOCTYPE list><list/>"))
                .hasMessage(
                        "the XML of part \"test\" has a DOCTYPE or declaration, which a worksheet must not have (at byte 0)");
        assertThatThrownBy(() -> events("<list></list></list>"))
                .hasMessageContaining("part \"test\" has an end tag with no start tag");
        assertThatThrownBy(() -> events("<list><item>"))
                .hasMessage("the XML of part \"test\" ends before its tags are closed");
        assertThatThrownBy(() -> events("<list><item id=\"x>"))
                .hasMessageContaining("an attribute value that is never closed");
    }
}
