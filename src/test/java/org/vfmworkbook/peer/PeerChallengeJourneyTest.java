package org.vfmworkbook.peer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.testing.Browser.assertNoSeriousAccessibilityViolations;
import static org.vfmworkbook.testing.Browser.screenshot;

import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.Browser;
import org.vfmworkbook.testing.PdfText;
import org.vfmworkbook.testing.Releases;
import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.workbook.AnswerInput;
import org.vfmworkbook.workbook.AnswerService;
import org.vfmworkbook.workbook.WorkbookService;

/**
 * A regional peer-challenge session in Chromium: a facilitator starts it, two North East councils' editors join by sharing
 * their workbooks, a peer challenges one council on step 1, that council's editor replies, the facilitator records a
 * follow-up, and the session pack PDF holds the challenge, the reply and the regional chart. Screenshots of the regional view
 * (named and anonymised) and of the session's step page go to target/screenshots/.
 */
@QuarkusTest
class PeerChallengeJourneyTest {

    private static final String NORTH_EAST = "E12000001";
    private static final String STOCKTON = "E06000004";
    private static final String MIDDLESBROUGH = "E06000002";
    private static final String STEP = "spend-per-head";
    private static final String CHALLENGE = "Spend per adult is above the region's median: which placements drive it?";
    private static final String REPLY =
            "Out-of-area learning disability placements; we are bringing twelve people home this year.";
    private static final String FOLLOW_UP = "Share the placements review with the region";

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @TestHTTPResource("/")
    URL root;

    @Inject
    WorkbookService workbooks;

    @Inject
    AnswerService answers;

    @Inject
    RegionalViews views;

    @Test
    void aFacilitatorRunsASessionTwoCouncilsJoinAPeerChallengesTheCouncilRepliesAndThePackHoldsIt() {
        Page facilitator = browser.newPageSignedInAs(SignIn.as(Role.PEER_REVIEWER, "E06000002"), root);
        SignIn.SignedIn stocktonDirector = SignIn.director(STOCKTON);
        SignIn.SignedIn middlesbroughDirector = SignIn.director(MIDDLESBROUGH);
        Page stockton = browser.newPageSignedInAs(stocktonDirector, root);
        Page middlesbrough = browser.newPageSignedInAs(middlesbroughDirector, root);
        long stocktonWorkbook = givenAWorkbookWithAJudgementOnStepOne(STOCKTON);
        long middlesbroughWorkbook =
                workbooks.createOrResume(MIDDLESBROUGH, "2021-22").id();
        // The facilitator comes from another region: the two councils' directors release them to everyone (ADR 0011).
        whenTheDirectorReleasesTheCouncilToEveryone(stockton);
        Releases.release(middlesbroughDirector, NORTH_EAST, "ALL");
        try {
            runTheSession(facilitator, stockton, middlesbrough, stocktonWorkbook, middlesbroughWorkbook);
        } finally {
            Releases.release(stocktonDirector, NORTH_EAST, "UNRELEASED");
            Releases.release(middlesbroughDirector, NORTH_EAST, "UNRELEASED");
        }
    }

    private void runTheSession(
            Page facilitator, Page stockton, Page middlesbrough, long stocktonWorkbook, long middlesbroughWorkbook) {

        String session = whenTheFacilitatorStartsASession(facilitator);
        whenTheCouncilJoins(stockton, session, stocktonWorkbook);
        whenTheCouncilJoins(middlesbrough, session, middlesbroughWorkbook);
        thenTheSessionListsBoth(facilitator, session);

        whenAPeerChallengesStepOne(facilitator, session, "Stockton-on-Tees");
        whenTheCouncilReplies(stockton, session);
        screenshot(stockton, "peer-session-step-01");
        whenTheFacilitatorRecordsAFollowUp(facilitator, session);

        thenThePackHoldsTheChallengeTheReplyAndTheRegionalChart(facilitator, session);
        whenISeeTheRegionalView(stockton);
    }

    private void whenTheDirectorReleasesTheCouncilToEveryone(Page page) {
        visit(page, "regions/" + NORTH_EAST + "?year=2021-22");
        page.locator("#release-link").click();
        assertThat(page.locator("h1")).hasText("Release Stockton-on-Tees's figures");
        assertNoSeriousAccessibilityViolations(page);
        page.locator("input[name=stage][value=ALL]").check();
        page.locator("input[name=confirm]").check();
        screenshot(page, "release-your-councils-figures");
        page.getByText("Save who may see your council").click();
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("released to everyone signed in");
        assertNoSeriousAccessibilityViolations(page);
    }

    private long givenAWorkbookWithAJudgementOnStepOne(String council) {
        long id = workbooks.createOrResume(council, "2021-22").id();
        answers.save(
                id,
                STEP,
                workbooks.step(id, STEP).version(),
                List.of(
                        new AnswerInput(
                                "drivers-of-spend",
                                "Placements for younger adults with learning disabilities.",
                                null,
                                List.of()),
                        new AnswerInput("judgement", null, "amber", List.of())));
        return id;
    }

    private String whenTheFacilitatorStartsASession(Page page) {
        visit(page, "peer-sessions");
        page.locator("#title").fill("North East peer challenge, journey");
        page.selectOption("#region", NORTH_EAST);
        page.locator("input[name=year][value='2021-22']").check();
        page.locator("input[name=councils][value=named]").check();
        page.getByText("Start the session").click();
        assertThat(page).hasURL(Pattern.compile(".*/peer-sessions/\\d+$"));
        assertThat(page.locator("h1")).hasText("North East peer challenge, journey");
        assertNoSeriousAccessibilityViolations(page);
        return page.url().replaceAll(".*/peer-sessions/", "");
    }

    private void whenTheCouncilJoins(Page page, String session, long workbook) {
        visit(page, "peer-sessions");
        Locator form = page.locator("#join-session-" + session);
        form.locator("select").selectOption(String.valueOf(workbook));
        form.getByText("Join with this workbook").click();
        assertThat(page).hasURL(Pattern.compile(".*/peer-sessions/" + session + "$"));
    }

    private void thenTheSessionListsBoth(Page page, String session) {
        visit(page, "peer-sessions/" + session);
        assertThat(page.locator("main")).containsText("Middlesbrough");
        assertThat(page.locator("main")).containsText("Stockton-on-Tees");
    }

    private static Locator position(Page page, String council) {
        return page.locator("section.app-council-position")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("h3", new Page.LocatorOptions().setHasText(council))));
    }

    private void whenAPeerChallengesStepOne(Page page, String session, String council) {
        visit(page, "peer-sessions/" + session + "/steps/" + STEP);
        assertNoSeriousAccessibilityViolations(page);
        Locator position = position(page, council);
        position.locator("textarea").fill(CHALLENGE);
        position.getByText("Add the challenge").click();
        assertThat(position(page, council).locator(".app-challenge")).containsText(CHALLENGE);
    }

    private void whenTheCouncilReplies(Page page, String session) {
        visit(page, "peer-sessions/" + session + "/steps/" + STEP);
        Locator challenge = position(page, "Stockton-on-Tees").locator(".app-challenge");
        challenge.locator("textarea").fill(REPLY);
        challenge
                .getByText("Reply", new Locator.GetByTextOptions().setExact(true))
                .click();
        assertThat(position(page, "Stockton-on-Tees").locator(".govuk-inset-text"))
                .containsText(REPLY);
    }

    private void whenTheFacilitatorRecordsAFollowUp(Page page, String session) {
        visit(page, "peer-sessions/" + session);
        Locator form = page.locator("#add-follow-up");
        form.locator("[name=what]").fill(FOLLOW_UP);
        form.locator("[name=owner]").fill("Director of adult social services, Stockton-on-Tees");
        form.locator("[name=due-day]").fill("30");
        form.locator("[name=due-month]").fill("6");
        form.locator("[name=due-year]").fill("2027");
        form.getByText("Add the follow-up").click();
        assertThat(page.locator("#follow-ups + table, table.govuk-table")).containsText(FOLLOW_UP);
    }

    private void thenThePackHoldsTheChallengeTheReplyAndTheRegionalChart(Page page, String session) {
        visit(page, "peer-sessions/" + session);
        String href = page.locator("#session-pack-pdf").getAttribute("href");
        com.microsoft.playwright.APIResponse response = page.request().get(Browser.address(root, href));
        assertThat(response.headers().get("content-type")).startsWith("application/pdf");
        byte[] pdf = response.body();
        PdfText text = PdfText.of(pdf);
        RegionalView.Measure chart = views.view(
                        NORTH_EAST,
                        "2021-22",
                        false,
                        null,
                        org.vfmworkbook.testing.Visibilities.aDirectorIn(NORTH_EAST))
                .steps()
                .get(0)
                .measures()
                .get(0);
        RegionalView.Row stocktonRow = chart.rows().stream()
                .filter(r -> r.label().equals("Stockton-on-Tees"))
                .findFirst()
                .orElseThrow();
        String stepOne = text.pageWith("Step 1:");
        assertThat(text.text()).contains(CHALLENGE).contains(REPLY).contains(FOLLOW_UP);
        assertThat(stepOne)
                .contains(chart.title())
                .contains(stocktonRow.formatted())
                .contains("Region median")
                .contains("England median");
    }

    private void whenISeeTheRegionalView(Page page) {
        page.setViewportSize(1280, 900);
        visit(page, "regions/" + NORTH_EAST + "?year=2021-22");
        page.locator("figure.app-chart canvas").first().waitFor();
        assertNoSeriousAccessibilityViolations(page);
        screenshot(page, "regional-view-named");
        screenshot(page.locator("#step-1 .app-finding").first(), "regional-view-named-step-01-first-measure");
        visit(page, "regions/" + NORTH_EAST + "?year=2021-22&mode=anonymised");
        page.locator("figure.app-chart canvas").first().waitFor();
        assertThat(page.locator("main")).containsText("Your council, Stockton-on-Tees, is named.");
        assertThat(page.locator("main")).not().containsText("Middlesbrough");
        screenshot(page, "regional-view-anonymised");
        screenshot(page.locator("#step-1 .app-finding").first(), "regional-view-anonymised-step-01-first-measure");
    }

    private void visit(Page page, String path) {
        page.navigate(Browser.address(root, path));
    }
}
