package org.vfmworkbook.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.testing.Browser.assertNoAccessibilityViolations;

import java.net.URL;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.vfmworkbook.testing.Browser;
import org.vfmworkbook.testing.SignIn;

/**
 * The whole trip in Chromium, where cookie rules apply: the app on localhost at its base URL, the provider on 127.0.0.1, another
 * site, where the person continues from the provider's own page. It proves the Lax sign-in cookie comes back on the way from the
 * provider and the Strict session cookie is sent once the "You are signed in" page moves on (a redirect would lose it).
 */
@QuarkusTest
class OidcSignInJourneyTest {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @TestHTTPResource("/")
    URL root;

    @Test
    void aCouncilOfficerSignsInThroughTheirProviderOnceAnAdministratorHasGivenThemAccess() {
        Page officer = browser.newPage();
        officer.setDefaultTimeout(15_000);

        whenISignInThroughTheProvider(officer);
        assertThat(officer.locator("h1").textContent()).isEqualTo("Your account is waiting for an administrator");
        assertNoAccessibilityViolations(officer);

        whenTheAdministratorGivesMeAccess();

        whenISignInThroughTheProvider(officer);
        officer.waitForURL(root.toString());
        assertThat(officer.content()).contains("Signed in as Journey Person");
    }

    private void whenISignInThroughTheProvider(Page page) {
        page.navigate(root + "sign-in");
        assertNoAccessibilityViolations(page);
        page.getByText("Sign in with " + StubIdentityProvider.DISPLAY_NAME).click();
        page.locator("#continue").click();
        page.waitForLoadState();
    }

    private void whenTheAdministratorGivesMeAccess() {
        Page administrator = browser.newPageSignedInAs(SignIn.administrator(), root);
        administrator.navigate(root + "admin/accounts");
        administrator
                .getByText("People who signed in through a council identity provider")
                .click();
        assertNoAccessibilityViolations(administrator);
        administrator
                .getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Give access to " + StubIdentityProvider.JOURNEY_EMAIL))
                .click();
        assertNoAccessibilityViolations(administrator);
        administrator.getByLabel("Full name").fill("Journey Person");
        administrator.getByLabel("Council editor").check();
        administrator
                .getByLabel("Council", new Page.GetByLabelOptions().setExact(true))
                .selectOption(StubIdentityProvider.COUNCIL);
        administrator.locator("button:has-text('Give access')").click();
        assertThat(administrator.content()).contains("Signs in as Journey Person");
    }
}
