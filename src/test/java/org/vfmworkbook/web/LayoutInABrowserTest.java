package org.vfmworkbook.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.testing.Browser.assertNoAccessibilityViolations;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.Browser;
import org.vfmworkbook.testing.SignIn;

@QuarkusTest
class LayoutInABrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @TestHTTPResource("/")
    URL root;

    private Page page;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void openPage() {
        page = browser.newPage();
        // A Content-Security-Policy violation or a script error shows here.
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text() + " at " + message.location());
            }
        });
    }

    @Test
    void theHomePageHasTheLayoutRunsItsScriptsAndPassesAxe() {
        givenIAmSignedIn();
        whenIOpen("/");

        assertThat(page).hasTitle("Value for money in adult social care – VfM Workbook");
        assertThat(page.locator("a.govuk-skip-link")).hasAttribute("href", "#main-content");
        assertThat(page.locator("header a[href='/']")).hasText("VfM Workbook");
        assertThat(page.locator(".govuk-phase-banner .govuk-tag")).hasText("Beta");
        assertThat(page.locator("main#main-content h1")).hasCount(1);
        assertThat(page.locator("footer")).containsText("Open Government Licence v3.0");
        assertThat(page.locator("body")).hasClass(Pattern.compile(".*govuk-frontend-supported.*"));
        assertThat(consoleErrors).as("browser console errors").isEmpty();
        assertNoAccessibilityViolations(page);
    }

    @Test
    void aMissingPageSaysPageNotFoundAndPassesAxe() {
        givenIAmSignedIn();
        Response response = whenIOpen("/no-such-page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page).hasTitle("Page not found – VfM Workbook");
        assertThat(page.locator("h1")).hasText("Page not found");
        assertNoAccessibilityViolations(page);
    }

    @Test
    void everyComponentWithErrorsPassesAxe() {
        whenIOpen("/test-pages/all-components");

        assertThat(page).hasTitle("Error: All components – VfM Workbook");
        assertThat(page.locator(".govuk-error-summary li")).hasCount(6);
        assertThat(page.locator(".govuk-error-message")).hasCount(6);
        page.locator(".govuk-error-summary a[href='#due-day']").click();
        assertThat(page.locator("#due-day")).isFocused();
        assertThat(consoleErrors).as("browser console errors").isEmpty();
        assertNoAccessibilityViolations(page);
    }

    private void givenIAmSignedIn() {
        Browser.signIn(page, SignIn.as(Role.COUNCIL_VIEWER, "E10000016"), root);
    }

    private Response whenIOpen(String path) {
        Response response = page.navigate(Browser.address(root, path));
        page.waitForLoadState();
        return response;
    }
}
