package nl.passend.finance.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import nl.passend.finance.BekostigingstellingInput;
import nl.passend.finance.BekostigingstellingService;
import nl.passend.finance.Begrotingspost;
import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.NormbedragInput;
import nl.passend.finance.NormbedragService;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.NormbedragStatus;
import nl.passend.finance.RealisatieBoeking;
import nl.passend.finance.RealisatieBoekingInput;
import nl.passend.finance.TelSoort;
import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelComponentInput;
import nl.passend.finance.VerdeelmodelInput;
import nl.passend.finance.VerdeelmodelOprInput;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.finance.VerdeelmodelVaststellingInput;
import nl.passend.finance.calc.ComponentSoort;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.LeerlingtellingInput;
import nl.passend.organisation.LeerlingtellingService;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;

/**
 * A tenant for the finance report tests: two besturen (A with two BAO schools, B with one), a
 * controller, a directeur and a bestuur user of A; on request the amounts and counts of 2026 and a
 * vastgesteld verdeelmodel 2026 that pays a vaste voet per BAO school monthly.
 */
final class ReportsWorld {

    static final int JAAR = 2026;
    static final BigDecimal VASTE_VOET = new BigDecimal("12345.67");

    final Fixtures.Tenant tenant;
    final Fixtures.TestUser controller;
    final Fixtures.TestUser directeur;
    final Fixtures.TestUser bestuurA;
    final Bestuur a;
    final Bestuur b;
    final List<School> scholen;

    ReportsWorld(Fixtures fixtures) {
        tenant = fixtures.tenant();
        controller = fixtures.user(tenant, Role.CONTROLLER, null);
        directeur = fixtures.user(tenant, Role.DIRECTEUR, null);
        a = fixtures.bestuur(tenant);
        b = fixtures.bestuur(tenant);
        scholen = List.of(fixtures.school(tenant, a, SchoolSoort.BAO),
                fixtures.school(tenant, a, SchoolSoort.BAO), fixtures.school(tenant, b, SchoolSoort.BAO));
        bestuurA = fixtures.user(tenant, Role.BESTUUR, a.id());
    }

    int thisYear() {
        return java.time.LocalDate.now().getYear();
    }

    /** A toezicht user (OPR, RvT): reports only. */
    Fixtures.TestUser toezicht(Fixtures fixtures) {
        return fixtures.user(tenant, Role.TOEZICHT, null);
    }

    <T> T as(Fixtures.TestUser user, Function<CurrentUser, T> call) {
        return TenantContext.callAs(tenant.id(), () -> call.apply(user.user()));
    }

    /** Amounts of 2026 and the counts on its teldatum (1 February 2025): SBO 12 pupils, SO laag 5 and hoog 1. */
    void amountsAndCounts(NormbedragService normbedragen, BekostigingstellingService tellingen) {
        amount(normbedragen, NormbedragSoort.LICHTE_ONDERSTEUNING, "200.00");
        amount(normbedragen, NormbedragSoort.ZWARE_ONDERSTEUNING, "500.00");
        amount(normbedragen, NormbedragSoort.SBO, "4000.00");
        amount(normbedragen, NormbedragSoort.SO_LAAG, "10000.00");
        amount(normbedragen, NormbedragSoort.SO_MIDDEN, "20000.00");
        amount(normbedragen, NormbedragSoort.SO_HOOG, "30000.00");
        LocalDate teldatum = LocalDate.of(JAAR - 1, 2, 1);
        count(tellingen, teldatum, TelSoort.BASIS, 1000);
        count(tellingen, teldatum, TelSoort.SBO, 12);
        count(tellingen, teldatum, TelSoort.SO_LAAG, 5);
        count(tellingen, teldatum, TelSoort.SO_MIDDEN, 0);
        count(tellingen, teldatum, TelSoort.SO_HOOG, 1);
    }

    /** A verdeelmodel 2026 with a vaste voet per BAO school paid monthly, after the OPR's consent vastgesteld. */
    Verdeelmodel vastgesteldModel(VerdeelmodelService modellen, LeerlingtellingService leerlingtellingen) {
        // Every BAO school needs a count on the model's teldatum before the model can be vastgesteld.
        for (School school : scholen) {
            LeerlingtellingInput telling = new LeerlingtellingInput();
            telling.setSchoolId(school.id());
            telling.setTeldatum(LocalDate.of(JAAR - 1, 10, 1));
            telling.setAantal(200);
            as(tenant.beheerder(), u -> leerlingtellingen.create(u, telling));
        }
        VerdeelmodelInput in = new VerdeelmodelInput();
        in.setJaar(JAAR);
        in.setNaam("Verdeelmodel " + JAAR);
        in.setTeldatum(LocalDate.of(JAAR - 1, 10, 1));
        in.setGeldigVanaf(LocalDate.of(JAAR, 1, 1));
        Verdeelmodel model = as(controller, u -> modellen.create(u, in));
        VerdeelmodelComponentInput c = new VerdeelmodelComponentInput();
        c.setVolgorde(1);
        c.setSoort(ComponentSoort.VASTE_VOET);
        c.setNaam("Vaste voet per school");
        c.setPost(Begrotingspost.REGULIER);
        c.setBedrag(VASTE_VOET);
        c.setMaandelijks(true);
        Verdeelmodel withComponent = as(controller, u -> modellen.addComponent(u, model.id(), c));
        VerdeelmodelOprInput opr = new VerdeelmodelOprInput();
        opr.setDatum(LocalDate.of(JAAR - 1, 11, 1));
        opr.setKenmerk("OPR-" + JAAR + "-01");
        opr.setVersion(withComponent.version());
        Verdeelmodel consented = as(directeur, u -> modellen.recordOprInstemming(u, model.id(), opr));
        VerdeelmodelVaststellingInput vast = new VerdeelmodelVaststellingInput();
        vast.setBeschikbaar(new BigDecimal("1000000.00"));
        vast.setVersion(consented.version());
        return as(directeur, u -> modellen.vaststellen(u, model.id(), vast));
    }

    static RealisatieBoekingInput booking(int maand, Begrotingspost post, String bedrag, Bestuur bestuur,
                                          RealisatieBoeking.Betaalsoort soort, String omschrijving) {
        RealisatieBoekingInput in = new RealisatieBoekingInput();
        in.setJaar(JAAR);
        in.setMaand(maand);
        in.setPost(post);
        in.setBedrag(new BigDecimal(bedrag));
        in.setBestuurId(bestuur == null ? null : bestuur.id());
        in.setBetaalsoort(soort);
        in.setOmschrijving(omschrijving);
        return in;
    }

    private void amount(NormbedragService normbedragen, NormbedragSoort soort, String waarde) {
        NormbedragInput in = new NormbedragInput();
        in.setJaar(JAAR);
        in.setSoort(soort);
        in.setLeeftijdsklasse(Leeftijdsklasse.ALLE);
        in.setWaarde(new BigDecimal(waarde));
        in.setStatus(NormbedragStatus.VOORLOPIG);
        in.setBronRegeling("Regeling bekostiging WPO en WEC " + JAAR);
        in.setBronVindplaats("Stcrt. " + (JAAR - 1) + ", 12345, art. 3");
        in.setBronDatum(LocalDate.of(JAAR - 1, 9, 1));
        as(controller, u -> normbedragen.create(u, in));
    }

    void count(BekostigingstellingService tellingen, LocalDate teldatum, TelSoort soort, int aantal) {
        BekostigingstellingInput in = new BekostigingstellingInput();
        in.setTeldatum(teldatum);
        in.setSoort(soort);
        in.setAantal(aantal);
        as(controller, u -> tellingen.set(u, in));
    }
}
