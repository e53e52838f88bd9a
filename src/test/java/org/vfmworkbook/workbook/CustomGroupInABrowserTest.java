package org.vfmworkbook.workbook;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.vfmworkbook.testing.Browser.assertNoAccessibilityViolations;

import java.net.URL;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.Browser;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.testing.WorkbookForms;

/** The custom group page in Chromium: typing narrows the list at once, ticks survive the filter, and the page passes axe. */
@QuarkusTest
class CustomGroupInABrowserTest {

    private static final String NORTHUMBERLAND = "E06000057";

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @TestHTTPResource("/")
    URL root;

    @Test
    void typingNarrowsTheListAndWhatWasTickedIsSavedWhateverTheFilterShows() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, NORTHUMBERLAND);
        long id = WorkbookForms.open(editor, NORTHUMBERLAND);
        Page page = browser.newPageSignedInAs(editor, root);
        // The shared machine is slow at times: the pages are quick, but not always within the usual ten seconds.
        page.setDefaultTimeout(30_000);
        page.navigate(Browser.address(root, "/workbooks/" + id + "/custom-group"));
        assertNoAccessibilityViolations(page);
        assertThat(page.locator("#filter-button")).isHidden();

        page.getByLabel("Council name contains").fill("york");
        assertThat(page.locator("#councils-list .govuk-checkboxes__item:visible"))
                .hasCount(3);
        page.getByLabel("York", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Council name contains").fill("");
        page.getByLabel("Region").selectOption("E12000007");
        assertThat(page.locator("#councils-list .govuk-checkboxes__item:visible")
                        .first())
                .containsText("Barking");
        assertThat(page.locator(
                        "#councils-list .govuk-checkboxes__item:visible label",
                        new Page.LocatorOptions().setHasText("York")))
                .hasCount(0);
        page.getByLabel("Camden").check();
        page.getByText("Save the group").click();

        page.waitForURL("**/workbooks/" + id);
        page.navigate(Browser.address(root, "/workbooks/" + id + "/custom-group"));
        assertThat(page.getByLabel("York", new Page.GetByLabelOptions().setExact(true)))
                .isChecked();
        assertThat(page.getByLabel("Camden")).isChecked();
    }
}
