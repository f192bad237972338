package nl.passend.finance.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import nl.passend.finance.BekostigingstellingInput;
import nl.passend.finance.BekostigingstellingService;
import nl.passend.finance.NormbedragInput;
import nl.passend.finance.NormbedragService;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.TelSoort;
import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelComponentInput;
import nl.passend.finance.VerdeelmodelInput;
import nl.passend.finance.VerdeelmodelOprInput;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.finance.VerdeelmodelVaststellingInput;
import nl.passend.finance.Begrotingspost;
import nl.passend.finance.calc.ComponentSoort;
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
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.Tenant;
import nl.passend.support.Fixtures.TestUser;

import org.springframework.context.ApplicationContext;

/**
 * An SWV for the verdeelmodel and begroting tests: a controller, a director, a bestuur user and
 * toezicht; three besturen with BAO schools of awkward sizes in two werkgebieden (one school in none)
 * plus an SO school, with counts on {@link #TELDATUM}; on request the amounts and counts that make the
 * baten of {@link #JAAR} computable. Built through the real services in a fresh tenant.
 */
class ModelWorld {

    static final int JAAR = 2027;
    static final LocalDate TELDATUM = LocalDate.of(2026, 10, 1);
    static final LocalDate BATEN_TELDATUM = LocalDate.of(2026, 2, 1);

    final Fixtures fixtures;
    final WerkgebiedService werkgebieden;
    final SchoolService scholen;
    final LeerlingtellingService leerlingtellingen;
    final NormbedragService normbedragen;
    final BekostigingstellingService tellingen;
    final VerdeelmodelService modellen;

    /** Takes the services from the one test context (a plain class, so it adds no bean to that context). */
    ModelWorld(ApplicationContext context) {
        fixtures = context.getBean(Fixtures.class);
        werkgebieden = context.getBean(WerkgebiedService.class);
        scholen = context.getBean(SchoolService.class);
        leerlingtellingen = context.getBean(LeerlingtellingService.class);
        normbedragen = context.getBean(NormbedragService.class);
        tellingen = context.getBean(BekostigingstellingService.class);
        modellen = context.getBean(VerdeelmodelService.class);
    }

    /** One tenant's world. */
    final class World {
        final Tenant tenant;
        final TestUser controller;
        final TestUser directeur;
        final TestUser bestuurUser;
        final TestUser toezicht;
        final List<Bestuur> besturen = new ArrayList<>();
        final List<Werkgebied> gebieden = new ArrayList<>();
        final List<School> bao = new ArrayList<>();

        World() {
            tenant = fixtures.tenant();
            controller = fixtures.user(tenant, Role.CONTROLLER, null);
            directeur = fixtures.user(tenant, Role.DIRECTEUR, null);
            for (int i = 0; i < 3; i++) {
                besturen.add(fixtures.bestuur(tenant));
            }
            bestuurUser = fixtures.userWithoutTotp(tenant, Role.BESTUUR, besturen.get(0).id());
            toezicht = fixtures.userWithoutTotp(tenant, Role.TOEZICHT, null);
            for (String naam : List.of("Noord", "Zuid")) {
                WerkgebiedInput in = new WerkgebiedInput();
                in.setNaam(naam + " " + UUID.randomUUID().toString().substring(0, 4));
                gebieden.add(asBeheerder(u -> werkgebieden.create(u, in)));
            }
            // Awkward sizes: prime-ish counts, so shares never divide evenly.
            int[] counts = {101, 233, 57, 389, 12, 77, 150};
            int[] bestuur = {0, 0, 1, 1, 2, 2, 2};
            Integer[] gebied = {0, 1, 0, 1, 1, null, 0};
            for (int i = 0; i < counts.length; i++) {
                School s = school(besturen.get(bestuur[i]), SchoolSoort.BAO, gebied[i] == null ? null : gebieden.get(gebied[i]).id());
                bao.add(s);
                count(s, counts[i]);
            }
            count(school(besturen.get(1), SchoolSoort.SO, gebieden.get(0).id()), 44);
        }

        <T> T as(TestUser user, Function<CurrentUser, T> work) {
            return TenantContext.callAs(tenant.id(), () -> work.apply(user.user()));
        }

        private <T> T asBeheerder(Function<CurrentUser, T> work) {
            return as(tenant.beheerder(), work);
        }

        private School school(Bestuur b, SchoolSoort soort, UUID werkgebiedId) {
            SchoolInput in = new SchoolInput();
            in.setBrin(Fixtures.randomBrin());
            in.setVestigingsnummer("0" + (int) (Math.random() * 10));
            in.setNaam("School " + UUID.randomUUID().toString().substring(0, 4));
            in.setSoort(soort);
            in.setCluster(soort == SchoolSoort.SO ? 4 : null);
            in.setBestuurId(b.id());
            in.setWerkgebiedId(werkgebiedId);
            return asBeheerder(u -> scholen.create(u, in));
        }

        /** Another BAO school of a bestuur in the first werkgebied, without a count. */
        School baoSchool(int bestuur) {
            return school(besturen.get(bestuur), SchoolSoort.BAO, gebieden.get(0).id());
        }

        /** The school's count on {@link #TELDATUM}. */
        void count(School s, int aantal) {
            LeerlingtellingInput in = new LeerlingtellingInput();
            in.setSchoolId(s.id());
            in.setTeldatum(TELDATUM);
            in.setAantal(aantal);
            asBeheerder(u -> leerlingtellingen.create(u, in));
        }

        /** Amounts of {@link #JAAR} and the counts on its teldatum, so the baten can be computed. */
        World withBaten() {
            amount(NormbedragSoort.LICHTE_ONDERSTEUNING, "205.37");
            amount(NormbedragSoort.ZWARE_ONDERSTEUNING, "611.09");
            amount(NormbedragSoort.SBO, "4853.13");
            amount(NormbedragSoort.SO_LAAG, "11432.77");
            amount(NormbedragSoort.SO_MIDDEN, "23190.11");
            amount(NormbedragSoort.SO_HOOG, "27340.59");
            telling(TelSoort.BASIS, 10_019);
            telling(TelSoort.SBO, 187);
            telling(TelSoort.SO_LAAG, 101);
            telling(TelSoort.SO_MIDDEN, 9);
            telling(TelSoort.SO_HOOG, 13);
            return this;
        }

        private void amount(NormbedragSoort soort, String waarde) {
            NormbedragInput in = new NormbedragInput();
            in.setJaar(JAAR);
            in.setSoort(soort);
            in.setWaarde(new BigDecimal(waarde));
            in.setBronRegeling("Regeling bekostiging WPO " + JAAR + " (test)");
            in.setBronVindplaats("Stcrt. test");
            in.setBronDatum(LocalDate.of(JAAR - 1, 9, 1));
            as(controller, u -> normbedragen.create(u, in));
        }

        private void telling(TelSoort soort, int aantal) {
            telling(soort, nl.passend.finance.Leeftijdsklasse.ALLE, aantal);
        }

        /** A count on the baten teldatum for one age band (derived and DUO counts carry bands beside ALLE). */
        World telling(TelSoort soort, nl.passend.finance.Leeftijdsklasse klasse, int aantal) {
            BekostigingstellingInput in = new BekostigingstellingInput();
            in.setTeldatum(BATEN_TELDATUM);
            in.setSoort(soort);
            in.setLeeftijdsklasse(klasse);
            in.setAantal(aantal);
            as(controller, u -> tellingen.set(u, in));
            return this;
        }

        /** A concept of {@link #JAAR} starting on 1 January, with the given components. */
        Verdeelmodel concept(VerdeelmodelComponentInput... componenten) {
            VerdeelmodelInput in = new VerdeelmodelInput();
            in.setJaar(JAAR);
            in.setNaam("Verdeelmodel " + JAAR);
            in.setTeldatum(TELDATUM);
            in.setGeldigVanaf(LocalDate.of(JAAR, 1, 1));
            Verdeelmodel m = as(controller, u -> modellen.create(u, in));
            for (VerdeelmodelComponentInput c : componenten) {
                as(controller, u -> modellen.addComponent(u, m.id(), c));
            }
            return as(controller, u -> modellen.get(u, m.id()));
        }

        Verdeelmodel opr(Verdeelmodel m) {
            VerdeelmodelOprInput in = new VerdeelmodelOprInput();
            in.setDatum(LocalDate.of(2026, 6, 15));
            in.setKenmerk("OPR-2026-07");
            return as(directeur, u -> modellen.recordOprInstemming(u, m.id(), in));
        }

        /** OPR consent and vaststellen, on a given available amount (null: the netto ontvangst). */
        Verdeelmodel adopt(Verdeelmodel m, String beschikbaar) {
            opr(m);
            VerdeelmodelVaststellingInput in = new VerdeelmodelVaststellingInput();
            in.setBeschikbaar(beschikbaar == null ? null : new BigDecimal(beschikbaar));
            return as(directeur, u -> modellen.vaststellen(u, m.id(), in));
        }
    }

    World create() {
        return new World();
    }

    static VerdeelmodelComponentInput component(ComponentSoort soort, String naam, Begrotingspost post, String bedrag,
                                                String percentage, boolean maandelijks) {
        VerdeelmodelComponentInput in = new VerdeelmodelComponentInput();
        in.setSoort(soort);
        in.setNaam(naam);
        in.setPost(post);
        in.setBedrag(bedrag == null ? null : new BigDecimal(bedrag));
        in.setPercentage(percentage == null ? null : new BigDecimal(percentage));
        in.setMaandelijks(maandelijks);
        return in;
    }

    static VerdeelmodelComponentInput vasteVoet(String bedrag) {
        return component(ComponentSoort.VASTE_VOET, "Vaste voet", Begrotingspost.REGULIER, bedrag, null, true);
    }
}
