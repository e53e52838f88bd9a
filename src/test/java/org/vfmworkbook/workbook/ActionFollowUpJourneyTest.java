package org.vfmworkbook.workbook;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.vfmworkbook.testing.Browser.assertNoSeriousAccessibilityViolations;
import static org.vfmworkbook.testing.Browser.screenshot;

import java.net.URL;

import jakarta.inject.Inject;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.vfmworkbook.peer.PeerSessions;
import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.Browser;
import org.vfmworkbook.testing.SignIn;

/**
 * An improvement lead follows up an action in Chromium: adds it at step 8, marks it at risk with a local measure, makes a mistake in
 * a progress note and corrects it, then opens the action plan from the task list and accepts a follow-up agreed at peer challenge.
 * axe checks every page, the error pages included. Oldham is used by no other test.
 */
@QuarkusTest
class ActionFollowUpJourneyTest {

    private static final String OLDHAM = "E08000004";
    private static final String STEP = "less-expensive-care";

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @TestHTTPResource("/")
    URL root;

    @Inject
    WorkbookService workbooks;

    @Inject
    PeerSessions peer;

    @Test
    void anActionIsFollowedUpAndAPeerFollowUpJoinsThePlan() {
        long workbook = workbooks.createOrResume(OLDHAM, "2021-22").id();
        long session = peer.create(
                "E12000002",
                "2021-22",
                "North West peer challenge",
                SignIn.as(Role.PEER_REVIEWER, "E08000006").username(),
                false);
        peer.join(session, workbook);
        peer.addFollowUp(session, "Oldham to share its home care market review", "Director", null);
        Page page = browser.newPageSignedInAs(SignIn.as(Role.COUNCIL_EDITOR, OLDHAM), root);

        whenIAddAnActionAtStepEight(page, workbook);
        whenIFollowItUp(page);
        whenIAddAProgressNoteWithoutADateAndThenWithOne(page);
        whenIOpenTheActionPlanFromTheTaskList(page, workbook);
        whenIAcceptTheFollowUp(page);
    }

    private void whenIAddAnActionAtStepEight(Page page, long workbook) {
        page.navigate(Browser.address(root, "/workbooks/" + workbook + "/steps/" + STEP));
        page.locator("#add-action summary").click();
        Locator form = page.locator("#add-action-form");
        form.locator("[name=action-what]").fill("Open an extra care scheme");
        form.locator("[name=action-owner]").fill("Head of commissioning");
        form.locator("[name=action-due-day]").fill("31");
        form.locator("[name=action-due-month]").fill("3");
        form.locator("[name=action-due-year]").fill("2021");
        form.locator("[name=action-measure]").fill("Ten fewer care home admissions a year");
        form.getByText("Add the action").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("must be today or in the future");
        assertThat(page.locator("[name=action-due-year]").first()).hasValue("2021");
        assertNoSeriousAccessibilityViolations(page);
        page.locator("#add-action-form [name=action-due-year]").fill("2028");
        page.locator("#add-action-form").getByText("Add the action").click();
        assertThat(page.locator(".govuk-summary-card").first()).containsText("Not started");
        assertNoSeriousAccessibilityViolations(page);
    }

    private void whenIFollowItUp(Page page) {
        page.locator(".govuk-summary-card__action a").first().click();
        assertThat(page.locator("h1")).hasText("Change an action");
        page.locator("[name=action-status][value=at-risk]").check();
        page.locator("[name=action-review-day]").fill("30");
        page.locator("[name=action-review-month]").fill("9");
        page.locator("[name=action-review-year]").fill("2027");
        page.locator("[name=action-measure-metric]").selectOption("local");
        page.locator("[name=action-measure-name]").fill("Care home admissions a year");
        page.locator("[name=action-measure-start]").fill("120");
        page.locator("[name=action-measure-now]").fill("104");
        assertNoSeriousAccessibilityViolations(page);
        page.getByText("Save the action").click();
        assertThat(page.locator(".govuk-summary-card").first())
                .containsText("Care home admissions a year: at the start 120, now 104");
        assertThat(page.locator(".govuk-summary-card").first()).containsText("At risk");
    }

    private void whenIAddAProgressNoteWithoutADateAndThenWithOne(Page page) {
        page.locator(".govuk-summary-card__action a").first().click();
        Locator note = page.locator("#progress-note-form");
        note.locator("[name=note-text]").fill("Site chosen with the housing team");
        note.getByText("Add the note").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date of the note");
        assertThat(page.locator("[name=note-text]")).hasValue("Site chosen with the housing team");
        assertNoSeriousAccessibilityViolations(page);
        page.locator("[name=note-date-day]").fill("1");
        page.locator("[name=note-date-month]").fill("12");
        page.locator("[name=note-date-year]").fill("2026");
        page.locator("#progress-note-form").getByText("Add the note").click();
        assertThat(page.locator("#progress-notes + ul")).containsText("1 December 2026");
        assertNoSeriousAccessibilityViolations(page);
        screenshot(page, "action-follow-up");
    }

    private void whenIOpenTheActionPlanFromTheTaskList(Page page, long workbook) {
        page.navigate(Browser.address(root, "/workbooks/" + workbook));
        page.locator("#action-plan-link").click();
        assertThat(page.locator("h1")).hasText("Action plan");
        assertThat(page.locator("#action-plan-table")).containsText("Open an extra care scheme");
        assertThat(page.locator("#action-plan-table")).containsText("At risk");
        page.locator("#status").selectOption("done");
        page.getByText("Show these actions").click();
        assertThat(page.locator("#action-plan-count")).hasText("Showing 0 of 1 actions.");
        page.getByText("Show all actions").click();
        assertNoSeriousAccessibilityViolations(page);
    }

    private void whenIAcceptTheFollowUp(Page page) {
        Locator card = page.locator("[id^=follow-up-]").first();
        assertThat(card).containsText("Oldham to share its home care market review");
        card.getByText("Add to the action plan").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the step the action belongs to");
        assertNoSeriousAccessibilityViolations(page);
        card = page.locator("[id^=follow-up-]").first();
        card.locator("select").selectOption(STEP);
        card.locator("[name$=due-day]").fill("30");
        card.locator("[name$=due-month]").fill("6");
        card.locator("[name$=due-year]").fill("2027");
        card.getByText("Add to the action plan").click();
        assertThat(page.locator("#action-plan-table")).containsText("Oldham to share its home care market review");
        assertThat(page.locator("#action-plan-table")).containsText("peer challenge");
        assertNoSeriousAccessibilityViolations(page);
        screenshot(page, "action-plan");
    }
}
