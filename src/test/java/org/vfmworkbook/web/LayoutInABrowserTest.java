package org.vfmworkbook.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.testing.Browser.assertNoAccessibilityViolations;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vfmworkbook.testing.Browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LayoutInABrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    private Page page;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void theHomePageHasTheLayoutRunsItsScriptsAndPassesAxe() {
        whenIOpen("/");

        assertThat(page).hasTitle("Value for money in adult social care – VfM Workbook");
        assertThat(page.locator("a.govuk-skip-link")).hasAttribute("href", "#main-content");
        assertThat(page.locator("header a[href='/']")).hasText("VfM Workbook");
        assertThat(page.locator(".govuk-phase-banner .govuk-tag")).hasText("Beta");
        assertThat(page.locator("main#main-content h1")).hasCount(1);
        assertThat(page.locator("footer")).containsText("Open Government Licence v3.0");
        assertThat(page.locator("body")).hasClass(java.util.regex.Pattern.compile(".*govuk-frontend-supported.*"));
        thenTheChartIsDrawnAndItsTableStaysVisible();
        assertNoAccessibilityViolations(page);
    }

    @Test
    void aMissingPageSaysPageNotFoundAndPassesAxe() {
        Response response = whenIOpen("/no-such-page");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page).hasTitle("Page not found – VfM Workbook");
        assertThat(page.locator("h1")).hasText("Page not found");
        assertNoAccessibilityViolations(page);
    }

    private Response whenIOpen(String path) {
        java.util.List<String> consoleErrors = new java.util.ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        Response response = page.navigate(root.toString().replaceAll("/$", "") + path);
        page.waitForLoadState();
        return response;
    }

    private void thenTheChartIsDrawnAndItsTableStaysVisible() {
        assertThat(page.locator("figure.app-chart.app-chart--drawn canvas")).hasCount(1);
        assertThat(page.locator("figure.app-chart table")).isVisible();
    }
}
