package nl.passend.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.passend.arrangement.Arrangement;
import nl.passend.arrangement.ArrangementService;
import nl.passend.arrangement.Ondersteuningsaanvraag;
import nl.passend.arrangement.OndersteuningsaanvraagService;
import nl.passend.arrangement.OndersteuningsaanvraagStatus;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
import nl.passend.groeidocument.Opp;
import nl.passend.groeidocument.OppInput;
import nl.passend.groeidocument.OppService;
import nl.passend.groeidocument.OppStatus;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolInput;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.organisation.Werkgebied;
import nl.passend.organisation.WerkgebiedInput;
import nl.passend.organisation.WerkgebiedService;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.support.BrowserTestBase;
import nl.passend.support.Fixtures.Tenant;
import nl.passend.support.Fixtures.TestUser;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The aanvraag extra ondersteuning in real Chromium, with the three people it takes: the IB imports the
 * school's OSO dossier through the upload screen, checks the preview, confirms and files the concept
 * aanvraag; the consulent of the school's werkgebied takes it, records the MDO and grants the arrangement;
 * a parent agrees to the OPP's handelingsdeel on their consent page, after which the school can set it.
 * Every page visited gets axe-core (no serious or critical WCAG 2.1 A/AA violations); the IB's aanvraag
 * page and the parent's consent page also the 320 px check (no sideways scrolling).
 */
@PassendIntegrationTest
class ArrangementBrowserTests extends BrowserTestBase {

    static final String DOSSIER = "/oso/scenario/dossier-daan.xml";
    static final String HANDELINGSDEEL = "Daan krijgt twee keer per week verlengde instructie lezen in een klein groepje.";

    @Autowired WerkgebiedService werkgebieden;
    @Autowired SchoolService scholen;
    @Autowired LeerlingService leerlingen;
    @Autowired OndersteuningsaanvraagService aanvragen;
    @Autowired ArrangementService arrangementen;
    @Autowired OppService opps;
    @Autowired Clock clock;

    private Tenant tenant;

    @Test
    void ibImportsTheOsoDossierConsulentGrantsTheArrangementAndAParentAgreesToTheOpp() throws URISyntaxException {
        tenant = fixtures.tenant();
        WerkgebiedInput wg = new WerkgebiedInput();
        wg.setNaam("Noord");
        Werkgebied noord = as(tenant.beheerder(), u -> werkgebieden.create(u, wg));
        Bestuur bestuur = fixtures.bestuur(tenant);
        SchoolInput si = new SchoolInput();
        si.setBrin("96ZX");
        si.setVestigingsnummer("01");
        si.setNaam("OBS De Verzonnen Wilg");
        si.setSoort(SchoolSoort.BAO);
        si.setBestuurId(bestuur.id());
        si.setWerkgebiedId(noord.id());
        School school = as(tenant.beheerder(), u -> scholen.create(u, si));
        TestUser ib = fixtures.user(tenant, Role.IB, school.id());
        TestUser consulent = fixtures.user(tenant, Role.CONSULENT, noord.id());
        TestUser ouder = fixtures.userWithoutTotp(tenant, Role.OUDER, null);
        LocalDate today = LocalDate.now(clock);

        // The IB uploads the dossier and sees what will be made, without the parents' secret data.
        logIn(ib);
        page.navigate(url("/oso/import"));
        check("oso-import", false);
        page.getByLabel("OSO-dossier (XML)").setInputFiles(file(DOSSIER));
        button("Bekijk voorbeeld").click();
        Locator main = page.locator("main");
        assertThat(main).containsText("Testbakker");
        assertThat(main).containsText("OBS De Verzonnen Wilg");
        assertThat(main).containsText("Dyslexie");
        assertThat(main).not().containsText("Geheimestraat");
        assertThat(main).not().containsText("0612345000");
        check("oso-preview", false);
        button("Invoeren en concept-aanvraag maken").click();

        // The concept aanvraag opens, with the next step on top; the IB files it.
        assertThat(page).hasURL(Pattern.compile(".*/aanvragen/[0-9a-f-]{36}$"));
        UUID aanvraagId = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
        assertThat(page.locator(".flash")).containsText("Het OSO-dossier is ingevoerd.");
        assertThat(page.locator(".status")).hasText("Concept");
        check("aanvraag-concept", true);
        button("Aanvraag indienen").click();
        assertThat(page.locator(".flash")).containsText("De aanvraag is ingediend.");
        assertThat(page.locator(".status")).hasText("Ingediend");
        check("aanvraag-ingediend", true);
        logOut();

        // Meanwhile the school writes the OPP and links the parent's account to the mother.
        Ondersteuningsaanvraag filed = as(ib, u -> aanvragen.get(u, aanvraagId));
        UUID daan = filed.leerlingId();
        Leerling leerling = as(ib, u -> leerlingen.get(u, daan));
        UUID mirjam = leerling.ouders().stream().filter(o -> o.naam().startsWith("Mirjam")).findFirst().orElseThrow().id();
        as(ib, u -> {
            leerlingen.linkOuderAccount(u, mirjam, ouder.user().accountId());
            return null;
        });
        Opp opp = as(ib, u -> opps.create(u, daan, new OppInput(today.minusWeeks(2), "Regulier basisonderwijs, vmbo-t",
                "Goede mondelinge vaardigheden; de leesachterstand is met begeleiding in te lopen.",
                "Ambulante begeleiding lezen.", "Minder schrijfwerk bij zaakvakken.", "Daan wil zelf boeken lezen.",
                "Daans wens om zelf te lezen is het doel van het plan geworden.", HANDELINGSDEEL)));

        // The consulent of Noord finds it in the list, takes it, records the MDO and grants the arrangement.
        logIn(consulent);
        navigation("Ondersteuning").click();
        check("aanvragen-consulent", false);
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(filed.leerlingNaam()))
                .first().click();
        assertThat(page).hasURL(url("/aanvragen/" + aanvraagId));
        check("aanvraag-consulent", false);
        button("In behandeling nemen").click();
        assertThat(page.locator(".flash")).containsText("U heeft de aanvraag in behandeling genomen.");
        page.locator("#mdo-datum").fill(today.toString());
        page.locator("#mdo-deelnemers").fill("IB, leerkracht, moeder, consulent");
        page.locator("#mdo-perspectieven").fill("Daan: lezen is saai. Moeder: voorlezen thuis helpt.");
        page.locator("#mdo-uitkomst").fill("Ambulante begeleiding lezen, twee uur per week.");
        page.locator("#mdo-evaluatie1").fill(today.plusMonths(3).toString());
        page.locator("#mdo-evaluatie2").fill(today.plusMonths(6).toString());
        check("aanvraag-mdo-form", false);
        button("MDO vastleggen").click();
        assertThat(page.locator(".flash")).containsText("Het MDO is vastgelegd.");
        assertThat(page.locator(".status")).hasText("MDO gehouden");
        page.locator("#besluit-gronden").fill("Past bij de onderwijsbehoeften; ouders stemmen in.");
        page.locator("#besluit-aanbieder").fill("Leesbureau Fictief");
        page.locator("#besluit-start").fill(today.toString());
        page.locator("#besluit-eind").fill(today.plusMonths(6).toString());
        page.locator("#besluit-uren").fill("40");
        page.locator("#besluit-bedrag").fill("2400");
        check("aanvraag-besluit-form", false);
        button("Besluit nemen").click();
        assertThat(page.locator(".flash")).containsText("De aanvraag is toegekend en het arrangement is vastgelegd.");
        assertThat(page).hasURL(Pattern.compile(".*/arrangementen/[0-9a-f-]{36}$"));
        Arrangement arrangement = as(consulent, u -> arrangementen.ofAanvraag(u, aanvraagId)).orElseThrow();
        assertThat(arrangement.beschikkingsnummer()).matches("ARR-" + today.getYear() + "-\\d{4}");
        assertThat(arrangement.bedrag()).isEqualByComparingTo("2400");
        assertThat(page.locator("main")).containsText(arrangement.beschikkingsnummer());
        check("arrangement", false);
        assertThat(as(consulent, u -> aanvragen.get(u, aanvraagId)).status()).isEqualTo(OndersteuningsaanvraagStatus.LOPEND);
        logOut();

        // The parent reads what the school will do and agrees, in plain Dutch.
        logIn(ouder);
        navigation("Ondersteuning van mijn kind").click();
        assertThat(page.locator("main")).containsText(filed.leerlingNaam());
        check("aanvragen-ouder", false);
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(filed.leerlingNaam()))
                .first().click();
        assertThat(page.locator(".status")).hasText("Arrangement loopt");
        check("aanvraag-ouder", false);
        // No menu item or link on the aanvraag leads a parent to the consent page yet: it is opened directly.
        page.navigate(url("/leerlingen/" + daan + "/toestemming"));
        assertThat(page.locator("#handelingsdeel")).hasText(HANDELINGSDEEL);
        check("toestemming-ouder", true);
        page.locator("#opp-reden").fill("Daan wil dit zelf ook graag.");
        button("Ja, ik ben het eens").click();
        assertThat(page.locator(".flash")).containsText("Dank u wel. Uw keuze is opgeslagen.");
        assertThat(page.locator("#instemming-stand")).containsText("gezegd dat u het eens bent");
        check("toestemming-ouder-gegeven", true);

        // With the parents' agreement on record the school can set the handelingsdeel.
        Opp agreed = as(ib, u -> opps.get(u, opp.id()));
        assertThat(agreed.instemming()).isNotNull();
        assertThat(agreed.instemming().gegeven()).isTrue();
        assertThat(agreed.instemming().doorAccount()).isEqualTo(ouder.user().accountId());
        Opp vastgesteld = as(ib, u -> opps.vaststellenHandelingsdeel(u, opp.id(), agreed.version()));
        assertThat(vastgesteld.status()).isEqualTo(OppStatus.VASTGESTELD);
    }

    private void check(String name, boolean narrow) {
        screenshot("arrangement-" + name);
        assertAccessible(name);
        if (narrow) {
            var size = page.viewportSize();
            page.setViewportSize(320, 640);
            assertNoSidewaysScrolling(name);
            page.setViewportSize(size.width, size.height);
        }
    }

    private void logOut() {
        button("Uitloggen").click();
        context.clearCookies();
    }

    private Locator navigation(String name) {
        return page.locator("nav.main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Path file(String resource) throws URISyntaxException {
        return Path.of(ArrangementBrowserTests.class.getResource(resource).toURI());
    }

    private <T> T as(TestUser user, Function<CurrentUser, T> work) {
        return TenantContext.callAs(tenant.id(), () -> work.apply(user.user()));
    }
}
