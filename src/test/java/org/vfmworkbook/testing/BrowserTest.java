package org.vfmworkbook.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The accessibility check every browser test relies on finds what it is there to find (it runs axe in the page itself). */
class BrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @Test
    void theAccessibilityCheckFailsOnAPageWithAnUnlabelledFieldAndAnImageWithoutText() {
        Page page = browser.newPage();
        page.setContent(
                "<!DOCTYPE html><html lang=\"en\"><head><title>A bad page</title></head><body><main><h1>Bad</h1>"
                        + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><input type=\"text\"></main></body></html>");

        assertThatThrownBy(() -> Browser.assertNoSeriousAccessibilityViolations(page))
                .hasMessageContaining("image-alt")
                .hasMessageContaining("label");
    }

    @Test
    void theAccessibilityCheckPassesAPageWithNothingWrong() {
        Page page = browser.newPage();
        page.setContent(
                "<!DOCTYPE html><html lang=\"en\"><head><title>A good page</title></head><body><main><h1>Good</h1>"
                        + "<label for=\"f\">Name</label><input id=\"f\" type=\"text\"></main></body></html>");

        Browser.assertNoAccessibilityViolations(page);
    }
}
