package org.vfmworkbook.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.testing.Browser.assertNoAccessibilityViolations;

import java.net.URL;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.vfmworkbook.testing.Browser;
import org.vfmworkbook.testing.SignIn;

/**
 * The timeout warning in Chromium, with sessions of 12 seconds renewed at most every second and the warning 8 seconds before the
 * end (so it opens about 3 seconds after a page loads): it takes the focus, "Stay signed in" keeps the session past its first end,
 * doing nothing lands on the sign-in page saying why, and without JavaScript the page says when the session ends.
 */
@QuarkusTest
@TestProfile(SessionTimeoutInABrowserTest.ShortSessions.class)
class SessionTimeoutInABrowserTest {

    private static final String KENT = "E10000016";
    private static final long SESSION_MS = 12_000;

    public static class ShortSessions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.auth.form.timeout", "PT12S",
                    "quarkus.http.auth.form.new-cookie-interval", "PT1S",
                    "vfm.security.session-warning", "PT8S");
        }
    }

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @TestHTTPResource("/")
    URL root;

    private Page page;

    @Test
    void theWarningTakesTheFocusAndStaySignedInKeepsTheSessionPastItsEnd() {
        givenIAmSignedIn();
        long opened = System.currentTimeMillis();
        whenIOpen("/account");

        for (int warning = 1; warning <= 3; warning++) {
            thenTheWarningOpensWithTheFocusOnIt();
            if (warning == 1) {
                assertThat(dialog().locator(".app-timeout-dialog__announce")).hasText(Pattern.compile("\\d+ seconds"));
                assertNoAccessibilityViolations(page);
            }
            dialog().getByText("Stay signed in").click();
            assertThat(dialog()).isHidden();
        }
        page.waitForTimeout(Math.max(0, opened + SESSION_MS + 1_000 - System.currentTimeMillis()));

        whenIOpen("/account");
        assertThat(page.locator("h1")).hasText("Your account");
    }

    @Test
    void doingNothingEndsOnTheSignInPageSayingWhy() {
        givenIAmSignedIn();
        whenIOpen("/account");

        thenTheWarningOpensWithTheFocusOnIt();
        page.waitForURL("**/sign-in?session-ended=timed-out", new Page.WaitForURLOptions().setTimeout(20_000));

        assertThat(page.locator("[aria-labelledby=session-ended-title]")).containsText("You have been signed out");
        assertThat(page.locator("[aria-labelledby=session-ended-title]"))
                .containsText("You did nothing in the VfM Workbook for 12 seconds");
        assertNoAccessibilityViolations(page);
        whenIOpen("/account");
        assertThat(page).hasURL(Pattern.compile(".*/sign-in.*"));
    }

    @Test
    void signOutInTheWarningSignsOut() {
        givenIAmSignedIn();
        whenIOpen("/account");

        thenTheWarningOpensWithTheFocusOnIt();
        dialog().getByText("Sign out").click();

        page.waitForURL("**/sign-in?signed-out=true");
        assertThat(page.locator("h1")).hasText("Sign in");
    }

    @Test
    void withoutJavaScriptThePageSaysWhenTheSessionEnds() {
        page = browser.newPageSignedInAs(
                SignIn.as(Role.COUNCIL_VIEWER, KENT),
                root,
                new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false));
        whenIOpen("/account");

        assertThat(page.locator("#session-ends"))
                .hasText(Pattern.compile(
                        "If you do nothing, you will be signed out at \\d{1,2}(:\\d\\d)?(am|pm)|If you do nothing, you will be"
                                + " signed out at (midday|midnight).*"));
        page.waitForTimeout(5_000);
        assertThat(dialog()).isHidden();
    }

    private void givenIAmSignedIn() {
        page = browser.newPageSignedInAs(SignIn.as(Role.COUNCIL_VIEWER, KENT), root);
    }

    private void whenIOpen(String path) {
        page.navigate(Browser.address(root, path));
        page.waitForLoadState();
    }

    private Locator dialog() {
        return page.locator("#session-timeout-dialog");
    }

    private void thenTheWarningOpensWithTheFocusOnIt() {
        assertThat(dialog())
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(10_000));
        assertThat(dialog()).hasAttribute("open", "");
        assertThat(page.locator("#session-timeout-heading")).isFocused();
        assertThat(page.locator("#session-timeout-heading")).hasText("You are about to be signed out");
        assertThat(dialog().locator(".app-timeout-dialog__countdown")).hasText(Pattern.compile("\\d+ seconds?"));
    }
}
