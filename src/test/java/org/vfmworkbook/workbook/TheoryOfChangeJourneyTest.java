package org.vfmworkbook.workbook;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.vfmworkbook.testing.Browser.assertNoSeriousAccessibilityViolations;

import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;

import jakarta.inject.Inject;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.Browser;
import org.vfmworkbook.testing.SignIn;

/**
 * An improvement lead writes a Theory of Change in Chromium: adds an action at step 10 (which asks for one), opens its Theory of
 * Change from the action's card, saves it with a mistake (a milestone's month 13, where we want to be left out) and corrects it,
 * then finds it summarised on the action plan and listed in the report. axe checks every page, the error page included. Rotherham is
 * used by no other test.
 */
@QuarkusTest
class TheoryOfChangeJourneyTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String ROTHERHAM = "E08000018";
    private static final String STEP = "local-cost-pressures";

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @TestHTTPResource("/")
    URL root;

    @Inject
    WorkbookService workbooks;

    @Test
    void aTheoryOfChangeIsWrittenCorrectedAndFoundOnTheActionPlanAndInTheReport() {
        long workbook = workbooks.createOrResume(ROTHERHAM, "2021-22").id();
        Page page = browser.newPageSignedInAs(SignIn.as(Role.COUNCIL_EDITOR, ROTHERHAM), root);

        whenIAddAnActionAtStepTen(page, workbook);
        whenIOpenItsTheoryOfChangeFromTheCard(page);
        whenISaveItWithAMistakeAndCorrectIt(page);
        thenTheActionPlanSummarisesIt(page, workbook);
        thenTheReportListsIt(page, workbook);
        page.context().close();
    }

    private void whenIAddAnActionAtStepTen(Page page, long workbook) {
        // The first step page of a fresh app works out the year's figures: give it longer than a page needs once warm.
        page.navigate(
                root.toString() + "workbooks/" + workbook + "/steps/" + STEP,
                new Page.NavigateOptions().setTimeout(60_000));
        assertThat(page.locator("#actions ~ .govuk-inset-text").first())
                .containsText("give each action a Theory of Change");
        page.locator("#add-action summary").click();
        Locator form = page.locator("#add-action-form");
        form.locator("[name=action-what]").fill("Move home care to outcome-based commissioning");
        form.locator("[name=action-owner]").fill("Head of commissioning");
        form.locator("[name=action-due-day]").fill("31");
        form.locator("[name=action-due-month]").fill("3");
        form.locator("[name=action-due-year]").fill("2028");
        form.locator("[name=action-measure]").fill("Home care cost per hour in line with neighbours");
        form.getByText("Add the action").click();
        assertThat(page.locator(".app-action-theory").first()).containsText("Not yet written");
        assertNoSeriousAccessibilityViolations(page);
    }

    private void whenIOpenItsTheoryOfChangeFromTheCard(Page page) {
        page.locator(".app-action-theory a").first().click();
        assertThat(page.locator("h1")).hasText("Theory of Change");
        assertThat(page.locator("main")).containsText("Move home care to outcome-based commissioning");
        assertNoSeriousAccessibilityViolations(page);
    }

    private void whenISaveItWithAMistakeAndCorrectIt(Page page) {
        box(page, "toc-now-1", "Providers paid by the hour, with little reablement", "Contract register", "local");
        page.locator("[name=toc-now-1-measure-name]").fill("Hours commissioned a week");
        box(page, "toc-activity-1", "Co-design outcome-based contracts with providers", "Signed contracts", "local");
        page.locator("[name=toc-activity-1-measure-name]").fill("Contracts signed");
        box(page, "toc-milestone-1", "New contracts start", "Contract start dates", "local");
        page.locator("[name=toc-milestone-1-measure-name]").fill("Providers on the new contracts");
        page.locator("[name=toc-milestone-1-date-day]").fill("1");
        page.locator("[name=toc-milestone-1-date-month]").fill("13");
        page.locator("[name=toc-milestone-1-date-year]").fill("2027");
        box(
                page,
                "toc-outcome-1",
                "More people regain independence",
                "Reablement outcomes",
                "unit-cost-residential-65-plus");
        page.getByText("Save the Theory of Change").click();

        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: Theory of Change"));
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).containsText("Enter where we want to be");
        assertThat(summary).containsText("The date of milestone 1 must be a real date");
        assertThat(page.locator("[name=toc-activity-1-text]"))
                .hasValue("Co-design outcome-based contracts with providers");
        assertThat(page.locator("[name=toc-milestone-1-date-month]")).hasValue("13");
        assertThat(page.locator("[name=toc-outcome-1-measure]")).hasValue("unit-cost-residential-65-plus");
        assertNoSeriousAccessibilityViolations(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("theory-of-change-errors.png"))
                .setFullPage(true));

        page.locator("[name=toc-milestone-1-date-month]").fill("12");
        box(page, "toc-goal-1", "People live at home for longer, at a sustainable cost", "Annual survey", "local");
        page.locator("[name=toc-goal-1-measure-name]").fill("People supported at home");
        page.getByText("Save the Theory of Change").click();
        assertThat(page.locator(".app-action-theory").first()).containsText("View or change the Theory of Change");
        assertNoSeriousAccessibilityViolations(page);
    }

    private static void box(Page page, String prefix, String text, String evidence, String measure) {
        page.locator("[name=" + prefix + "-text]").fill(text);
        page.locator("[name=" + prefix + "-evidence]").fill(evidence);
        page.locator("[name=" + prefix + "-measure]").selectOption(measure);
    }

    private void thenTheActionPlanSummarisesIt(Page page, long workbook) {
        page.navigate(root.toString() + "workbooks/" + workbook + "/action-plan");
        Locator card = page.locator("[id^=theory-]").first();
        assertThat(card).containsText("Providers paid by the hour, with little reablement");
        assertThat(card).containsText("New contracts start, by 1 December 2027");
        assertThat(card).containsText("People live at home for longer, at a sustainable cost");
        assertNoSeriousAccessibilityViolations(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("theory-of-change-action-plan.png"))
                .setFullPage(true));
        card.locator(".govuk-summary-card__action a").click();
        assertThat(page.locator("[name=toc-goal-1-text]"))
                .hasValue("People live at home for longer, at a sustainable cost");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("theory-of-change.png"))
                .setFullPage(true));
    }

    private void thenTheReportListsIt(Page page, long workbook) {
        // The report works out every step's findings: as slow as a first step page on a busy machine.
        page.navigate(
                root.toString() + "workbooks/" + workbook + "/report", new Page.NavigateOptions().setTimeout(60_000));
        Locator theory = page.locator(".app-report__theory").first();
        assertThat(theory).containsText("Theory of Change: step 10");
        assertThat(theory).containsText("New contracts start (due 1 December 2027)");
        assertThat(theory).containsText("Measure: Providers on the new contracts");
        assertNoSeriousAccessibilityViolations(page);
        theory.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("theory-of-change-report.png")));
    }
}
