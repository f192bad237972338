package nl.passend.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Set;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.Verdeelmodel;
import nl.passend.shared.security.Role;
import nl.passend.support.BrowserTestBase;
import nl.passend.support.FinanceWorld;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The finance screens in real Chromium, on the SWV of the finance scenario ({@link FinanceWorld}): the
 * controller from an amount typed the Dutch way to a bestuur's statement as PDF, the directeur adopting
 * a verdeelmodel after the OPR's consent, and a bestuur that sees only its own statement. Every finance
 * page visited gets axe-core (no serious or critical WCAG 2.1 A/AA violations); the overview, the baten
 * and the begroting also the 320 px check (no sideways scrolling).
 */
@PassendIntegrationTest
class FinanceBrowserTests extends BrowserTestBase {

    @Autowired
    ApplicationContext spring;

    @Test
    void controllerTypesAnAmountAndFollowsItFromTheBatenToABestuursStatementAsPdf() throws IOException {
        FinanceWorld w = new FinanceWorld(spring, fixtures, Set.of(NormbedragSoort.SBO));
        Verdeelmodel concept = w.concept();
        logIn(w.controller);

        // The overview: the three charts, each with a table of the same figures (the history 2024-2025).
        navigation("Financiën").click();
        assertThat(page).hasURL(url("/financien"));
        assertThat(page.locator("svg[role=img]")).hasCount(3);
        assertThat(page.locator("#tabel-baten-lasten")).containsText("2024");
        assertThat(page.locator("#tabel-lasten-categorie")).containsText("€ 190.400,00");
        check("financien", true);

        // The SBO amount of 2026 through the form, with its source, typed the Dutch way.
        link("Normbedragen").click();
        link("Normbedrag toevoegen").click();
        check("normbedrag-form", false);
        page.getByLabel("Jaar").fill(String.valueOf(FinanceWorld.JAAR));
        page.getByLabel("Soort").selectOption("SBO");
        page.getByLabel("Bedrag in euro per leerling").fill("6.634,52");
        page.getByLabel("Status").selectOption("VOORLOPIG");
        page.getByLabel("Regeling").fill("Regeling bekostiging WPO en WEC 2026");
        page.getByLabel("Vindplaats").fill("Stcrt. 2025, 27182");
        page.getByLabel("Datum van de bron").fill("2025-09-15");
        button("Opslaan").click();
        assertThat(page.locator(".flash")).containsText("Het normbedrag is opgeslagen.");
        assertThat(page.locator("main table")).containsText("€ 6.634,52");
        assertThat(page.locator("main table")).containsText("Stcrt. 2025, 27182");
        check("normbedragen", false);

        // The baten of 2026 line by line: 13 SBO pupils x 6.634,52 = 86.248,76 is deducted, so the verrekening
        // is 86.248,76 + 123.536,07 + 44.670,66 + 33.332,93 = 287.788,42 and netto 416.999,74 - 287.788,42.
        page.navigate(url("/financien/baten/" + FinanceWorld.JAAR));
        Locator sbo = page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Verrekening SBO"));
        assertThat(sbo).hasCount(1);
        assertThat(sbo).containsText("€ 6.634,52");
        assertThat(sbo).containsText("Stcrt. 2025, 27182");
        assertThat(sbo).containsText("1 februari 2025");
        assertThat(sbo).containsText("€ 86.248,76");
        assertThat(page.locator("tbody tr").filter(new Locator.FilterOptions().setHasText("Rijksbijdrage lichte ondersteuning (bruto)")))
                .containsText("€ 107.665,25");
        assertThat(page.locator("dl.summary")).containsText("€ 416.999,74");
        assertThat(page.locator("dl.summary")).containsText("€ 287.788,42");
        assertThat(page.locator("dl.summary")).containsText("€ 129.211,32");
        check("baten", true);

        // The model, adopted by the directeur (their screens are the next test): the boards' yearly amounts.
        Verdeelmodel model = w.adopt(concept);
        page.navigate(url("/financien/verdeelmodellen/" + model.id()));
        assertThat(page.locator(".status")).hasText("Vastgesteld");
        Locator perBestuur = page.locator("table").filter(new Locator.FilterOptions().setHasText("Per jaar"));
        assertThat(perBestuur.locator("tr").filter(new Locator.FilterOptions().setHasText(w.a.naam())))
                .containsText("€ 15.260,00");
        assertThat(perBestuur.locator("tr").filter(new Locator.FilterOptions().setHasText(w.b.naam())))
                .containsText("€ 13.780,00");
        assertThat(page.locator("main")).containsText("€ 129.211,32");
        check("verdeelmodel", false);

        // The begroting with its scenario side by side; the typed amount is in the SBO line.
        w.budget(model);
        page.navigate(url("/financien/begrotingen"));
        check("begrotingen", false);
        link("Begroting " + FinanceWorld.JAAR).click();
        assertThat(page.locator("main")).containsText(FinanceWorld.SCENARIO);
        Locator basis = page.locator("table").filter(new Locator.FilterOptions().setHasText("Regulier")).first();
        assertThat(basis.locator("tr").filter(new Locator.FilterOptions().setHasText("Regulier")).first())
                .containsText("€ 29.040,00");
        assertThat(basis.locator("tr").filter(new Locator.FilterOptions().setHasText("SBO")).first())
                .containsText("€ 86.248,76");
        check("begroting", true);

        // March in the realisation screen: the month from the model, and an arrangement for bestuur A by hand.
        page.navigate(url("/financien/realisatie/" + FinanceWorld.JAAR));
        page.locator("#boek-maand").selectOption("3");
        button("Maand boeken").click();
        assertThat(page.locator(".flash")).containsText("De maand is geboekt.");
        page.locator("#maand").selectOption("3");
        page.locator("#post").selectOption("WERKGEBIEDEN");
        page.locator("#bedrag").fill("1.250,00");
        page.locator("#bestuurId").selectOption(w.a.id().toString());
        page.locator("#betaalsoort").selectOption("ARRANGEMENT");
        page.locator("#omschrijving").fill("Arrangement werkgebied Noord");
        button("Boeken").click();
        assertThat(page.locator(".flash")).containsText("De boeking is vastgelegd.");
        assertThat(page.locator("main")).containsText("Arrangement werkgebied Noord");
        check("realisatie", false);

        // Bestuur A's statement of March: 166,67 + 1.105,00 from the model + 1.250,00 arrangement; and as PDF.
        page.navigate(url("/financien/betaaloverzichten"));
        page.locator("#bestuur").selectOption(w.a.id().toString());
        page.locator("#maand").fill(FinanceWorld.JAAR + "-03");
        button("Tonen").click();
        assertThat(page.locator("#betaaloverzicht tfoot")).containsText("€ 2.521,67");
        check("betaaloverzicht", false);
        Download download = page.waitForDownload(() -> link("Download als pdf").click());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(w.a.naam()).contains("€ 2.521,67");
        }
    }

    @Test
    void directeurRecordsTheOprConsentAndAdoptsTheConceptModel() {
        FinanceWorld w = new FinanceWorld(spring, fixtures, Set.of());
        w.concept();
        logIn(w.directeur);

        page.navigate(url("/financien/verdeelmodellen"));
        check("verdeelmodellen", false);
        link("Verdeelmodel " + FinanceWorld.JAAR).click();
        assertThat(page.locator(".status")).hasText("Concept");
        assertThat(button("Vaststellen")).hasCount(0);
        check("verdeelmodel-concept", false);

        link("Instemming OPR vastleggen").click();
        check("opr-form", false);
        page.getByLabel("Datum van instemming").fill("2025-11-18");
        page.getByLabel("Kenmerk").fill("OPR-2025-11");
        button("Instemming vastleggen").click();
        assertThat(page.locator(".flash")).containsText("De instemming van de OPR is vastgelegd.");
        assertThat(page.locator(".status")).hasText("Instemming OPR");
        assertThat(page.locator("dl.facts").first()).containsText("18 november 2025, kenmerk OPR-2025-11");

        button("Vaststellen").click();
        assertThat(page.locator(".flash")).containsText("Het verdeelmodel is vastgesteld");
        assertThat(page.locator(".status")).hasText("Vastgesteld");
        assertThat(button("Vaststellen")).hasCount(0);
        // Netto 416.999,74 - 293.040,94 = 123.958,80 is available; the allocation is stored with the model.
        assertThat(page.locator("main")).containsText("€ 123.958,80");
        assertThat(page.locator("main")).containsText("€ 113.415,28");
        check("verdeelmodel-vastgesteld", false);
    }

    @Test
    void bestuurSeesOnlyItsOwnStatementAndNoCharts() {
        FinanceWorld w = new FinanceWorld(spring, fixtures, Set.of());
        w.adopt(w.concept());
        w.bookMonth(3);
        Fixtures.TestUser bestuur = fixtures.user(w.tenant, Role.BESTUUR, w.a.id());
        logIn(bestuur);

        navigation("Betaaloverzichten").click();
        assertThat(page.locator("#bestuur option")).hasCount(1);
        assertThat(page.locator("#bestuur option")).hasText(w.a.naam());
        page.locator("#maand").fill(FinanceWorld.JAAR + "-03");
        button("Tonen").click();
        assertThat(page.locator("#betaaloverzicht tfoot")).containsText("€ 1.271,67");
        assertThat(page.locator("main")).not().containsText(w.b.naam());
        check("betaaloverzicht-bestuur", false);

        var other = page.navigate(url("/financien/betaaloverzichten?bestuur=" + w.b.id() + "&maand=" + FinanceWorld.JAAR + "-03"));
        assertThat(other.status()).as("another bestuur's statement is not found").isEqualTo(404);
        assertThat(page.locator("main")).not().containsText("€ 1.148,34");

        navigation("Financiën").click();
        assertThat(page.locator("svg[role=img]")).hasCount(0);
        assertThat(page.locator("main table")).hasCount(0);
        assertThat(link("Betaaloverzichten").last()).isVisible();
        check("financien-bestuur", false);
    }

    /** A screenshot, axe-core and, when asked, no sideways scrolling at 320 px. */
    private void check(String name, boolean narrow) {
        screenshot("finance-" + name);
        assertAccessible(name);
        if (narrow) {
            var size = page.viewportSize();
            page.setViewportSize(320, 640);
            assertNoSidewaysScrolling(name);
            page.setViewportSize(size.width, size.height);
        }
    }

    private Locator navigation(String name) {
        return page.locator("nav.main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
