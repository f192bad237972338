package nl.passend.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.Totps;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium (Debian's, at /usr/bin/chromium) clicking through Passend as several roles, with an
 * axe-core WCAG 2.1 AA check on every page visited: no serious or critical violations allowed.
 */
@PassendIntegrationTest
class PassendBrowserTests {

    private static final Path CHROMIUM = Paths.get(System.getProperty("passend.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() throws Exception {
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
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void open() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void logIn(Fixtures.TestUser user) {
        page.navigate(url("/login"));
        page.getByLabel("Gebruikersnaam").fill(user.username());
        page.getByLabel("Wachtwoord").fill(user.password());
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Inloggen")).click();
        if (page.url().endsWith("/login/totp")) {
            checkAccessibility("totp");
            page.getByLabel("Code uit de app").fill(user.totpCode());
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Controleren")).click();
        }
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Runs axe-core on the current page and fails on serious or critical WCAG 2.1 A/AA violations. */
    private void checkAccessibility(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(PassendBrowserTests::describe)
                .toList();
        assertThat(serious).as("axe-core violations on " + name + " (" + page.url() + ")").isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }

    @Test
    void beheerderManagesTheRegisterAndKeepsWhatWasTypedOnAnError() {
        Fixtures.Tenant tenant = fixtures.tenant();
        var bestuur = fixtures.bestuur(tenant);
        logIn(tenant.beheerder());

        assertThat(page.locator("h1").textContent()).contains("Welkom");
        checkAccessibility("start-beheerder");

        page.navigate(url("/register/scholen/nieuw"));
        checkAccessibility("school-form");
        page.getByLabel("BRIN").fill("1ABC");
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("De Vuurtoren");
        page.getByLabel("Soort onderwijs").selectOption("BAO");
        page.getByLabel("Schoolbestuur").selectOption(bestuur.id().toString());
        button("Opslaan").click();

        assertThat(page.locator(".error-summary").textContent()).contains("2 cijfers en 2 letters");
        assertThat(page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).inputValue())
                .isEqualTo("De Vuurtoren");
        checkAccessibility("school-form-error");

        page.getByLabel("BRIN").fill("07XY");
        button("Opslaan").click();
        assertThat(page.locator(".flash").textContent()).contains("opgeslagen");
        assertThat(page.content()).contains("De Vuurtoren").contains("07XY00");
        checkAccessibility("scholen");

        for (String path : List.of("/register/samenwerkingsverband", "/register/besturen", "/register/werkgebieden", "/register/gemeenten",
                "/register/leerlingtellingen", "/beheer/gebruikers", "/beheer/gebruikers/nieuw",
                "/register/besturen/nieuw", "/register/leerlingtellingen/nieuw", "/account/wachtwoord",
                "/account/2fa")) {
            page.navigate(url(path));
            assertThat(page.locator("h1").count()).isEqualTo(1);
            checkAccessibility("beheer" + path.replace('/', '-'));
        }
    }

    @Test
    void privacyOfficerReadsTheAuditTrail() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser privacy = fixtures.user(tenant, Role.PRIVACY, null);
        logIn(privacy);

        page.navigate(url("/audit"));
        assertThat(page.locator("table").textContent()).contains("login");
        checkAccessibility("audit");

        page.getByLabel("Gebruikersnaam").fill(tenant.beheerder().username());
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Filteren")).click();
        page.waitForURL("**gebruiker=**");
        PlaywrightAssertions.assertThat(page.locator("#auditresultaten tbody")).not().containsText(privacy.username());
        PlaywrightAssertions.assertThat(page.locator("#auditresultaten tbody")).containsText(tenant.beheerder().username());
    }

    @Test
    void ibSeesTheSchoolsButNotTheAdministration() {
        Fixtures.Tenant tenant = fixtures.tenant();
        var school = fixtures.school(tenant, fixtures.bestuur(tenant), SchoolSoort.BAO);
        Fixtures.TestUser ib = fixtures.user(tenant, Role.IB, school.id());
        logIn(ib);

        assertThat(page.locator("nav.main-nav").textContent()).contains("Scholen").doesNotContain("Gebruikers");
        checkAccessibility("start-ib");
        page.navigate(url("/register/scholen"));
        assertThat(page.content()).contains(school.naam());
        checkAccessibility("scholen-ib");

        page.getByLabel("Soort", new Page.GetByLabelOptions().setExact(true)).selectOption("SBO");
        page.waitForURL("**soort=SBO**");
        PlaywrightAssertions.assertThat(page.locator("#schoolresultaten")).containsText("Er zijn geen scholen");
        assertThat(page.locator("h1").count()).as("only the results were replaced").isEqualTo(1);

        var notHis = page.navigate(url("/register/scholen/" + java.util.UUID.randomUUID()));
        assertThat(notHis.status()).isEqualTo(403);
        assertThat(page.locator("nav.main-nav").textContent()).as("error pages keep the menu").contains("Scholen");
        checkAccessibility("fout");

        var response = page.navigate(url("/beheer/gebruikers"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1").textContent()).contains("Geen toegang");
        checkAccessibility("geen-toegang");
    }

    @Test
    void staffWithoutTwoFactorMustSetItUpFirst() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser directeur = fixtures.userWithoutTotp(tenant, Role.DIRECTEUR, null);
        logIn(directeur);

        assertThat(page.url()).endsWith("/account/2fa");
        checkAccessibility("two-factor-setup");
        page.navigate(url("/register/scholen"));
        assertThat(page.url()).endsWith("/account/2fa");

        String secret = page.locator("code").textContent().strip();
        page.getByLabel("Code uit de app").fill(Totps.next(secret));
        button("Tweestapsverificatie aanzetten").click();

        assertThat(page.url()).isEqualTo(url("/"));
        assertThat(page.locator(".flash").textContent()).contains("Tweestapsverificatie staat nu aan");
    }

    @Test
    void platformBeheerderSeesTenantsOnly() {
        Fixtures.Tenant tenant = fixtures.tenant();
        logIn(fixtures.platformAccount());

        page.navigate(url("/platform/samenwerkingsverbanden"));
        assertThat(page.content()).contains(tenant.swv().administratienummer());
        checkAccessibility("platform");
        assertThat(page.navigate(url("/register/scholen")).status()).isEqualTo(403);
    }

    @Test
    void pagesWorkOnANarrowScreen() {
        Fixtures.Tenant tenant = fixtures.tenant();
        fixtures.school(tenant, fixtures.bestuur(tenant), SchoolSoort.SO);
        page.setViewportSize(320, 640);
        logIn(tenant.beheerder());

        for (String path : List.of("/", "/register/scholen", "/register/scholen/nieuw", "/beheer/gebruikers")) {
            page.navigate(url(path));
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow at 320px on " + path).isLessThanOrEqualTo(0);
            checkAccessibility("narrow" + path.replace('/', '-'));
        }
    }

    @Test
    void apiDocumentationIsBrowsableAfterLogin() {
        Fixtures.Tenant tenant = fixtures.tenant();
        logIn(tenant.beheerder());

        page.navigate(url("/swagger-ui.html"));
        page.waitForSelector("text=Passend API");
        assertThat(page.content()).contains("/api/v1/scholen");
    }

    @Test
    void loginFailureKeepsTheUsernameAndSaysWhy() {
        page.navigate(url("/login"));
        checkAccessibility("login");
        page.getByLabel("Gebruikersnaam").fill("iemand.anders");
        page.getByLabel("Wachtwoord").fill("helemaal-fout-wachtwoord");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Inloggen")).click();

        assertThat(page.locator(".error-summary").textContent()).contains("klopt niet");
        assertThat(page.getByLabel("Gebruikersnaam").inputValue()).isEqualTo("iemand.anders");
    }
}
