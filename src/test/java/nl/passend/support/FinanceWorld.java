package nl.passend.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import nl.passend.finance.Begroting;
import nl.passend.finance.BegrotingInput;
import nl.passend.finance.BegrotingPrognoseInput;
import nl.passend.finance.BegrotingScenarioInput;
import nl.passend.finance.BegrotingService;
import nl.passend.finance.BekostigingstellingBron;
import nl.passend.finance.BekostigingstellingInput;
import nl.passend.finance.BekostigingstellingService;
import nl.passend.finance.Begrotingspost;
import nl.passend.finance.HistorieService;
import nl.passend.finance.NormbedragInput;
import nl.passend.finance.NormbedragService;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.NormbedragStatus;
import nl.passend.finance.RealisatieService;
import nl.passend.finance.SubsidieInput;
import nl.passend.finance.SubsidieService;
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
import nl.passend.organisation.SchoolInput;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.organisation.Werkgebied;
import nl.passend.organisation.WerkgebiedInput;
import nl.passend.organisation.WerkgebiedService;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;

import org.springframework.context.ApplicationContext;

/**
 * The SWV of the finance scenario (FinanceScenarioIntegrationTests), built through the real services for
 * tests that need finance data: three besturen (A with two bao schools and the sbo, B with one bao
 * school, a bestuur with the so school), two werkgebieden, pupil counts on 1 February 2025 (bao 127 + 94
 * + 213 = 434, sbo 83, so 41: BASIS 517), DUO counts SBO 13 / SO 9-2-1, the amounts of 2026 each with
 * its source, a subsidy of 25.000, two years of history and a concept verdeelmodel with every kind of
 * component. Each world is a new tenant.
 */
public final class FinanceWorld {

    public static final int JAAR = 2026;
    /** Since 2023 the year is funded on 1 February of the year before. */
    public static final LocalDate TELDATUM = LocalDate.of(2025, 2, 1);
    public static final String SCENARIO = "SO-deelname +0,2 procentpunt";
    public static final String BRON_VINDPLAATS = "Stcrt. 2025, 31415";

    public final Fixtures.Tenant tenant;
    public final Fixtures.TestUser controller;
    public final Fixtures.TestUser directeur;
    public final Bestuur a;
    public final Bestuur b;
    public final Bestuur so;
    public final Werkgebied noord;
    public final Werkgebied zuid;

    private final WerkgebiedService werkgebieden;
    private final SchoolService scholen;
    private final LeerlingtellingService leerlingtellingen;
    private final NormbedragService normbedragen;
    private final BekostigingstellingService tellingen;
    private final SubsidieService subsidies;
    private final VerdeelmodelService modellen;
    private final BegrotingService begrotingen;
    private final RealisatieService realisatie;
    private final HistorieService historie;

    /**
     * Builds the world with every amount of {@link #JAAR} except those in {@code without} (the ones a
     * test lets a user type in), the counts, the subsidy and the history 2024-2025.
     */
    public FinanceWorld(ApplicationContext spring, Fixtures fixtures, Set<NormbedragSoort> without) {
        werkgebieden = spring.getBean(WerkgebiedService.class);
        scholen = spring.getBean(SchoolService.class);
        leerlingtellingen = spring.getBean(LeerlingtellingService.class);
        normbedragen = spring.getBean(NormbedragService.class);
        tellingen = spring.getBean(BekostigingstellingService.class);
        subsidies = spring.getBean(SubsidieService.class);
        modellen = spring.getBean(VerdeelmodelService.class);
        begrotingen = spring.getBean(BegrotingService.class);
        realisatie = spring.getBean(RealisatieService.class);
        historie = spring.getBean(HistorieService.class);

        tenant = fixtures.tenant();
        controller = fixtures.user(tenant, Role.CONTROLLER, null);
        directeur = fixtures.user(tenant, Role.DIRECTEUR, null);
        a = fixtures.bestuur(tenant);
        b = fixtures.bestuur(tenant);
        so = fixtures.bestuur(tenant);
        noord = werkgebied("Noord");
        zuid = werkgebied("Zuid");
        school(a, SchoolSoort.BAO, noord, 127);
        school(a, SchoolSoort.BAO, zuid, 94);
        school(b, SchoolSoort.BAO, noord, 213);
        school(a, SchoolSoort.SBO, noord, 83);
        school(so, SchoolSoort.SO, null, 41);

        EnumSet<NormbedragSoort> amounts = EnumSet.of(NormbedragSoort.LICHTE_ONDERSTEUNING,
                NormbedragSoort.ZWARE_ONDERSTEUNING, NormbedragSoort.SBO, NormbedragSoort.SO_LAAG,
                NormbedragSoort.SO_MIDDEN, NormbedragSoort.SO_HOOG);
        amounts.removeAll(without);
        for (NormbedragSoort soort : amounts) {
            amount(soort, switch (soort) {
                case LICHTE_ONDERSTEUNING -> "208.25";
                case ZWARE_ONDERSTEUNING -> "549.97";
                case SBO -> "7038.56";
                case SO_LAAG -> "13726.23";
                case SO_MIDDEN -> "22335.33";
                case SO_HOOG -> "33332.93";
                default -> throw new IllegalArgumentException(soort.name());
            });
        }
        as(controller, u -> tellingen.deriveBasis(u, TELDATUM));
        count(TelSoort.SBO, 13);
        count(TelSoort.SO_LAAG, 9);
        count(TelSoort.SO_MIDDEN, 2);
        count(TelSoort.SO_HOOG, 1);
        subsidy("25000.00");
        String csv = """
                post;2024;2025
                RIJKSBIJDRAGE_LICHT;101.500,00;104.200,00
                RIJKSBIJDRAGE_ZWAAR;270.300,00;279.800,00
                REGULIER;28.000,00;28.600,00
                SBO;88.100,00;90.250,00
                SO;190.400,00;198.700,00
                OZA;11.800,00;12.100,00
                """;
        as(controller, u -> historie.importeer(u, "historie.csv", csv));
    }

    public <T> T as(Fixtures.TestUser user, Function<CurrentUser, T> work) {
        return TenantContext.callAs(tenant.id(), () -> work.apply(user.user()));
    }

    /** A concept of every kind of component (as in the scenario test), paid monthly where the boards receive it. */
    public Verdeelmodel concept() {
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

    /** The directeur records the OPR's consent and adopts the model. */
    public Verdeelmodel adopt(Verdeelmodel concept) {
        VerdeelmodelOprInput opr = new VerdeelmodelOprInput();
        opr.setDatum(LocalDate.of(2025, 11, 18));
        opr.setKenmerk("OPR-2025-11");
        as(directeur, u -> modellen.recordOprInstemming(u, concept.id(), opr));
        return as(directeur, u -> modellen.vaststellen(u, concept.id(), new VerdeelmodelVaststellingInput()));
    }

    /** A concept begroting on the model with forecast counts for 2026-2029 and the SO scenario. */
    public Begroting budget(Verdeelmodel model) {
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

    /** "Maand boeken": the boards' payments from the vastgesteld model and the verrekening of the month. */
    public void bookMonth(int maand) {
        as(controller, u -> {
            realisatie.boekMaand(u, JAAR, maand);
            return null;
        });
    }

    private void amount(NormbedragSoort soort, String waarde) {
        NormbedragInput in = new NormbedragInput();
        in.setJaar(JAAR);
        in.setSoort(soort);
        in.setWaarde(new BigDecimal(waarde));
        in.setStatus(NormbedragStatus.VOORLOPIG);
        in.setBronRegeling("Regeling bekostiging WPO en WEC " + JAAR + " (testwereld)");
        in.setBronVindplaats(BRON_VINDPLAATS);
        in.setBronDatum(LocalDate.of(2025, 9, 15));
        as(controller, u -> normbedragen.create(u, in));
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
        in.setVerstrekker("Gemeente Testwereld");
        in.setOmschrijving("Thuiszittersarrangementen");
        in.setBedrag(new BigDecimal(bedrag));
        as(controller, u -> subsidies.create(u, in));
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
}
