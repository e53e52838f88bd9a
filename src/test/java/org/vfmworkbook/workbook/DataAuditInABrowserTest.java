package org.vfmworkbook.workbook;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.vfmworkbook.testing.Browser.assertNoAccessibilityViolations;

import java.net.URL;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.Browser;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.testing.WorkbookForms;

/**
 * Step 13's data audit in Chromium, as a director fills it: a practice not yet in place without saying what needs to happen is
 * refused with the summary linking to the field, then saved; a definition marked unsure; the suggestion above the answers.
 * Axe-clean at each page. Screenshots in target/screenshots.
 */
@QuarkusTest
class DataAuditInABrowserTest {

    private static final String CORNWALL = "E06000052";

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aDirectorAuditsTheirDataAndSeesTheConfidenceItSuggests() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, CORNWALL);
        long id = WorkbookForms.open(editor, CORNWALL);
        Page page = browser.newPageSignedInAs(editor, root);
        page.setDefaultTimeout(30_000);
        page.navigate(root.toString().replaceAll("/$", "") + "/workbooks/" + id + "/steps/technical-issues");
        assertNoAccessibilityViolations(page);

        page.locator("#practice-returns-checked-status-3").check();
        page.locator("#practice-returns-checked-now").fill("Returns go in without a second check.");
        page.getByText("Save your data practice").click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Enter what needs to happen for ‘Returns are checked before they are submitted’");
        assertThat(page.locator("#practice-returns-checked-now")).hasValue("Returns go in without a second check.");
        assertNoAccessibilityViolations(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/data-audit-error.png"))
                .setFullPage(true));

        page.locator("#practice-returns-checked-needed").fill("A second person checks each return.");
        page.getByText("Save your data practice").click();
        page.waitForURL("**/steps/technical-issues#data-audit");
        page.locator("#definition-home-care-hour-match-3").check();
        page.locator("#definition-home-care-hour-note").fill("Our rate may include travel time.");
        page.getByText("Save the definitions check").click();
        page.waitForURL("**/steps/technical-issues#definitions-check");

        assertThat(page.locator("#confidence-suggestion"))
                .containsText("1 definition unsure, 1 practice not yet in place");
        assertThat(page.locator("#confidence-suggestion .govuk-tag")).hasText("Amber");
        assertNoAccessibilityViolations(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/data-audit-saved.png"))
                .setFullPage(true));
        page.context().close();
    }
}
