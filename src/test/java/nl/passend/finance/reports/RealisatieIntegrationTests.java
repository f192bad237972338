package nl.passend.finance.reports;

import static nl.passend.finance.reports.ReportsWorld.JAAR;
import static nl.passend.finance.reports.ReportsWorld.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import nl.passend.finance.BatenOpslag;
import nl.passend.finance.BatenService;
import nl.passend.finance.Begrotingspost;
import nl.passend.finance.BekostigingstellingService;
import nl.passend.finance.Betaaloverzicht;
import nl.passend.finance.BetaaloverzichtService;
import nl.passend.finance.NormbedragService;
import nl.passend.finance.RealisatieBoeking;
import nl.passend.finance.RealisatieBoeking.Betaalsoort;
import nl.passend.finance.RealisatieService;
import nl.passend.finance.TelSoort;
import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.finance.calc.Cents;
import nl.passend.finance.calc.LargestRemainder;
import nl.passend.finance.calc.Verdeling;
import nl.passend.shared.PassendException;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Monthly realisation from the vastgesteld verdeelmodel and the verrekening, booked once per month,
 * and the betaaloverzicht per bestuur that comes from it: adding up, reproducible, only one's own.
 */
@PassendIntegrationTest
class RealisatieIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired RealisatieService realisatie;
    @Autowired BetaaloverzichtService overzichten;
    @Autowired VerdeelmodelService modellen;
    @Autowired nl.passend.organisation.LeerlingtellingService leerlingtellingen;
    @Autowired NormbedragService normbedragen;
    @Autowired BekostigingstellingService tellingen;
    @Autowired BatenService baten;

    private ReportsWorld w;
    private Verdeelmodel model;

    @BeforeEach
    void world() {
        w = new ReportsWorld(fixtures);
        w.amountsAndCounts(normbedragen, tellingen);
        model = w.vastgesteldModel(modellen, leerlingtellingen);
    }

    @Test
    void booksAMonthFromTheModelInForceAndTheVerrekeningAndRefusesToBookItTwice() {
        List<RealisatieBoeking> maart = w.as(w.controller, u -> realisatie.boekMaand(u, JAAR, 3));

        Verdeling verdeling = w.as(w.controller, u -> modellen.verdeling(u, model.id()));
        assertThat(som(maart, Betaalsoort.BASIS_LICHT, w.a.id())).isEqualByComparingTo(verdeling.maandbedragen(w.a.id()).get(2));
        assertThat(som(maart, Betaalsoort.BASIS_LICHT, w.b.id())).isEqualByComparingTo(verdeling.maandbedragen(w.b.id()).get(2));
        assertThat(som(maart, Betaalsoort.BASIS_LICHT, w.a.id())).isPositive();
        // SBO 12 x 4000 = 48.000 and SO 5 x 10.000 + 1 x 30.000 = 80.000 a year, a twelfth a month.
        assertThat(maart).filteredOn(b -> b.bron() == RealisatieBoeking.Bron.VERREKENING)
                .extracting(RealisatieBoeking::post, RealisatieBoeking::bedrag)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Begrotingspost.SBO, new BigDecimal("4000.00")),
                        org.assertj.core.groups.Tuple.tuple(Begrotingspost.SO,
                                LargestRemainder.monthly(new BigDecimal("80000.00")).get(2)));

        assertThatThrownBy(() -> w.as(w.controller, u -> realisatie.boekMaand(u, JAAR, 3)))
                .isInstanceOfSatisfying(PassendException.Conflict.class,
                        e -> assertThat(e.code()).isEqualTo("realisatie-maand-al-geboekt"));
        List<RealisatieBoeking> geboekt = w.as(w.controller, u -> realisatie.boekingen(u, JAAR));
        assertThat(geboekt).hasSameSizeAs(maart);
    }

    @Test
    void aStatementAddsUpToTheCentAndIsTheSameWhenRegeneratedLater() throws IOException {
        w.as(w.controller, u -> realisatie.boekMaand(u, JAAR, 4));
        RealisatieBoeking arrangement = w.as(w.controller, u -> realisatie.boek(u,
                booking(4, Begrotingspost.OZA, "1234.56", w.a, Betaalsoort.ARRANGEMENT, "Arrangement groep 5")));
        w.as(w.controller, u -> realisatie.boek(u,
                booking(4, Begrotingspost.OVERIGE_LASTEN, "100.01", w.a, Betaalsoort.OVERIG, "Scholing")));
        w.as(w.controller, u -> realisatie.boek(u,
                booking(4, Begrotingspost.OZA, "999.99", w.b, Betaalsoort.ARRANGEMENT, "Ander bestuur")));
        YearMonth april = YearMonth.of(JAAR, 4);

        Betaaloverzicht o = w.as(w.bestuurA, u -> overzichten.overzicht(u, w.a.id(), april, null));

        BigDecimal basis = w.as(w.controller, u -> modellen.verdeling(u, model.id())).maandbedragen(w.a.id()).get(3);
        assertThat(o.maandGeboekt()).isTrue();
        assertThat(o.subtotalen().get(Betaalsoort.BASIS_LICHT)).isEqualByComparingTo(basis);
        assertThat(o.subtotalen().get(Betaalsoort.ARRANGEMENT)).isEqualByComparingTo("1234.56");
        assertThat(o.subtotalen().get(Betaalsoort.OVERIG)).isEqualByComparingTo("100.01");
        assertThat(o.totaal()).isEqualByComparingTo(basis.add(new BigDecimal("1334.57")));
        assertThat(o.regels().stream().map(Betaaloverzicht.Regel::bedrag).reduce(Cents.zero(), BigDecimal::add))
                .isEqualByComparingTo(o.totaal());

        // A correction booked later does not change the statement as it stood; a later stand shows it as its own line.
        Instant stand = o.stand();
        w.as(w.controller, u -> realisatie.corrigeer(u, arrangement.id()));
        w.as(w.controller, u -> realisatie.boekMaand(u, JAAR, 5));
        Betaaloverzicht again = w.as(w.controller, u -> overzichten.overzicht(u, w.a.id(), april, stand));
        assertThat(again).isEqualTo(o);
        Betaaloverzicht later = w.as(w.controller, u -> overzichten.overzicht(u, w.a.id(), april, null));
        assertThat(later.regels()).hasSize(o.regels().size() + 1);
        assertThat(later.subtotalen().get(Betaalsoort.ARRANGEMENT)).isEqualByComparingTo("0.00");

        String csv = w.as(w.bestuurA, u -> overzichten.csv(u, o));
        assertThat(csv).startsWith("bestuur;bevoegd_gezag;maand;stand;betaalsoort;post;omschrijving;bedrag\r\n");
        assertThat(csv).contains(";Arrangementen;Onderwijs-zorgarrangementen;Arrangement groep 5;1234,56\r\n");
        assertThat(csv).contains(";Totaal;" + o.totaal().toPlainString().replace('.', ',') + "\r\n");

        byte[] pdf = w.as(w.bestuurA, u -> overzichten.pdf(u, o));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(w.a.naam()).contains("april " + JAAR).contains("€ 1.234,56").contains("€ 100,01")
                    .contains(euro(o.totaal())).contains(euro(basis)).doesNotContain("Ander bestuur");
            // PDF/UA: both tables carry a caption.
            assertThat(text).contains("Gegevens van het betaaloverzicht van " + w.a.naam())
                    .contains("Betalingen aan " + w.a.naam() + " in april " + JAAR);
        }
    }

    @Test
    void aBookingIsCorrectedOnceAndACorrectionCannotBeCorrected() {
        RealisatieBoeking boeking = w.as(w.controller, u -> realisatie.boek(u,
                booking(2, Begrotingspost.OZA, "250.00", w.a, Betaalsoort.ARRANGEMENT, "Arrangement groep 3")));

        RealisatieBoeking correctie = w.as(w.controller, u -> realisatie.corrigeer(u, boeking.id()));

        assertThat(correctie.bedrag()).isEqualByComparingTo("-250.00");
        assertThat(correctie.corrigeertId()).isEqualTo(boeking.id());
        assertThatThrownBy(() -> w.as(w.controller, u -> realisatie.corrigeer(u, boeking.id())))
                .isInstanceOfSatisfying(PassendException.Conflict.class,
                        e -> assertThat(e.code()).isEqualTo("realisatie-al-gecorrigeerd"));
        assertThatThrownBy(() -> w.as(w.controller, u -> realisatie.corrigeer(u, correctie.id())))
                .isInstanceOfSatisfying(PassendException.RuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("realisatie-correctie-van-correctie"));
        List<RealisatieBoeking> geboekt = w.as(w.controller, u -> realisatie.boekingen(u, JAAR));
        assertThat(geboekt).hasSize(2).noneMatch(RealisatieBoeking::corrigeerbaar);
        assertThat(geboekt).filteredOn(b -> b.id().equals(boeking.id())).singleElement()
                .satisfies(b -> assertThat(b.gecorrigeerd()).isTrue());
        assertThat(geboekt.stream().map(RealisatieBoeking::bedrag).reduce(Cents.zero(), BigDecimal::add))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void verrekeningComesFromOneSavedComputationAndANewerOneIsCaughtUpAsItsOwnLine() {
        // No saved computation yet: the first boek maand saves one and every month books its twelfths.
        List<RealisatieBoeking> januari = w.as(w.controller, u -> realisatie.boekMaand(u, JAAR, 1));
        List<BatenOpslag> opgeslagen = w.as(w.controller, u -> baten.opgeslagen(u, JAAR));
        assertThat(opgeslagen).hasSize(1);
        assertThat(verrekening(januari, Begrotingspost.SBO)).singleElement().satisfies(b -> {
            assertThat(b.bedrag()).isEqualByComparingTo("4000.00");
            assertThat(b.omschrijving()).startsWith("Verrekening SBO " + JAAR + "-01 (batenberekening " + JAAR
                    + " opgeslagen ");
        });
        w.as(w.controller, u -> realisatie.boekMaand(u, JAAR, 2));

        // Mid-year the SBO count is corrected (12 -> 18): not saved yet, so March still uses the saved computation.
        w.count(tellingen, LocalDate.of(JAAR - 1, 2, 1), TelSoort.SBO, 18);
        List<RealisatieBoeking> maart = w.as(w.controller, u -> realisatie.boekMaand(u, JAAR, 3));
        assertThat(verrekening(maart, Begrotingspost.SBO)).extracting(RealisatieBoeking::bedrag)
                .containsExactly(new BigDecimal("4000.00"));

        // Saved: April books its twelfth of 18 x 4000 and, as its own line, 3 x 2000 for January to March.
        w.as(w.controller, u -> baten.opslaan(u, JAAR));
        List<RealisatieBoeking> april = w.as(w.controller, u -> realisatie.boekMaand(u, JAAR, 4));
        assertThat(verrekening(april, Begrotingspost.SBO)).extracting(RealisatieBoeking::bedrag)
                .containsExactlyInAnyOrder(new BigDecimal("6000.00"), new BigDecimal("6000.00"));
        assertThat(verrekening(april, Begrotingspost.SBO)).filteredOn(b -> b.omschrijving().startsWith("Inhaal"))
                .singleElement().satisfies(b -> assertThat(b.omschrijving())
                        .contains("al geboekte maanden 1, 2, 3").contains("batenberekening " + JAAR));
        assertThat(verrekening(april, Begrotingspost.SO)).hasSize(1);

        List<RealisatieBoeking> mei = w.as(w.controller, u -> realisatie.boekMaand(u, JAAR, 5));
        assertThat(verrekening(mei, Begrotingspost.SBO)).extracting(RealisatieBoeking::bedrag)
                .containsExactly(new BigDecimal("6000.00"));
        BigDecimal sbo = w.as(w.controller, u -> realisatie.boekingen(u, JAAR)).stream()
                .filter(b -> b.post() == Begrotingspost.SBO).map(RealisatieBoeking::bedrag)
                .reduce(Cents.zero(), BigDecimal::add);
        assertThat(sbo).isEqualByComparingTo("30000.00");
    }

    private static List<RealisatieBoeking> verrekening(List<RealisatieBoeking> boekingen, Begrotingspost post) {
        return boekingen.stream().filter(b -> b.bron() == RealisatieBoeking.Bron.VERREKENING && b.post() == post)
                .toList();
    }

    @Test
    void aBestuurCannotReadAnotherBestuursStatement() {
        assertThatThrownBy(() -> w.as(w.bestuurA, u -> overzichten.overzicht(u, w.b.id(), YearMonth.of(JAAR, 4), null)))
                .isInstanceOfSatisfying(PassendException.NotFound.class,
                        e -> assertThat(e.code()).isEqualTo("betaaloverzicht-bestuur-onbekend"));
        assertThat(w.as(w.bestuurA, overzichten::besturen)).extracting(b -> b.id()).containsExactly(w.a.id());
        assertThat(w.as(w.controller, overzichten::besturen)).hasSize(2);
    }

    private static BigDecimal som(List<RealisatieBoeking> boekingen, Betaalsoort soort, java.util.UUID bestuur) {
        return boekingen.stream().filter(b -> b.betaalsoort() == soort && bestuur.equals(b.bestuurId()))
                .map(RealisatieBoeking::bedrag).reduce(Cents.zero(), BigDecimal::add);
    }

    static String euro(BigDecimal amount) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("nl-NL")));
        return "€ " + f.format(amount);
    }
}
