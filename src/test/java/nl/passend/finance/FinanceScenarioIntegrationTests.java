package nl.passend.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import nl.passend.finance.RealisatieBoeking.Betaalsoort;
import nl.passend.finance.calc.BatenBerekening;
import nl.passend.finance.calc.BegrotingJaar;
import nl.passend.finance.calc.ComponentSoort;
import nl.passend.finance.calc.LargestRemainder;
import nl.passend.finance.calc.Meerjarenbegroting;
import nl.passend.finance.calc.ReserveOordeel;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.LeerlingtellingInput;
import nl.passend.organisation.LeerlingtellingService;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolInput;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.organisation.Werkgebied;
import nl.passend.organisation.WerkgebiedInput;
import nl.passend.organisation.WerkgebiedService;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.Tenant;
import nl.passend.support.Fixtures.TestUser;
import nl.passend.support.PassendIntegrationTest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of an SWV's finances, told once: amounts with their source → counts → baten line by line →
 * a verdeelmodel adopted after the OPR's consent → begroting with meerjarenbegroting and a scenario →
 * twelve months of realisation → a statement per bestuur → the reserve check. Every euro figure below
 * was computed by hand (see the comments), so the test proves the figures, not just that they exist.
 */
@PassendIntegrationTest
class FinanceScenarioIntegrationTests {

    static final int JAAR = 2026;
    /** Since 2023 the year is funded on 1 February of the year before. */
    static final LocalDate TELDATUM = LocalDate.of(2025, 2, 1);
    static final String SCENARIO = "SO-deelname +0,2 procentpunt";

    @Autowired Fixtures fixtures;
    @Autowired WerkgebiedService werkgebieden;
    @Autowired SchoolService scholen;
    @Autowired LeerlingtellingService leerlingtellingen;
    @Autowired NormbedragService normbedragen;
    @Autowired BekostigingstellingService tellingen;
    @Autowired SubsidieService subsidies;
    @Autowired BatenService baten;
    @Autowired VerdeelmodelService modellen;
    @Autowired BegrotingService begrotingen;
    @Autowired RealisatieService realisatie;
    @Autowired BetaaloverzichtService overzichten;
    @Autowired EigenVermogenService eigenVermogen;
    @Autowired ReserveService reserve;
    @Autowired BerekeningStore berekeningen;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    private Tenant tenant;
    private TestUser controller;
    private TestUser directeur;

    @Test
    void everySavedComputationIsWrittenByOneStoreWithTheNormbedragVersionsItUsed() {
        tenant = fixtures.tenant();
        controller = fixtures.user(tenant, Role.CONTROLLER, null);
        UUID eerste = UUID.randomUUID();
        UUID tweede = UUID.randomUUID();

        UUID baten = as(controller, u -> berekeningen.insert(u, "BATEN", JAAR, List.of(eerste, tweede),
                "{\"totaleBaten\": 416999.74}"));
        UUID begroting = as(controller, u -> berekeningen.insert(u, "BEGROTING", JAAR,
                new java.util.LinkedHashSet<>(), "{}"));

        record Row(String soort, int jaar, List<UUID> normbedragIds, String totaleBaten, UUID swv, UUID door) {
        }
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        Function<UUID, Row> read = id -> as(controller, u -> tx.execute(status -> jdbc.sql("""
                        SELECT soort, jaar, normbedrag_ids, uitkomst ->> 'totaleBaten' AS totale_baten, swv_id, created_by
                          FROM berekening WHERE id = ?""").param(id)
                .query((rs, n) -> new Row(rs.getString("soort"), rs.getInt("jaar"),
                        List.of((UUID[]) rs.getArray("normbedrag_ids").getArray()), rs.getString("totale_baten"),
                        rs.getObject("swv_id", UUID.class), rs.getObject("created_by", UUID.class))).single()));
        assertThat(read.apply(baten)).isEqualTo(new Row("BATEN", JAAR, List.of(eerste, tweede), "416999.74",
                tenant.id(), controller.user().accountId()));
        assertThat(read.apply(begroting)).isEqualTo(new Row("BEGROTING", JAAR, List.of(), null, tenant.id(),
                controller.user().accountId()));
    }

    @Test
    void aYearOfFinanceLivesFromAmountsToTheReserveCheck() throws IOException {
        tenant = fixtures.tenant();
        controller = fixtures.user(tenant, Role.CONTROLLER, null);
        directeur = fixtures.user(tenant, Role.DIRECTEUR, null);
        Bestuur a = fixtures.bestuur(tenant);
        Bestuur b = fixtures.bestuur(tenant);
        Bestuur so = fixtures.bestuur(tenant);
        TestUser bestuurA = fixtures.userWithoutTotp(tenant, Role.BESTUUR, a.id());
        Werkgebied noord = werkgebied("Noord");
        Werkgebied zuid = werkgebied("Zuid");
        // Pupils on the teldatum: bao 127 + 94 (bestuur A), 213 (bestuur B); sbo 83; so 41 (not in BASIS).
        school(a, SchoolSoort.BAO, noord, 127);
        school(a, SchoolSoort.BAO, zuid, 94);
        school(b, SchoolSoort.BAO, noord, 213);
        school(a, SchoolSoort.SBO, noord, 83);
        school(so, SchoolSoort.SO, null, 41);

        // The amounts of the year, each with its source; the counts: BASIS from the leerlingtellingen, S(B)O from DUO.
        Map<NormbedragSoort, Normbedrag> amounts = Map.of(
                NormbedragSoort.LICHTE_ONDERSTEUNING, amount(NormbedragSoort.LICHTE_ONDERSTEUNING, "208.25"),
                NormbedragSoort.ZWARE_ONDERSTEUNING, amount(NormbedragSoort.ZWARE_ONDERSTEUNING, "549.97"),
                NormbedragSoort.SBO, amount(NormbedragSoort.SBO, "7038.56"),
                NormbedragSoort.SO_LAAG, amount(NormbedragSoort.SO_LAAG, "13726.23"),
                NormbedragSoort.SO_MIDDEN, amount(NormbedragSoort.SO_MIDDEN, "22335.33"),
                NormbedragSoort.SO_HOOG, amount(NormbedragSoort.SO_HOOG, "33332.93"));
        assertThat(amounts.get(NormbedragSoort.SBO).bronVindplaats()).isEqualTo("Stcrt. 2025, 31415");
        Bekostigingstelling basis = as(controller, u -> tellingen.deriveBasis(u, TELDATUM));
        assertThat(basis.aantal()).isEqualTo(517);
        assertThat(basis.bron()).isEqualTo(BekostigingstellingBron.LEERLINGTELLING);
        count(TelSoort.SBO, 13);
        count(TelSoort.SO_LAAG, 9);
        count(TelSoort.SO_MIDDEN, 2);
        count(TelSoort.SO_HOOG, 1);
        subsidy("25000.00");

        // Baten 2026, by hand:
        //   bruto licht        517 x    208,25 = 107.665,25
        //   bruto zwaar        517 x    549,97 = 284.334,49
        //   subsidie                              25.000,00   -> totale baten 416.999,74
        //   verrekening sbo     13 x  7.038,56 =  91.501,28
        //   verrekening so-laag  9 x 13.726,23 = 123.536,07
        //   so-midden            2 x 22.335,33 =  44.670,66
        //   so-hoog              1 x 33.332,93 =  33.332,93   -> verrekening 293.040,94
        //   netto ontvangst 416.999,74 - 293.040,94 = 123.958,80
        BatenBerekening berekening = as(controller, u -> baten.bereken(u, JAAR));
        assertLine(berekening, "bruto-licht", "107665.25", 517, amounts.get(NormbedragSoort.LICHTE_ONDERSTEUNING));
        assertLine(berekening, "bruto-zwaar", "284334.49", 517, amounts.get(NormbedragSoort.ZWARE_ONDERSTEUNING));
        assertLine(berekening, "verrekening-sbo", "91501.28", 13, amounts.get(NormbedragSoort.SBO));
        assertLine(berekening, "verrekening-so-laag", "123536.07", 9, amounts.get(NormbedragSoort.SO_LAAG));
        assertLine(berekening, "verrekening-so-midden", "44670.66", 2, amounts.get(NormbedragSoort.SO_MIDDEN));
        assertLine(berekening, "verrekening-so-hoog", "33332.93", 1, amounts.get(NormbedragSoort.SO_HOOG));
        assertThat(berekening.regels("subsidie")).singleElement()
                .satisfies(r -> assertThat(r.bedrag()).isEqualByComparingTo("25000.00"));
        assertThat(berekening.totaleBaten()).isEqualByComparingTo("416999.74");
        assertThat(berekening.verrekening()).isEqualByComparingTo("293040.94");
        assertThat(berekening.nettoOntvangst()).isEqualByComparingTo("123958.80");

        // The verdeelmodel: a concept cannot be adopted before the OPR consents; then the directeur adopts it.
        Verdeelmodel concept = concept();
        assertThat(concept.status()).isEqualTo(VerdeelmodelStatus.CONCEPT);
        assertThatThrownBy(() -> as(directeur, u -> modellen.vaststellen(u, concept.id(),
                new VerdeelmodelVaststellingInput())))
                .isInstanceOfSatisfying(PassendException.Conflict.class,
                        e -> assertThat(e.code()).isEqualTo("verdeelmodel-status-concept"));
        assertThatThrownBy(() -> as(controller, u -> modellen.recordOprInstemming(u, concept.id(), opr())))
                .isInstanceOf(PassendException.Forbidden.class);
        Verdeelmodel consented = as(directeur, u -> modellen.recordOprInstemming(u, concept.id(), opr()));
        assertThat(consented.status()).isEqualTo(VerdeelmodelStatus.OPR_INSTEMMING);
        assertThat(consented.oprKenmerk()).isEqualTo("OPR-2025-11");
        Verdeelmodel model = as(directeur, u -> modellen.vaststellen(u, concept.id(),
                new VerdeelmodelVaststellingInput()));
        assertThat(model.status()).isEqualTo(VerdeelmodelStatus.VASTGESTELD);
        assertThat(model.vastgesteldDoor()).isEqualTo(directeur.user().accountId());

        // The allocation of 123.958,80, by hand:
        //   vaste voet 1.000 x 3 bao schools: A 2.000 (2 schools), B 1.000
        //   per leerling 60 x 434 bao pupils: A 221 -> 13.260, B 213 -> 12.780
        //   werkgebieden 30% = 37.187,64; frictie 5% = 1.859,38; 35.328,26 over Noord 340 / Zuid 94 pupils
        //     = 27.676,52 / 7.651,74 (largest remainder: the cent goes to Zuid)
        //   OZA 10% = 12.395,88; uitvoeringsorganisatie 15% = 18.593,82; management 5% = 6.197,94;
        //   groeiregeling SO 2 x 5.000 = 10.000 -> total 113.415,28, rest 10.543,52
        VerdeelmodelUitkomst uitkomst = as(controller, u -> modellen.uitkomst(u, model.id(), null));
        assertThat(uitkomst.beschikbaar()).isEqualByComparingTo("123958.80");
        assertThat(uitkomst.perBestuur()).containsOnlyKeys(a.id(), b.id());
        assertThat(uitkomst.perBestuur().get(a.id())).isEqualByComparingTo("15260.00");
        assertThat(uitkomst.perBestuur().get(b.id())).isEqualByComparingTo("13780.00");
        assertThat(uitkomst.perWerkgebied().get(noord.id())).isEqualByComparingTo("27676.52");
        assertThat(uitkomst.perWerkgebied().get(zuid.id())).isEqualByComparingTo("7651.74");
        assertThat(uitkomst.frictiereserve()).isEqualByComparingTo("1859.38");
        assertThat(uitkomst.centraalPerPost()).containsEntry(Begrotingspost.OZA, new BigDecimal("12395.88"))
                .containsEntry(Begrotingspost.UITVOERINGSORGANISATIE, new BigDecimal("18593.82"))
                .containsEntry(Begrotingspost.MANAGEMENT_ORGANISATIE, new BigDecimal("6197.94"))
                .containsEntry(Begrotingspost.SO, new BigDecimal("10000.00"));
        assertThat(uitkomst.verdeling().totaal()).isEqualByComparingTo("113415.28");
        assertThat(uitkomst.verdeling().rest()).isEqualByComparingTo("10543.52");

        // The begroting 2026 with 2027-2029 and the scenario side by side; vastgesteld by the directeur.
        Begroting begroting = budget(model);
        Meerjarenbegroting mjb = as(controller, u -> begrotingen.bereken(u, begroting.id()));
        assertThat(mjb.scenarios()).hasSize(2);
        assertThat(mjb.basis().jaren()).extracting(BegrotingJaar::jaar).containsExactly(2026, 2027, 2028, 2029);
        BegrotingJaar base = mjb.basis().jaar(JAAR);
        // Regulier 2.000 + 1.000 + 13.260 + 12.780 = 29.040; SO = verrekening 201.539,66 + groeiregeling 10.000.
        assertThat(base.baten()).isEqualByComparingTo("416999.74");
        assertThat(base.bedrag(Begrotingspost.REGULIER)).isEqualByComparingTo("29040.00");
        assertThat(base.bedrag(Begrotingspost.SBO)).isEqualByComparingTo("91501.28");
        assertThat(base.bedrag(Begrotingspost.SO)).isEqualByComparingTo("211539.66");
        // +0,2 point of 517 = 1 pupil from BASIS to SO laag: baten -(208,25 + 549,97), SO +13.726,23.
        BegrotingJaar variant = mjb.scenario(SCENARIO).jaar(JAAR);
        assertThat(variant.baten()).isEqualByComparingTo("416241.52");
        assertThat(variant.bedrag(Begrotingspost.SO)).isEqualByComparingTo("225265.89");
        Begroting adopted = as(directeur, u -> begrotingen.vaststellen(u, begroting.id(), null));
        assertThat(adopted.status()).isEqualTo(BegrotingStatus.VASTGESTELD);
        Map<Begrotingspost, BigDecimal> jaarbegroting = as(controller, u -> begrotingen.jaarbegroting(u, JAAR))
                .orElseThrow();
        assertThat(jaarbegroting.get(Begrotingspost.REGULIER)).isEqualByComparingTo("29040.00");

        // Twelve months: "boek maand" books the boards' payments and the verrekening; the controller books
        // the rijksbijdragen received, the subsidy (April) and an arrangement for bestuur A (March).
        for (int maand = 1; maand <= 12; maand++) {
            bookMonth(maand, berekening);
        }
        book(3, Begrotingspost.WERKGEBIEDEN, "1250.00", a.id(), Betaalsoort.ARRANGEMENT,
                "Arrangement werkgebied Noord");
        List<RealisatieBoeking> boekingen = as(controller, u -> realisatie.boekingen(u, JAAR));
        assertThat(boekingen).extracting(RealisatieBoeking::maand).containsOnly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        var overzicht = as(controller, u -> realisatie.vergelijking(u, JAAR)).overzicht();
        assertThat(overzicht.post(Begrotingspost.REGULIER).realisatieTotDatum()).isEqualByComparingTo("29040.00");
        assertThat(overzicht.post(Begrotingspost.SBO).realisatieTotDatum()).isEqualByComparingTo("91501.28");
        assertThat(overzicht.baten().realisatieTotDatum()).isEqualByComparingTo("416999.74");

        // March, by hand: A 166,67 + 1.105,00 + arrangement 1.250,00 = 2.521,67; B 83,34 + 1.065,00 = 1.148,34.
        YearMonth maart = YearMonth.of(JAAR, 3);
        BigDecimal betaald = boekingen.stream().filter(x -> x.maand() == 3 && x.bestuurId() != null)
                .map(RealisatieBoeking::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal statements = BigDecimal.ZERO;
        for (Bestuur bestuur : List.of(a, b, so)) {
            statements = statements.add(as(controller, u -> overzichten.overzicht(u, bestuur.id(), maart, null))
                    .totaal());
        }
        assertThat(betaald).isEqualByComparingTo("3670.01");
        assertThat(statements).isEqualByComparingTo(betaald);
        Betaaloverzicht ofA = as(bestuurA, u -> overzichten.overzicht(u, a.id(), maart, null));
        assertThat(ofA.totaal()).isEqualByComparingTo("2521.67");
        assertThat(ofA.subtotalen().get(Betaalsoort.BASIS_LICHT)).isEqualByComparingTo("1271.67");
        String csv = as(bestuurA, u -> overzichten.csv(u, ofA));
        byte[] pdfBytes = as(bestuurA, u -> overzichten.pdf(u, ofA));
        assertThat(csv).contains(";2521,67\r\n");
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(a.naam()).contains("€ 2.521,67");
        }

        // The reserve check: 3,5% of 416.999,74 = 14.594,99 < 250.000, so the minimum applies; 300.000 is above it.
        saveReserve("300000.00", "100000.00");
        ReserveRapport rapport = as(controller, u -> reserve.toets(u, JAAR));
        assertThat(rapport.batenBron()).isEqualTo(ReserveRapport.BatenBron.REALISATIE);
        assertThat(rapport.totaleBaten()).isEqualByComparingTo("416999.74");
        ReserveOordeel oordeel = rapport.oordeel();
        assertThat(oordeel.percentageWaarde()).isEqualByComparingTo("14594.99");
        assertThat(oordeel.minimumToegepast()).isTrue();
        assertThat(oordeel.signaleringswaarde()).isEqualByComparingTo("250000.00");
        assertThat(oordeel.bovenmatig()).isTrue();
        assertThat(oordeel.onderOndergrens()).isFalse();
        assertThat(oordeel.verschil()).isEqualByComparingTo("50000.00");
        assertThat(rapport.bestedingsplanOntbreekt()).isFalse();
    }

    private static void assertLine(BatenBerekening berekening, String code, String bedrag, int aantal,
                                   Normbedrag amount) {
        assertThat(berekening.regels(code)).singleElement().satisfies(r -> {
            assertThat(r.bedrag()).isEqualByComparingTo(bedrag);
            assertThat(r.aantal()).isEqualTo(aantal);
            assertThat(r.normbedragId()).isEqualTo(amount.id());
            assertThat(r.normbedrag()).isEqualByComparingTo(amount.waarde());
            assertThat(r.teldatum()).isEqualTo(TELDATUM);
        });
        assertThat(berekening.normbedragIds()).contains(amount.id());
    }

    private Normbedrag amount(NormbedragSoort soort, String waarde) {
        NormbedragInput in = new NormbedragInput();
        in.setJaar(JAAR);
        in.setSoort(soort);
        in.setWaarde(new BigDecimal(waarde));
        in.setStatus(NormbedragStatus.VOORLOPIG);
        in.setBronRegeling("Regeling bekostiging WPO en WEC " + JAAR + " (scenariotest)");
        in.setBronVindplaats("Stcrt. 2025, 31415");
        in.setBronDatum(LocalDate.of(2025, 9, 15));
        return as(controller, u -> normbedragen.create(u, in));
    }

    private void count(TelSoort soort, int aantal) {
        BekostigingstellingInput in = new BekostigingstellingInput();
        in.setTeldatum(TELDATUM);
        in.setSoort(soort);
        in.setAantal(aantal);
        in.setBron(BekostigingstellingBron.DUO);
        as(controller, u -> tellingen.set(u, in));
    }

    private void subsidy(String bedrag) {
        SubsidieInput in = new SubsidieInput();
        in.setJaar(JAAR);
        in.setVerstrekker("Gemeente Scenariostad");
        in.setOmschrijving("Thuiszittersarrangementen");
        in.setBedrag(new BigDecimal(bedrag));
        as(controller, u -> subsidies.create(u, in));
    }

    /** A concept of every kind of component, paid monthly where the boards receive it. */
    private Verdeelmodel concept() {
        VerdeelmodelInput in = new VerdeelmodelInput();
        in.setJaar(JAAR);
        in.setNaam("Verdeelmodel " + JAAR);
        in.setTeldatum(TELDATUM);
        in.setGeldigVanaf(LocalDate.of(JAAR, 1, 1));
        UUID id = as(controller, u -> modellen.create(u, in)).id();
        component(id, ComponentSoort.VASTE_VOET, Begrotingspost.REGULIER, "1000.00", null, null, true);
        component(id, ComponentSoort.PER_LEERLING, Begrotingspost.REGULIER, "60.00", null, null, true);
        component(id, ComponentSoort.WERKGEBIEDBUDGET, Begrotingspost.WERKGEBIEDEN, null, "30", "5", false);
        component(id, ComponentSoort.CENTRALE_POST, Begrotingspost.OZA, null, "10", null, false);
        component(id, ComponentSoort.CENTRALE_POST, Begrotingspost.UITVOERINGSORGANISATIE, null, "15", null, false);
        component(id, ComponentSoort.CENTRALE_POST, Begrotingspost.MANAGEMENT_ORGANISATIE, null, "5", null, false);
        VerdeelmodelComponentInput groei = input(ComponentSoort.GROEIREGELING, Begrotingspost.SO, "5000.00", null, null,
                false);
        groei.setVerwachtAantal(2);
        groei.setPeildatum(LocalDate.of(JAAR, 3, 1));
        return as(controller, u -> modellen.addComponent(u, id, groei));
    }

    private void component(UUID modelId, ComponentSoort soort, Begrotingspost post, String bedrag, String percentage,
                           String frictie, boolean maandelijks) {
        VerdeelmodelComponentInput in = input(soort, post, bedrag, percentage, frictie, maandelijks);
        as(controller, u -> modellen.addComponent(u, modelId, in));
    }

    private static VerdeelmodelComponentInput input(ComponentSoort soort, Begrotingspost post, String bedrag,
                                                    String percentage, String frictie, boolean maandelijks) {
        VerdeelmodelComponentInput in = new VerdeelmodelComponentInput();
        in.setSoort(soort);
        in.setNaam(soort + " " + post);
        in.setPost(post);
        in.setBedrag(bedrag == null ? null : new BigDecimal(bedrag));
        in.setPercentage(percentage == null ? null : new BigDecimal(percentage));
        in.setFrictiePercentage(frictie == null ? null : new BigDecimal(frictie));
        in.setMaandelijks(maandelijks);
        return in;
    }

    private static VerdeelmodelOprInput opr() {
        VerdeelmodelOprInput in = new VerdeelmodelOprInput();
        in.setDatum(LocalDate.of(2025, 11, 18));
        in.setKenmerk("OPR-2025-11");
        return in;
    }

    /** The begroting on the model with forecast counts for 2026-2029 and the SO scenario. */
    private Begroting budget(Verdeelmodel model) {
        BegrotingInput in = new BegrotingInput();
        in.setJaar(JAAR);
        in.setNaam("Begroting " + JAAR);
        in.setVerdeelmodelId(model.id());
        in.setIndexatiePercentage(new BigDecimal("2.0"));
        UUID id = as(controller, u -> begrotingen.create(u, in)).id();
        BegrotingPrognoseInput prognoses = new BegrotingPrognoseInput();
        int[][] perJaar = {{517, 13, 9, 2, 1}, {520, 13, 10, 2, 1}, {515, 13, 10, 2, 1}, {510, 12, 10, 2, 1}};
        for (int j = 0; j < perJaar.length; j++) {
            for (TelSoort soort : TelSoort.values()) {
                BegrotingPrognoseInput.Regel r = new BegrotingPrognoseInput.Regel();
                r.setJaar(JAAR + j);
                r.setSoort(soort);
                r.setAantal(perJaar[j][soort.ordinal()]);
                prognoses.getRegels().add(r);
            }
        }
        as(controller, u -> begrotingen.setPrognoses(u, id, prognoses));
        BegrotingScenarioInput scenario = new BegrotingScenarioInput();
        scenario.setNaam(SCENARIO);
        scenario.setSoDeelnameDelta(new BigDecimal("0.2"));
        return as(controller, u -> begrotingen.addScenario(u, id, scenario));
    }

    private void bookMonth(int maand, BatenBerekening berekening) {
        as(controller, u -> realisatie.boekMaand(u, JAAR, maand));
        for (Begrotingspost post : List.of(Begrotingspost.RIJKSBIJDRAGE_LICHT, Begrotingspost.RIJKSBIJDRAGE_ZWAAR)) {
            BigDecimal twaalfde = LargestRemainder.monthly(berekening.bedrag(post)).get(maand - 1);
            book(maand, post, twaalfde.toPlainString(), null, null, "Rijksbijdrage DUO");
        }
        if (maand == 4) {
            book(maand, Begrotingspost.SUBSIDIE, "25000.00", null, null, "Subsidie gemeente");
        }
    }

    private void book(int maand, Begrotingspost post, String bedrag, UUID bestuur, Betaalsoort soort,
                      String omschrijving) {
        RealisatieBoekingInput in = new RealisatieBoekingInput();
        in.setJaar(JAAR);
        in.setMaand(maand);
        in.setPost(post);
        in.setBedrag(new BigDecimal(bedrag));
        in.setBestuurId(bestuur);
        in.setBetaalsoort(soort);
        in.setOmschrijving(omschrijving);
        as(controller, u -> realisatie.boek(u, in));
    }

    private void saveReserve(String bedrag, String ondergrens) {
        EigenVermogenInput in = new EigenVermogenInput();
        in.setJaar(JAAR);
        in.setBedrag(new BigDecimal(bedrag));
        in.setEigenOndergrens(new BigDecimal(ondergrens));
        in.setBestedingsplan("Het bovenmatige deel gaat in twee jaar naar extra arrangementen in de werkgebieden.");
        as(controller, u -> eigenVermogen.save(u, in));
    }

    private Werkgebied werkgebied(String naam) {
        WerkgebiedInput in = new WerkgebiedInput();
        in.setNaam(naam);
        return as(tenant.beheerder(), u -> werkgebieden.create(u, in));
    }

    private void school(Bestuur bestuur, SchoolSoort soort, Werkgebied werkgebied, int leerlingen) {
        SchoolInput in = new SchoolInput();
        in.setBrin(Fixtures.randomBrin());
        in.setVestigingsnummer("00");
        in.setNaam(soort + " " + UUID.randomUUID().toString().substring(0, 6));
        in.setSoort(soort);
        in.setCluster(soort == SchoolSoort.SO ? 4 : null);
        in.setBestuurId(bestuur.id());
        in.setWerkgebiedId(werkgebied == null ? null : werkgebied.id());
        School school = as(tenant.beheerder(), u -> scholen.create(u, in));
        LeerlingtellingInput telling = new LeerlingtellingInput();
        telling.setSchoolId(school.id());
        telling.setTeldatum(TELDATUM);
        telling.setAantal(leerlingen);
        as(tenant.beheerder(), u -> leerlingtellingen.create(u, telling));
    }

    private <T> T as(TestUser user, Function<CurrentUser, T> work) {
        return TenantContext.callAs(tenant.id(), () -> work.apply(user.user()));
    }
}
