package nl.passend.tlv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import nl.passend.dossier.Leerling;
import nl.passend.support.BrowserTestBase;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pupil and TLV screens in real Chromium, at 320 pixels wide: live search, the request form, the case
 * page of the director and of a parent, the register. axe-core WCAG 2.1 AA on every page: no serious or
 * critical violations, and no sideways scrolling.
 */
@PassendIntegrationTest
class TlvBrowserTests extends BrowserTestBase {

    @Autowired TlvWorld.TlvServices tlv;
    @Autowired BesluitService besluiten;

    @BeforeEach
    void narrowScreen() {
        page.setViewportSize(320, 640);
    }

    /** axe-core WCAG 2.1 A/AA without serious or critical violations, and nothing wider than the screen. */
    private void check(String name) {
        screenshot("tlv-" + name);
        assertNoSidewaysScrolling(name);
        assertAccessible(name);
    }

    @Test
    void theSchoolFindsThePupilAndFilesARequest() {
        TlvWorld w = new TlvWorld(fixtures, tlv);
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
        TlvWorld w = new TlvWorld(fixtures, tlv);
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
        TlvWorld w = new TlvWorld(fixtures, tlv);
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
