package nl.passend.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.security.Role;
import nl.passend.support.BrowserTestBase;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.Totps;

import org.junit.jupiter.api.Test;

/**
 * Real Chromium (Debian's, at /usr/bin/chromium) clicking through Passend as several roles, with an
 * axe-core WCAG 2.1 AA check on every page visited: no serious or critical violations allowed.
 */
@PassendIntegrationTest
class PassendBrowserTests extends BrowserTestBase {

    @Override
    protected void onTotpPage() {
        checkAccessibility("totp");
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A screenshot, then axe-core: no serious or critical WCAG 2.1 A/AA violations. */
    private void checkAccessibility(String name) {
        screenshot(name);
        assertAccessible(name);
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
            assertNoSidewaysScrolling(path);
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
