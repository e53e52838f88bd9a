package org.vfmworkbook.workbook;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.testing.Browser.assertNoSeriousAccessibilityViolations;

import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.testing.Browser;

/**
 * A director's journey in Chromium: open a workbook, answer all thirteen steps (with a local figure at step 1 and an action
 * with a fiscal return at step 8), mark each complete, and see 13 of 13 on the task list; with JavaScript and without.
 * axe checks every page visited. Councils here are used by no other test: each journey needs a workbook of its own.
 */
@QuarkusTest
class WorkbookJourneyTest {

    private static final Set<Integer> SCREENSHOT_STEPS = Set.of(1, 2, 7);
    private static final String LOCAL_FIGURE_STEP = "spend-per-head";
    private static final String FISCAL_RETURN_STEP = "less-expensive-care";

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @TestHTTPResource("/")
    URL root;

    @Inject
    StepCatalogue steps;

    private Page page;
    /** Where axe runs when the journey's page has JavaScript disabled (axe needs it): the same address, page scripts blocked. */
    private Page axePage;

    private String screenshotSuffix = "";

    private org.vfmworkbook.testing.SignIn.SignedIn givenIAmSignedInAsAnEditorOf(String councilCode) {
        org.vfmworkbook.testing.SignIn.SignedIn editor =
                org.vfmworkbook.testing.SignIn.as(org.vfmworkbook.security.Role.COUNCIL_EDITOR, councilCode);
        for (Page p : new Page[] {page, axePage}) {
            if (p != null) {
                Browser.signIn(p, editor, root);
            }
        }
        return editor;
    }

    // Nottingham: no other test opens its workbook
    @Test
    void afterAnAutosaveTheFormIsBasedOnWhatWasSavedSoTypingMoreAndSavingIsNoConflict() {
        page = browser.newPage();
        page.setDefaultTimeout(15_000);
        long id = org.vfmworkbook.testing.WorkbookForms.open(givenIAmSignedInAsAnEditorOf("E06000018"), "E06000018");
        page.navigate(root + "workbooks/" + id + "/steps/spend-per-head");
        page.locator("#answer-drivers-of-spend").fill("Typed first");
        assertThat(page.locator("#autosave-status")).containsText("Saved");

        page.locator("#answer-drivers-of-spend").fill("Typed first, then more");
        page.locator("button[value=check]").click();

        assertThat(page).hasURL(Pattern.compile(".*/steps/spend-per-head/check-answers$"));
        assertThat(page.locator("main")).containsText("Typed first, then more");
    }

    @Test
    void aDirectorCompletesEveryStepWithAnActionAndALocalFigure() {
        page = browser.newPage();
        page.setDefaultTimeout(10_000);
        journey("E08000032", "Bradford");
    }

    @Test
    void theSameJourneyWorksWithoutJavaScript() {
        page = browser.newPage(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false));
        page.setDefaultTimeout(10_000);
        axePage = browser.newPage();
        axePage.route("**/*.js", route -> route.abort());
        screenshotSuffix = "-no-js";
        journey("E08000019", "Sheffield");
    }

    private void journey(String councilCode, String councilName) {
        givenIAmSignedInAsAnEditorOf(councilCode);
        whenIOpenTheWorkbookFor(councilCode);
        thenISeeTheTaskList(councilName, 0);
        for (StepDefinition step : steps.all()) {
            whenIOpenTheStep(step);
            thenISeeTheStepWithItsData(step);
            if (step.id().equals(LOCAL_FIGURE_STEP)) {
                whenISwitchTheComparatorGroupToMyRegion();
                whenIAddALocalFigure();
                thenISeeItBesideThePublishedValue();
            }
            if (step.id().equals(FISCAL_RETURN_STEP)) {
                whenIAddAnActionWithAFiscalReturn();
                thenISeeTheFiscalReturnCalculated();
            }
            if (SCREENSHOT_STEPS.contains(step.number())) {
                screenshot(String.format("step-%02d", step.number()));
            }
            whenIAnswerEveryQuestion();
            whenISaveAndContinue();
            thenICheckMyAnswers(step);
            whenIMarkTheStepComplete();
            thenISeeTheTaskList(councilName, step.number());
        }
        thenEveryStepIsCompleted();
        screenshot("task-list");
    }

    private void whenIOpenTheWorkbookFor(String councilCode) {
        visit(root.toString());
        page.selectOption("#council", councilCode);
        page.locator("input[name=year][value='2021-22']").check();
        page.getByText("Open the workbook").click();
        checked();
    }

    private void thenISeeTheTaskList(String councilName, int completed) {
        assertThat(page).hasURL(Pattern.compile(".*/workbooks/\\d+$"));
        assertThat(page.locator("h1")).hasText("Your value for money workbook");
        assertThat(page.locator("main")).containsText(councilName);
        assertThat(page.locator("#completed-count")).hasText("You have completed " + completed + " of 13 steps.");
    }

    private void whenIOpenTheStep(StepDefinition step) {
        page.locator("#step a.govuk-task-list__link").nth(step.number() - 1).click();
        checked();
    }

    private void thenISeeTheStepWithItsData(StepDefinition step) {
        assertThat(page.locator("h1")).hasText(step.title());
        if (!step.comparisons().isEmpty()) {
            assertThat(page.locator("form.app-group-switch")).hasCount(1);
            assertThat(page.locator(".app-finding")).hasCount(step.comparisons().size());
            assertThat(page.locator(".app-finding table.govuk-table").first()).isVisible();
        }
    }

    private void whenISwitchTheComparatorGroupToMyRegion() {
        page.locator("form.app-group-switch input[value=region]").check();
        page.locator("form.app-group-switch button").click();
        checked();
        assertThat(page).hasURL(Pattern.compile(".*\\?group=region$"));
        assertThat(page.locator("form.app-group-switch input[value=region]")).isChecked();
        assertThat(page.locator(".app-finding").first())
                .containsText("councils in the Yorkshire and The Humber region");
    }

    private void whenIAddALocalFigure() {
        Locator comparison = page.locator("section.app-comparison").first();
        comparison
                .locator("summary", new Locator.LocatorOptions().setHasText("Add a local figure"))
                .click();
        comparison.locator("input[name$='-value']").fill("530");
        comparison.locator("input[name$='-source']").fill("Budget monitoring, quarter 1");
        comparison.locator("input[name$='-as-at-day']").fill("30");
        comparison.locator("input[name$='-as-at-month']").fill("6");
        comparison.locator("input[name$='-as-at-year']").fill("2023");
        comparison.getByText("Save the local figure").click();
        checked();
    }

    private void thenISeeItBesideThePublishedValue() {
        Locator figures = page.locator("section.app-comparison").first().locator(".app-figures");
        assertThat(figures).containsText("Published figure, 2021-22");
        assertThat(figures.locator(".app-local-figure")).containsText("Local figure");
        assertThat(figures.locator(".app-local-figure"))
                .containsText("£530, as at 30 June 2023. Source: Budget monitoring, quarter 1.");
    }

    private void whenIAddAnActionWithAFiscalReturn() {
        page.locator("#add-action summary").click();
        Locator form = page.locator("#add-action-form");
        form.locator("[name=action-what]").fill("Commission a reablement service for people leaving hospital");
        form.locator("[name=action-owner]").fill("Head of commissioning");
        form.locator("[name=action-due-day]").fill("31");
        form.locator("[name=action-due-month]").fill("3");
        form.locator("[name=action-due-year]").fill("2027");
        form.locator("[name=action-measure]")
                .fill("Admissions to residential care of people aged 65 and over, from 620 to 560 a year");
        form.locator("[name=action-saving]").fill("150000");
        form.locator("[name=action-one-off-cost]").fill("50000");
        form.locator("[name=action-annual-cost]").fill("100000");
        form.locator("[name=action-costs-avoided]").fill("250000");
        form.locator("[name=action-years]").fill("3");
        form.getByText("Add the action").click();
        checked();
    }

    private void thenISeeTheFiscalReturnCalculated() {
        // Benefits 250,000 × 3 = 750,000; costs 50,000 + 100,000 × 3 = 350,000: net 400,000, £2.14 per £1, payback
        // 50,000 ÷ 150,000.
        Locator froi = page.locator(".govuk-summary-card .app-froi");
        assertThat(froi).containsText("Net benefit £400,000");
        assertThat(froi).containsText("return per £1 £2.14");
        assertThat(froi).containsText("payback 0.3 years");
    }

    private void whenIAnswerEveryQuestion() {
        Locator form = page.locator("#answers-form");
        Locator texts = form.locator("textarea");
        for (int i = 0; i < texts.count(); i++) {
            texts.nth(i).fill("Our answer " + (i + 1) + ": explained from our budget monitoring and the data above.");
        }
        @SuppressWarnings("unchecked")
        List<String> radioGroups = (List<String>)
                form.locator("input[type=radio]").evaluateAll("inputs => [...new Set(inputs.map(i => i.name))]");
        for (String name : radioGroups) {
            Locator choice =
                    form.locator("input[name='" + name + "'][value=amber], input[name='" + name + "'][value=partly]");
            (choice.count() > 0
                            ? choice.first()
                            : form.locator("input[name='" + name + "']").first())
                    .check();
        }
        Locator firstLink = form.locator(".app-evidence-link").first();
        if (firstLink.count() > 0) {
            firstLink.locator("input[name$='-title']").fill("Budget monitoring report");
            firstLink.locator("input[type=url]").fill("https://www.example.org/budget-monitoring");
        }
    }

    private void whenISaveAndContinue() {
        page.locator("#answers-form button[value=check]").click();
        checked();
    }

    private void thenICheckMyAnswers(StepDefinition step) {
        assertThat(page).hasURL(Pattern.compile(".*/steps/" + step.id() + "/check-answers$"));
        assertThat(page.locator("main")).containsText("Our answer 1: explained from our budget monitoring");
        assertThat(page.locator("main")).containsText("Amber");
    }

    private void whenIMarkTheStepComplete() {
        page.locator("#mark-complete").click();
        checked();
    }

    private void thenEveryStepIsCompleted() {
        assertThat(page.locator("#step .govuk-task-list__status"))
                .hasText(Collections.nCopies(13, "Completed").toArray(String[]::new));
    }

    private void visit(String url) {
        page.navigate(url);
        checked();
    }

    /** Every page visited: served without error and with no serious or critical accessibility violation. */
    private void checked() {
        assertThat(page.locator("h1")).hasCount(1);
        assertThat(page.title()).doesNotStartWith("Error").doesNotContain("Sorry");
        if (axePage == null) {
            assertNoSeriousAccessibilityViolations(page);
        } else {
            axePage.navigate(page.url());
            assertNoSeriousAccessibilityViolations(axePage);
        }
    }

    private void screenshot(String name) {
        Browser.screenshot(page, name + screenshotSuffix);
    }
}
