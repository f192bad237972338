package nl.passend.tlv;

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
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pupil and TLV screens in real Chromium, at 320 pixels wide: live search, the request form, the case
 * page of the director and of a parent, the register. axe-core WCAG 2.1 AA on every page: no serious or
 * critical violations, and no sideways scrolling.
 */
@PassendIntegrationTest
class TlvBrowserTests {

    private static final Path CHROMIUM = Paths.get(System.getProperty("passend.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static Playwright playwright;
    private static Browser browser;

    @Autowired Fixtures fixtures;
    @Autowired LeerlingService leerlingen;
    @Autowired TlvAanvraagService aanvragen;
    @Autowired AdviesService adviezen;
    @Autowired BesluitService besluiten;
    @Autowired TlvRegister register;
    @LocalServerPort int port;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
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
        page.setViewportSize(320, 640);
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
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        if (page.url().endsWith("/login/totp")) {
            page.getByLabel("Code uit de app").fill(user.totpCode());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren")).click();
        }
    }

    /** axe-core WCAG 2.1 A/AA without serious or critical violations, and nothing wider than the screen. */
    private void check(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tlv-" + name + ".png")).setFullPage(true));
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow at 320px on " + name).isLessThanOrEqualTo(0);
        List<String> serious = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze().getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(TlvBrowserTests::describe).toList();
        assertThat(serious).as("axe-core violations on " + name + " (" + page.url() + ")").isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }

    @Test
    void theSchoolFindsThePupilAndFilesARequest() {
        TlvWorld w = new TlvWorld(fixtures, new TlvWorld.TlvServices(leerlingen, aanvragen, adviezen, besluiten, register));
        Leerling sem = w.pupil();
        logIn(w.ib);

        page.navigate(url("/leerlingen"));
        check("leerlingen");
        page.getByLabel("Naam (voornaam, roepnaam of achternaam)").fill(sem.achternaam());
        PlaywrightAssertions.assertThat(page.locator("#leerlingresultaten")).containsText(sem.volledigeNaam());
        assertThat(page.locator("h1").count()).as("only the results were replaced").isEqualTo(1);
        check("leerlingen-gevonden");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(sem.volledigeNaam())).click();
        check("leerling");
        page.navigate(url("/leerlingen/nieuw"));
        check("leerling-form");

        page.navigate(url("/leerlingen/" + sem.id()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("TLV aanvragen")).click();
        page.getByLabel("Soort onderwijs").selectOption("SO");
        page.getByLabel("Onderbouwing").fill("Getypte onderbouwing blijft staan.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanvraag indienen")).click();
        PlaywrightAssertions.assertThat(page.locator(".error-summary")).containsText("Vul dit veld in.");
        assertThat(page.getByLabel("Onderbouwing").inputValue()).isEqualTo("Getypte onderbouwing blijft staan.");
        check("aanvraag-form-fout");
    }

    @Test
    void theDirectorAndAParentSeeTheCase() {
        TlvWorld w = new TlvWorld(fixtures, new TlvWorld.TlvServices(leerlingen, aanvragen, adviezen, besluiten, register));
        Leerling sem = w.pupil();
        TlvAanvraag a = w.inAdvies(sem);
        Advies followed = w.advised(a);
        logIn(w.directeur);

        page.navigate(url("/tlv/aanvragen"));
        check("aanvragen");
        page.navigate(url("/tlv/aanvragen/" + a.id()));
        check("aanvraag-directeur");
        Besluit besluit = w.as(w.directeur, u -> besluiten.decide(u, a.id(), w.grant(followed.id())));
        page.navigate(url("/tlv/register"));
        check("register");
        page.navigate(url("/tlv/register/" + besluit.tlvId()));
        check("tlv");

        context.clearCookies();
        logIn(w.ouder);
        assertThat(page.locator("nav.main-nav").textContent()).contains("Mijn kind").doesNotContain("TLV-register");
        page.navigate(url("/tlv/aanvragen/" + a.id()));
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Bezwaar maken"))).isVisible();
        check("aanvraag-ouder");
    }

    /**
     * The story through the screens: the IB files, the medewerker accepts and asks two deskundigen,
     * both advise, the director decides, and the parent downloads the letter.
     */
    @Test
    void anIbFilesTwoDeskundigenAdviseTheDirectorDecidesAndTheParentOpensTheLetter() throws Exception {
        TlvWorld w = new TlvWorld(fixtures, new TlvWorld.TlvServices(leerlingen, aanvragen, adviezen, besluiten, register));
        Leerling sem = w.pupil();

        logIn(w.ib);
        page.navigate(url("/leerlingen/" + sem.id()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("TLV aanvragen")).click();
        page.locator("#aanvraag-gevraagdType").selectOption("SO");
        page.locator("#aanvraag-gevraagdeCategorie").selectOption("MIDDEN");
        page.locator("#aanvraag-gevraagdeIngangsdatum").fill("2027-01-04");
        page.locator("#aanvraag-gevraagdeEinddatum").fill("2028-07-31");
        page.locator("#aanvraag-gronden").fill("Ernstige gedragsproblemen; het arrangement is niet toereikend.");
        page.locator("#aanvraag-mdoDatum").fill("2026-11-02");
        page.locator("#aanvraag-mdoUitkomst").fill("Het MDO adviseert speciaal onderwijs.");
        page.locator("#aanvraag-oudersAkkoord-ja").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanvraag indienen")).click();
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText(sem.volledigeNaam());
        String casePath = java.net.URI.create(page.url()).getPath();
        assertThat(casePath).startsWith("/tlv/aanvragen/");
        check("e2e-ingediend");
        context.clearCookies();

        logIn(w.medewerker);
        page.navigate(url(casePath));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compleet: start de adviesronde")).click();
        for (Fixtures.TestUser deskundige : List.of(w.orthopedagoog, w.jeugdarts)) {
            page.locator("#deskundige-deskundigeId").selectOption(deskundige.user().accountId().toString());
            page.locator("#deskundigeformulier button").click();
            PlaywrightAssertions.assertThat(page.locator(".flash")).containsText("gevraagd om te adviseren");
        }
        check("e2e-adviesronde");
        context.clearCookies();

        for (var advice : List.of(Map.entry(w.orthopedagoog, "ORTHOPEDAGOOG"), Map.entry(w.jeugdarts, "JEUGDARTS"))) {
            logIn(advice.getKey());
            page.navigate(url(casePath));
            page.locator("#advies-discipline").selectOption(advice.getValue());
            page.locator("#advies-toelaatbaar-ja").check();
            page.locator("#advies-type").selectOption("SO");
            page.locator("#advies-categorie").selectOption("MIDDEN");
            page.locator("#advies-motivering").fill("Kleine groep en specialistische begeleiding nodig.");
            page.locator("#adviesformulier button").click();
            PlaywrightAssertions.assertThat(page.locator(".flash")).containsText("advies is opgeslagen");
            check("e2e-advies-" + advice.getValue().toLowerCase());
            context.clearCookies();
        }

        logIn(w.directeur);
        page.navigate(url(casePath));
        page.locator("#besluit-uitkomst").selectOption("TOEGEKEND");
        page.locator("#besluit-type").selectOption("SO");
        page.locator("#besluit-categorie").selectOption("MIDDEN");
        page.locator("#besluit-ingangsdatum").fill("2027-01-04");
        page.locator("#besluit-einddatum").fill("2028-07-31");
        page.locator("#besluit-gevolgdAdviesId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("#besluit-oudersEens-ja").check();
        page.locator("#besluit-verwijzendeSchoolEens-ja").check();
        page.locator("#besluit-motivering").fill("De deskundigen adviseren eensluidend.");
        page.locator("#besluitformulier button").click();
        PlaywrightAssertions.assertThat(page.locator(".flash")).isVisible();
        String nummer = w.tenant.swv().administratienummer() + "-";
        PlaywrightAssertions.assertThat(page.locator("main")).containsText(nummer);
        check("e2e-besloten");
        context.clearCookies();

        logIn(w.ouder);
        page.navigate(url(casePath));
        check("e2e-ouder");
        com.microsoft.playwright.Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lees de brief (PDF)")).click());
        byte[] pdf = java.nio.file.Files.readAllBytes(download.path());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(nummer).contains("midden (categorie 2)").contains("31 juli 2028");
        }
    }
}
