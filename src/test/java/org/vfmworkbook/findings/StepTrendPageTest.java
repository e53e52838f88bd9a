package org.vfmworkbook.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.Browser;
import org.vfmworkbook.testing.SignIn;

/**
 * A step page in Chromium with JavaScript off: each trend is drawn (SVG from the server) above its table, and the page
 * passes axe. Screenshots go to target/screenshots for a person to look at.
 */
@QuarkusTest
class StepTrendPageTest {

    @TestHTTPResource("/")
    URL root;

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @Test
    void aStepShowsItsTrendsWithoutJavaScript() {
        SignIn.SignedIn editor = SignIn.as(Role.COUNCIL_EDITOR, "E10000016");
        Page page = browser.newPageSignedInAs(editor, root);
        page.route("**/*.js", route -> route.abort());
        // the first page works out the national comparisons and trends (some seconds on a busy machine)
        page.setDefaultTimeout(90_000);
        page.navigate(root.toString());
        page.locator("#council").selectOption("E10000016");
        page.locator("input[name=year][value='2021-22']").check();
        page.locator("button:has-text('Open the workbook')").click();
        page.waitForURL("**/workbooks/*");
        page.navigate(page.url().replaceAll("/workbooks/(\\d+).*", "/workbooks/$1") + "/steps/demand-management");

        assertThat(page.locator("#trend-short-term-service-outcome svg.app-trend__chart")
                        .count())
                .isEqualTo(1);
        assertThat(page.locator("#trend-short-term-service-outcome polyline").count())
                .isGreaterThanOrEqualTo(3);
        assertThat(page.locator("#trend-short-term-service-outcome table").innerText())
                .contains("2015-16")
                .contains("2022-23")
                .contains("COVID-19 year");
        assertThat(page.locator("#trend-short-term-service-outcome .app-trend__sentence")
                        .innerText())
                .startsWith("Up 3.6 percentage points on 2021-22");
        Browser.screenshot(page.locator("#trend-short-term-service-outcome"), "trend-short-term-service-outcome");
        page.setViewportSize(1280, 900);
        Browser.screenshot(page, "step-05-demand-management");
        page.setViewportSize(390, 844);
        Browser.screenshot(page.locator("#comparison-short-term-service-outcome"), "trend-phone");
        Page axe = browser.newPageSignedInAs(editor, root);
        axe.navigate(page.url());
        Browser.assertNoSeriousAccessibilityViolations(axe);
    }
}
