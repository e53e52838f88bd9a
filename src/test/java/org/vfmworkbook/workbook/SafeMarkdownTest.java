package org.vfmworkbook.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.vfmworkbook.web.SafeMarkdown;

class SafeMarkdownTest {

    @Test
    void rendersParagraphsListsBoldAndLinks() {
        String html = SafeMarkdown.render("""
                Look at **people** and money.

                - one item that
                  wraps onto two lines
                - see [the guide](https://example.org/guide)
                """).getValue();

        assertThat(html)
                .isEqualTo("<p class=\"govuk-body\">Look at <strong>people</strong> and money.</p>"
                        + "<ul class=\"govuk-list govuk-list--bullet\"><li>one item that wraps onto two lines</li>"
                        + "<li>see <a class=\"govuk-link\" href=\"https://example.org/guide\">the guide</a></li></ul>");
    }

    @Test
    void escapesEverythingElse() {
        String html = SafeMarkdown.render("<script>alert(1)</script> [x](javascript:alert(1))")
                .getValue();

        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("href=\"javascript")
                .contains("&lt;script&gt;");
    }
}
