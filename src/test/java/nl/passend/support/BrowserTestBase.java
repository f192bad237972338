package nl.passend.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The set-up of a browser test: real Chromium (Debian's, at /usr/bin/chromium) for the test class, a fresh
 * Dutch browser context and page per test, logging in as a test user, and the checks every page gets: a
 * full-page screenshot under target/screenshots, axe-core WCAG 2.1 A/AA without serious or critical
 * violations and, on narrow screens, no sideways scrolling. Subclasses are {@link PassendIntegrationTest}s.
 */
public abstract class BrowserTestBase {

    private static final Path CHROMIUM = Paths.get(System.getProperty("passend.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @Autowired
    protected Fixtures fixtures;
    @LocalServerPort
    protected int port;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    protected static void launch() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    protected static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    protected void open() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        page = context.newPage();
    }

    @AfterEach
    protected void closeContext() {
        context.close();
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Logs in on the login page, with the user's two-factor code when asked for one. */
    protected void logIn(Fixtures.TestUser user) {
        page.navigate(url("/login"));
        page.getByLabel("Gebruikersnaam").fill(user.username());
        page.getByLabel("Wachtwoord").fill(user.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        if (page.url().endsWith("/login/totp")) {
            onTotpPage();
            page.getByLabel("Code uit de app").fill(user.totpCode());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren")).click();
        }
    }

    /** Called by {@link #logIn} on the page that asks for the two-factor code, before it is typed. */
    protected void onTotpPage() {
    }

    /** Saves a full-page screenshot as target/screenshots/{@code name}.png. */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Runs axe-core on the current page and fails on serious or critical WCAG 2.1 A/AA violations. */
    protected void assertAccessible(String name) {
        List<String> serious = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTestBase::describe)
                .toList();
        assertThat(serious).as("axe-core violations on " + name + " (" + page.url() + ")").isEmpty();
    }

    /** Fails when the current page is wider than the viewport, so that one has to scroll sideways. */
    protected void assertNoSidewaysScrolling(String name) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow at " + page.viewportSize().width + "px on " + name).isLessThanOrEqualTo(0);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }
}
