package nl.passend.arrangement.verrekening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.passend.arrangement.Factuur;
import nl.passend.arrangement.FactuurInput;
import nl.passend.arrangement.FactuurService;
import nl.passend.arrangement.FactuurSignaal;
import nl.passend.arrangement.Verrekening;
import nl.passend.arrangement.VerrekeningDocumenten;
import nl.passend.arrangement.VerrekeningRegel;
import nl.passend.arrangement.VerrekeningService;
import nl.passend.finance.Begrotingspost;
import nl.passend.finance.Betaaloverzicht;
import nl.passend.finance.BetaaloverzichtService;
import nl.passend.finance.RealisatieBoeking;
import nl.passend.finance.RealisatieBoeking.Betaalsoort;
import nl.passend.finance.RealisatieService;
import nl.passend.organisation.Bestuur;
import nl.passend.shared.PassendException;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import nl.passend.support.WebLogin;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly settlement per bestuur from granted arrangements: spread over the months so they add up,
 * vastgesteld and booked once into the realisation (and so the betaaloverzicht), unchanged afterwards,
 * only one's own for a bestuur; and provider invoices with their signals.
 */
@PassendIntegrationTest
class VerrekeningIntegrationTests {

    private static final int JAAR = 2025;

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired VerrekeningService verrekeningen;
    @Autowired VerrekeningDocumenten documenten;
    @Autowired FactuurService facturen;
    @Autowired RealisatieService realisatie;
    @Autowired BetaaloverzichtService betaaloverzichten;
    @Autowired MockMvc mvc;
    @Autowired MessageSource messages;

    private VerrekeningWorld w;
    private String heelJaar;
    private String ozaMaart;
    private String halfJaarB;

    @BeforeEach
    void world() {
        w = new VerrekeningWorld(fixtures, jdbc, new TransactionTemplate(transactions));
        heelJaar = w.arrangement(w.schoolA, LocalDate.of(JAAR, 1, 1), LocalDate.of(JAAR, 12, 31), "3650.00", null);
        ozaMaart = w.arrangement(w.schoolA, LocalDate.of(JAAR, 3, 15), LocalDate.of(JAAR, 4, 14), "1000.00", "OZA");
        w.arrangement(w.schoolA, LocalDate.of(JAAR, 1, 1), LocalDate.of(JAAR, 6, 30), null, "OZA"); // hours only
        halfJaarB = w.arrangement(w.schoolB, LocalDate.of(JAAR, 1, 1), LocalDate.of(JAAR, 6, 30), "500.00", null);
    }

    private Verrekening van(Bestuur bestuur, int maand) {
        return w.as(w.controller, u -> verrekeningen.verrekening(u, bestuur.id(), YearMonth.of(JAAR, maand), null));
    }

    @Test
    void spreadsEachArrangementOverItsMonthsSoTheYearAddsUpToTheBedragen() {
        BigDecimal heel = BigDecimal.ZERO;
        BigDecimal oza = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            Verrekening v = van(w.a, m);
            assertThat(v.vastgesteld()).isFalse();
            for (VerrekeningRegel r : v.regels()) {
                if (r.beschikkingsnummer().equals(heelJaar)) {
                    heel = heel.add(r.bedrag());
                    assertThat(r.post()).isEqualTo(Begrotingspost.WERKGEBIEDEN);
                } else {
                    assertThat(r.beschikkingsnummer()).isEqualTo(ozaMaart);
                    assertThat(r.post()).isEqualTo(Begrotingspost.OZA);
                    oza = oza.add(r.bedrag());
                }
            }
        }
        assertThat(heel).isEqualByComparingTo("3650.00");
        assertThat(oza).isEqualByComparingTo("1000.00");
        // 17 of the 31 days in March: 548.39; the whole of March for the year arrangement: 310.00.
        Verrekening maart = van(w.a, 3);
        assertThat(maart.perPost()).containsEntry(Begrotingspost.WERKGEBIEDEN, new BigDecimal("310.00"))
                .containsEntry(Begrotingspost.OZA, new BigDecimal("548.39"));
        assertThat(maart.totaal()).isEqualByComparingTo("858.39");
    }

    @Test
    void vaststellenBooksTheMonthOnceAndTheStatementNeverChangesAfterwards() throws IOException {
        Verrekening maart = w.as(w.controller, u -> verrekeningen.vaststellen(u, w.a.id(), YearMonth.of(JAAR, 3)));
        assertThat(maart.vastgesteld()).isTrue();
        assertThat(maart.totaal()).isEqualByComparingTo("858.39");

        List<RealisatieBoeking> geboekt = w.as(w.controller, u -> realisatie.boekingen(u, JAAR, 3)).stream()
                .filter(b -> b.betaalsoort() == Betaalsoort.ARRANGEMENT).toList();
        assertThat(geboekt).extracting(RealisatieBoeking::post, RealisatieBoeking::bedrag, RealisatieBoeking::bestuurId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Begrotingspost.WERKGEBIEDEN, new BigDecimal("310.00"), w.a.id()),
                        org.assertj.core.groups.Tuple.tuple(Begrotingspost.OZA, new BigDecimal("548.39"), w.a.id()));
        Betaaloverzicht overzicht = w.as(w.bestuurA, u -> betaaloverzichten.overzicht(u, w.a.id(), YearMonth.of(JAAR, 3), null));
        assertThat(overzicht.subtotalen().get(Betaalsoort.ARRANGEMENT)).isEqualByComparingTo("858.39");

        // Idempotent: again books nothing and returns the same settlement.
        Verrekening nogmaals = w.as(w.controller, u -> verrekeningen.vaststellen(u, w.a.id(), YearMonth.of(JAAR, 3)));
        assertThat(nogmaals.vastgesteldOp()).isEqualTo(maart.vastgesteldOp());
        assertThat(w.as(w.controller, u -> realisatie.boekingen(u, JAAR, 3))
                .stream().filter(b -> b.betaalsoort() == Betaalsoort.ARRANGEMENT)).hasSize(2);

        Verrekening gelezen = van(w.a, 3);
        String csv = w.as(w.controller, u -> documenten.csv(u, gelezen));
        w.verleng(heelJaar, LocalDate.of(JAAR + 1, 6, 30));
        Verrekening daarna = van(w.a, 3);
        assertThat(daarna.regels()).isEqualTo(maart.regels());
        Verrekening opnieuw = van(w.a, 3);
        String csvOpnieuw = w.as(w.controller, u -> documenten.csv(u, opnieuw));
        assertThat(csvOpnieuw).isEqualTo(csv);
        assertThat(csv).contains(heelJaar).contains("310,00").contains("Vastgesteld");

        // The extension spreads the bedrag over 18 months: April corrects March once, by a negative amount.
        VerrekeningRegel april = van(w.a, 4).regels().stream().filter(r -> r.beschikkingsnummer().equals(heelJaar))
                .findFirst().orElseThrow();
        assertThat(april.correctie().signum()).isNegative();

        byte[] pdf = w.as(w.bestuurA, u -> documenten.pdf(u, verrekeningen.verrekening(u, w.a.id(), YearMonth.of(JAAR, 3), null)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(heelJaar).contains(ozaMaart).contains("858,39");
        }
    }

    @Test
    void anArrangementClosedEarlyIsChargedUpToItsClosingDateAndItsInvoicesAfterThatAreFlagged() {
        // 500.00 over 1 January - 30 June (181 days): January 85.64, February 77.35, March 85.64.
        Verrekening januari = w.as(w.controller, u -> verrekeningen.vaststellen(u, w.b.id(), YearMonth.of(JAAR, 1)));
        w.as(w.controller, u -> verrekeningen.vaststellen(u, w.b.id(), YearMonth.of(JAAR, 2)));
        w.sluit(halfJaarB, LocalDate.of(JAAR, 3, 15));

        // March: 15 of its 31 days of 85.64; April onwards nothing; the vastgestelde months keep their lines.
        Verrekening maart = van(w.b, 3);
        assertThat(maart.regels()).singleElement().satisfies(r -> {
            assertThat(r.maanddeel()).isEqualByComparingTo("41.44");
            assertThat(r.correctie()).isEqualByComparingTo("0");
        });
        assertThat(van(w.b, 4).regels()).isEmpty();
        assertThat(van(w.b, 6).totaal()).isEqualByComparingTo("0");
        assertThat(van(w.b, 1).regels()).isEqualTo(januari.regels());
        assertThat(januari.totaal()).isEqualByComparingTo("85.64");

        // March vastgesteld pro rata; April then has no correctie charging the rest of March.
        w.as(w.controller, u -> verrekeningen.vaststellen(u, w.b.id(), YearMonth.of(JAAR, 3)));
        Verrekening april = w.as(w.controller, u -> verrekeningen.vaststellen(u, w.b.id(), YearMonth.of(JAAR, 4)));
        assertThat(april.regels()).isEmpty();
        assertThat(w.as(w.controller, u -> realisatie.boekingen(u, JAAR, 4)).stream()
                .filter(b -> b.betaalsoort() == Betaalsoort.ARRANGEMENT && w.b.id().equals(b.bestuurId()))).isEmpty();

        // The booking's description comes from the message bundle: the month and the number of lines only.
        assertThat(w.as(w.controller, u -> realisatie.boekingen(u, JAAR, 1)).stream()
                .filter(b -> b.betaalsoort() == Betaalsoort.ARRANGEMENT && w.b.id().equals(b.bestuurId()))
                .map(RealisatieBoeking::omschrijving))
                .containsExactly(messages.getMessage("verrekening.boeking.omschrijving",
                        new Object[] {"2025-01", "1"}, java.util.Locale.forLanguageTag("nl-NL")));

        // Invoices: up to the closing date fine; a period after it is outside the arrangement.
        assertThat(registreer(halfJaarB, "G-1", LocalDate.of(JAAR, 3, 1), LocalDate.of(JAAR, 3, 15), "40.00")
                .signalen()).isEmpty();
        assertThat(registreer(halfJaarB, "G-2", LocalDate.of(JAAR, 3, 16), LocalDate.of(JAAR, 3, 31), "40.00")
                .signalen()).containsExactly(FactuurSignaal.BUITEN_PERIODE);
    }

    @Test
    void refusesAMonthThatIsNotOverAndAMonthBeforeAVastgesteldeOne() {
        YearMonth nu = YearMonth.now();
        assertThatThrownBy(() -> w.as(w.controller, u -> verrekeningen.vaststellen(u, w.a.id(), nu)))
                .isInstanceOf(PassendException.RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "verrekening-maand-niet-afgelopen");
        w.as(w.controller, u -> verrekeningen.vaststellen(u, w.a.id(), YearMonth.of(JAAR, 5)));
        assertThatThrownBy(() -> w.as(w.controller, u -> verrekeningen.vaststellen(u, w.a.id(), YearMonth.of(JAAR, 4))))
                .isInstanceOf(PassendException.RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "verrekening-latere-maand-vastgesteld");
        // A directeur reads any bestuur but does not book the realisation.
        assertThat(w.as(w.directeur, u -> verrekeningen.verrekening(u, w.b.id(), YearMonth.of(JAAR, 2), null))
                .totaal()).isPositive();
        assertThatThrownBy(() -> w.as(w.directeur, u -> verrekeningen.vaststellen(u, w.b.id(), YearMonth.of(JAAR, 2))))
                .isInstanceOf(PassendException.Forbidden.class);
    }

    @Test
    void aBestuurSeesOnlyItsOwnSettlement() {
        List<Bestuur> zichtbaar = w.as(w.bestuurA, u -> verrekeningen.besturen(u));
        assertThat(zichtbaar).extracting(Bestuur::id).containsExactly(w.a.id());
        assertThat(w.as(w.bestuurA, u -> verrekeningen.verrekening(u, w.a.id(), YearMonth.of(JAAR, 2), null))
                .regels()).extracting(VerrekeningRegel::beschikkingsnummer).containsExactly(heelJaar);
        assertThatThrownBy(() -> w.as(w.bestuurA, u -> verrekeningen.verrekening(u, w.b.id(), YearMonth.of(JAAR, 2), null)))
                .isInstanceOf(PassendException.NotFound.class)
                .hasFieldOrPropertyWithValue("code", "verrekening-bestuur-onbekend");
    }

    @Test
    void registersInvoicesWithTheirSignals() {
        Factuur goed = registreer(ozaMaart, "F-1", LocalDate.of(JAAR, 3, 15), LocalDate.of(JAAR, 3, 31), "600.00");
        assertThat(goed.signalen()).isEmpty();
        Factuur teVeel = registreer(ozaMaart.toLowerCase(), "F-2", LocalDate.of(JAAR, 4, 1), LocalDate.of(JAAR, 4, 14), "500.00");
        assertThat(teVeel.signalen()).containsExactly(FactuurSignaal.BOVEN_BESLUIT);
        assertThat(teVeel.arrangementId()).isNotNull();
        Factuur buiten = registreer(heelJaar, "F-3", LocalDate.of(JAAR, 12, 1), LocalDate.of(JAAR + 1, 1, 31), "100.00");
        assertThat(buiten.signalen()).containsExactly(FactuurSignaal.BUITEN_PERIODE);
        Factuur onbekend = registreer("ARR-1999-0001", "F-4", LocalDate.of(JAAR, 1, 1), LocalDate.of(JAAR, 1, 31), "10.00");
        assertThat(onbekend.signalen()).containsExactly(FactuurSignaal.ONBEKEND_NUMMER);

        List<Factuur> metSignaal = w.as(w.controller, u -> facturen.list(u, null, true));
        assertThat(metSignaal).extracting(Factuur::factuurnummer)
                .containsExactly("F-4", "F-3", "F-2");
        assertThatThrownBy(() -> registreer(ozaMaart, "F-1", LocalDate.of(JAAR, 3, 15), LocalDate.of(JAAR, 3, 31), "1.00"))
                .isInstanceOf(PassendException.Conflict.class).hasFieldOrPropertyWithValue("code", "factuur-dubbel");
        assertThatThrownBy(() -> w.as(w.bestuurA, u -> facturen.list(u, null, false)))
                .isInstanceOf(PassendException.Forbidden.class);
    }

    @Test
    void theScreensShowABestuurItsOwnAndLetTheControllerVaststellenAndRegisterInvoices() throws Exception {
        var bestuur = WebLogin.logIn(mvc, w.bestuurA);
        Document eigen = html(mvc.perform(get("/verrekeningen").param("maand", "2025-03").session(bestuur))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(eigen.select("#bestuur option")).hasSize(1);
        assertThat(eigen.select("#verrekening tbody tr")).hasSize(2);
        assertThat(eigen.select("form[action=/verrekeningen/vaststellen]")).isEmpty();

        var controller = WebLogin.logIn(mvc, w.controller);
        String pagina = "/verrekeningen?bestuur=" + w.a.id() + "&maand=2025-03";
        assertThat(html(mvc.perform(get(pagina).session(controller)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select("form[action=/verrekeningen/vaststellen]")).hasSize(1);
        mvc.perform(post("/verrekeningen/vaststellen").param("bestuur", w.a.id().toString()).param("maand", "2025-03")
                .session(controller).with(csrf())).andExpect(redirectedUrl(pagina));
        assertThat(html(mvc.perform(get(pagina).session(controller)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).select("form[action=/verrekeningen/vaststellen]")).isEmpty();

        var medewerker = WebLogin.logIn(mvc, w.medewerker);
        mvc.perform(post("/facturen").session(medewerker).with(csrf()).param("beschikkingsnummer", "ARR-1999-0009")
                        .param("aanbieder", "Zorgpartner Noord").param("factuurnummer", "W-1")
                        .param("factuurdatum", "2025-03-31").param("periodeVan", "2025-03-01")
                        .param("periodeTot", "2025-03-31").param("bedrag", "120.00"))
                .andExpect(redirectedUrl("/facturen"));
        Document lijst = html(mvc.perform(get("/facturen").session(medewerker)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(lijst.select("#facturen tbody tr").text()).contains("W-1", "Onbekend beschikkingsnummer");
        mvc.perform(post("/facturen").session(medewerker).with(csrf()).param("beschikkingsnummer", heelJaar)
                        .param("aanbieder", "Zorgpartner Noord").param("factuurnummer", "W-2")
                        .param("factuurdatum", "2025-03-31").param("periodeVan", "2025-04-01")
                        .param("periodeTot", "2025-03-31").param("bedrag", "120.00"))
                .andExpect(status().isOk());
        mvc.perform(get("/facturen").session(bestuur)).andExpect(status().isForbidden());
    }

    private static Document html(String body) {
        return Jsoup.parse(body);
    }

    private Factuur registreer(String nummer, String factuurnummer, LocalDate van, LocalDate tot, String bedrag) {
        FactuurInput input = new FactuurInput();
        input.setBeschikkingsnummer(nummer);
        input.setAanbieder("Zorgpartner Noord");
        input.setFactuurnummer(factuurnummer);
        input.setFactuurdatum(tot);
        input.setPeriodeVan(van);
        input.setPeriodeTot(tot);
        input.setBedrag(new BigDecimal(bedrag));
        return w.as(w.medewerker, u -> facturen.registreer(u, input));
    }
}
