package org.vfmworkbook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * A real Chromium for journey tests: one per test class ({@code @BeforeAll browser = Browser.launch()}, {@code @AfterAll browser.close()}),
 * a fresh page per test, and an axe check for every page visited.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    /** Starts Debian's Chromium; fails, never skips, when it is missing. */
    public static Browser launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(
                    "Browser tests need Chromium at " + CHROMIUM
                            + ", which is not installed. Run .ci/run (it installs chromium with apt-get), then run the tests again.");
        }
        System.setProperty("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new Browser(
                    playwright,
                    playwright
                            .chromium()
                            .launch(new BrowserType.LaunchOptions()
                                    .setExecutablePath(CHROMIUM)
                                    .setArgs(CHROMIUM_ARGS)
                                    .setHeadless(true)));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A new page in its own context (no cookies shared with other tests). */
    public Page newPage() {
        return chromium.newContext().newPage();
    }

    /** A new page in its own context with these options (for example JavaScript disabled). */
    public Page newPage(com.microsoft.playwright.Browser.NewContextOptions options) {
        return chromium.newContext(options).newPage();
    }

    /** A new page in its own context, signed in as this person (their session and CSRF cookies) on the site at {@code root}. */
    public Page newPageSignedInAs(SignIn.SignedIn who, String root) {
        return newPageSignedInAs(who, root, new com.microsoft.playwright.Browser.NewContextOptions());
    }

    /** The same, in a context with these options (for example JavaScript disabled). */
    public Page newPageSignedInAs(
            SignIn.SignedIn who, String root, com.microsoft.playwright.Browser.NewContextOptions options) {
        Page page = newPage(options);
        String site = root.replaceAll("/$", "");
        page.context()
                .addCookies(List.of(
                        new com.microsoft.playwright.options.Cookie(SignIn.SESSION_COOKIE, who.sessionCookie())
                                .setUrl(site)
                                .setHttpOnly(true),
                        new com.microsoft.playwright.options.Cookie(SignIn.CSRF_COOKIE, who.csrfToken()).setUrl(site)));
        page.setDefaultTimeout(10_000);
        return page;
    }

    /** Runs axe with the WCAG 2.1 A and AA rules and fails listing every serious or critical violation. */
    public static void assertNoSeriousAccessibilityViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as(() -> "Serious or critical accessibility violations on " + page.url() + ":\n" + describe(serious))
                .isEmpty();
    }

    /** Runs axe with the WCAG 2.1 A and AA rules and fails listing every violation, its help and the elements. */
    public static void assertNoAccessibilityViolations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        assertThat(results.getViolations())
                .as(() -> "Accessibility violations on " + page.url() + ":\n" + describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
