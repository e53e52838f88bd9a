package org.vfmworkbook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Chromium for the browser tests, the one helper they share. A test class registers it,
 * {@code @RegisterExtension static final Browser browser = Browser.perTestClass();}: Debian's Chromium is launched before the
 * class's first test and closed after its last, and every page a test opened is closed after that test. It signs a page in
 * ({@link #newPageSignedInAs}, {@link #signIn}), runs axe on a page ({@link #assertNoSeriousAccessibilityViolations},
 * {@link #assertNoAccessibilityViolations}) and keeps screenshots in {@link #SCREENSHOTS} for a person to look at.
 */
public final class Browser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();

    private Browser() {}

    /** A browser for one test class, to register with {@code @RegisterExtension} on a static field. */
    public static Browser perTestClass() {
        return new Browser();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        launch();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closePages();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closePages();
        if (chromium != null) {
            chromium.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        chromium = null;
        playwright = null;
    }

    /** Starts Debian's Chromium; fails, never skips, when it is missing. */
    private void launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(
                    "Browser tests need Chromium at " + CHROMIUM
                            + ", which is not installed. Run .ci/run (it installs chromium with apt-get), then run the tests again.");
        }
        System.setProperty("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            chromium = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setArgs(CHROMIUM_ARGS)
                            .setHeadless(true));
        } catch (RuntimeException e) {
            playwright.close();
            playwright = null;
            throw e;
        }
    }

    private void closePages() {
        for (BrowserContext context : contexts) {
            try {
                context.close();
            } catch (PlaywrightException alreadyClosed) {
                // the test closed it itself
            }
        }
        contexts.clear();
    }

    /** A new page in its own context (no cookies shared with other pages), closed after the test. */
    public Page newPage() {
        return newPage(new com.microsoft.playwright.Browser.NewContextOptions());
    }

    /** A new page in its own context with these options (for example JavaScript disabled), closed after the test. */
    public Page newPage(com.microsoft.playwright.Browser.NewContextOptions options) {
        if (chromium == null) {
            throw new IllegalStateException(
                    "The browser is not running: register it with @RegisterExtension static final Browser browser = Browser.perTestClass()");
        }
        BrowserContext context = chromium.newContext(options);
        contexts.add(context);
        return context.newPage();
    }

    /** A new page in its own context, signed in as this person on the site at {@code root}, waiting at most 10 s for anything. */
    public Page newPageSignedInAs(SignIn.SignedIn who, URL root) {
        return newPageSignedInAs(who, root, new com.microsoft.playwright.Browser.NewContextOptions());
    }

    /** The same, in a context with these options (for example JavaScript disabled). */
    public Page newPageSignedInAs(
            SignIn.SignedIn who, URL root, com.microsoft.playwright.Browser.NewContextOptions options) {
        Page page = newPage(options);
        signIn(page, who, root);
        page.setDefaultTimeout(10_000);
        return page;
    }

    /** Signs this page's context in as this person (their session and CSRF cookies) on the site at {@code root}. */
    public static void signIn(Page page, SignIn.SignedIn who, URL root) {
        String site = address(root, "");
        page.context()
                .addCookies(List.of(
                        new Cookie(SignIn.SESSION_COOKIE, who.sessionCookie())
                                .setUrl(site)
                                .setHttpOnly(true),
                        new Cookie(SignIn.CSRF_COOKIE, who.csrfToken()).setUrl(site)));
    }

    /** The absolute address of {@code path} ("/workbooks/3" or "workbooks/3") on the site at {@code root}. */
    public static String address(URL root, String path) {
        String site = root.toString().replaceAll("/$", "");
        return path.isEmpty() || path.startsWith("/") ? site + path : site + "/" + path;
    }

    /** A long page (a region's thirteen steps of charts) takes a while to capture whole on a busy two-core machine. */
    private static final double SCREENSHOT_TIMEOUT_MS = 60_000;

    /** Saves the whole page as {@code target/screenshots/<name>.png}. */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setTimeout(SCREENSHOT_TIMEOUT_MS)
                .setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** Saves one part of a page as {@code target/screenshots/<name>.png}. */
    public static void screenshot(Locator part, String name) {
        part.screenshot(new Locator.ScreenshotOptions()
                .setTimeout(SCREENSHOT_TIMEOUT_MS)
                .setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /**
     * axe with the WCAG 2.1 A and AA rules, run in the page itself ("legacy mode"): the default mode runs axe in every frame
     * and then opens a blank page to combine the results, about 1.5 s a check whatever the page (a step page: 4.4 s against
     * 2.8 s, most of it the colour-contrast rule). The app's pages have no frames, so nothing goes unchecked.
     */
    private static AxeBuilder axe(Page page) {
        return new AxeBuilder(page).withTags(WCAG_TAGS).setLegacyMode(true);
    }

    /** Runs axe with the WCAG 2.1 A and AA rules and fails listing every serious or critical violation. */
    public static void assertNoSeriousAccessibilityViolations(Page page) {
        AxeResults results = axe(page).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as(() -> "Serious or critical accessibility violations on " + page.url() + ":\n" + describe(serious))
                .isEmpty();
    }

    /** Runs axe with the WCAG 2.1 A and AA rules and fails listing every violation, its help and the elements. */
    public static void assertNoAccessibilityViolations(Page page) {
        AxeResults results = axe(page).analyze();
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
}
