package nl.passend.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.passend.finance.Begroting;
import nl.passend.finance.BegrotingInput;
import nl.passend.finance.BegrotingPrognoseInput;
import nl.passend.finance.BegrotingScenarioInput;
import nl.passend.finance.BegrotingService;
import nl.passend.finance.Begrotingspost;
import nl.passend.finance.TelSoort;
import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelComponentInput;
import nl.passend.finance.calc.ComponentSoort;
import nl.passend.finance.VerdeelmodelInput;
import nl.passend.finance.VerdeelmodelOprInput;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.finance.VerdeelmodelVaststellingInput;
import nl.passend.shared.security.CurrentUser;


/**
 * The demo's verdeelmodellen and begrotingen, made through the real services: the controller drafts,
 * the directeur records the OPR's consent and adopts. A model holds every kind of component: a vaste
 * voet per school and an amount per pupil (both paid monthly to the boards), werkgebied budgets with a
 * frictie reserve, the central posts (OZA, uitvoeringsorganisatie, management en organisatie) as shares
 * of the available amount, and the SWV's own groeiregeling for SO.
 */
final class DemoFinanceModel {

    /** The year whose fixed amounts are the ones below; other years are indexed 3% a year. */
    private static final int MODELJAAR = 2026;
    static final String SCENARIO = "SO-deelname +0,2 procentpunt";

    private final VerdeelmodelService modellen;
    private final BegrotingService begrotingen;
    private final CurrentUser controller;
    private final CurrentUser directeur;
    private final String werkgebiedPercentage;

    /** {@code werkgebiedPercentage}: the share of the available amount the werkgebieden get. */
    DemoFinanceModel(VerdeelmodelService modellen, BegrotingService begrotingen, CurrentUser controller,
                     CurrentUser directeur, String werkgebiedPercentage) {
        this.modellen = modellen;
        this.begrotingen = begrotingen;
        this.controller = controller;
        this.directeur = directeur;
        this.werkgebiedPercentage = werkgebiedPercentage;
    }

    /** The model of {@code jaar} on the BAO counts of its baten teldatum; adopted after OPR consent, or a concept. */
    Verdeelmodel model(int jaar, boolean vaststellen) {
        VerdeelmodelInput in = new VerdeelmodelInput();
        in.setJaar(jaar);
        in.setNaam(vaststellen ? "Verdeelmodel " + jaar : "Verdeelmodel " + jaar + " (concept voor de OPR)");
        in.setTeldatum(LocalDate.of(jaar - 1, 2, 1));
        in.setGeldigVanaf(LocalDate.of(jaar, 1, 1));
        Verdeelmodel m = modellen.create(controller, in);
        UUID id = m.id();
        add(id, component(ComponentSoort.VASTE_VOET, "Vaste voet per schoolvestiging", Begrotingspost.REGULIER)
                .bedrag(indexed("4500.00", jaar, 0)).maandelijks());
        add(id, component(ComponentSoort.PER_LEERLING, "Basis- en lichte ondersteuning per leerling", Begrotingspost.REGULIER)
                .bedrag(indexed("90.00", jaar, 2)).maandelijks());
        add(id, component(ComponentSoort.WERKGEBIEDBUDGET, "Werkgebiedbudgetten voor arrangementen", Begrotingspost.WERKGEBIEDEN)
                .percentage(werkgebiedPercentage).frictie("5"));
        add(id, component(ComponentSoort.CENTRALE_POST, "Onderwijs-zorgarrangementen", Begrotingspost.OZA).percentage("10"));
        add(id, component(ComponentSoort.CENTRALE_POST, "Uitvoeringsorganisatie (ondersteuningsteam)",
                Begrotingspost.UITVOERINGSORGANISATIE).percentage("13"));
        add(id, component(ComponentSoort.CENTRALE_POST, "Management en organisatie", Begrotingspost.MANAGEMENT_ORGANISATIE)
                .percentage("5"));
        Component groei = component(ComponentSoort.GROEIREGELING, "Groeiregeling SO (peildatum 1 maart)", Begrotingspost.SO)
                .bedrag(indexed("6500.00", jaar, 0));
        groei.in.setVerwachtAantal(12);
        groei.in.setPeildatum(LocalDate.of(jaar, 3, 1));
        add(id, groei);
        if (!vaststellen) {
            return modellen.get(controller, id);
        }
        VerdeelmodelOprInput opr = new VerdeelmodelOprInput();
        opr.setDatum(LocalDate.of(jaar - 1, 11, 18));
        opr.setKenmerk("OPR-" + (jaar - 1) + "-11: instemming verdeelmodel " + jaar);
        modellen.recordOprInstemming(directeur, id, opr);
        return modellen.vaststellen(directeur, id, new VerdeelmodelVaststellingInput());
    }

    /** A begroting of {@code jaar} on the model, with the forecast counts per year; adopted by the directeur. */
    Begroting begroting(int jaar, UUID modelId, BigDecimal indexatie, Map<Integer, Map<TelSoort, Integer>> prognoses,
                        boolean scenario) {
        BegrotingInput in = new BegrotingInput();
        in.setJaar(jaar);
        in.setNaam("Begroting " + jaar + " en meerjarenbegroting " + (jaar + 1) + "-" + (jaar + 3));
        in.setVerdeelmodelId(modelId);
        in.setIndexatiePercentage(indexatie);
        Begroting b = begrotingen.create(controller, in);
        BegrotingPrognoseInput p = new BegrotingPrognoseInput();
        List<BegrotingPrognoseInput.Regel> regels = new ArrayList<>();
        prognoses.forEach((j, counts) -> counts.forEach((soort, aantal) -> {
            BegrotingPrognoseInput.Regel r = new BegrotingPrognoseInput.Regel();
            r.setJaar(j);
            r.setSoort(soort);
            r.setAantal(aantal);
            regels.add(r);
        }));
        p.setRegels(regels);
        begrotingen.setPrognoses(controller, b.id(), p);
        if (scenario) {
            BegrotingScenarioInput s = new BegrotingScenarioInput();
            s.setNaam(SCENARIO);
            s.setSoDeelnameDelta(new BigDecimal("0.2"));
            begrotingen.addScenario(controller, b.id(), s);
        }
        return begrotingen.vaststellen(directeur, b.id(), null);
    }

    private void add(UUID modelId, Component c) {
        modellen.addComponent(controller, modelId, c.in);
    }

    /** A component of a kind with its name and post. */
    private static Component component(ComponentSoort soort, String naam, Begrotingspost post) {
        VerdeelmodelComponentInput in = new VerdeelmodelComponentInput();
        in.setSoort(soort);
        in.setNaam(naam);
        in.setPost(post);
        return new Component(in);
    }

    /** An amount of {@link #MODELJAAR} indexed 3% a year to {@code jaar}, rounded to {@code scale} decimals. */
    private static BigDecimal indexed(String bedrag, int jaar, int scale) {
        BigDecimal factor = BigDecimal.ONE.add(DemoFinanceInputs.INDEXATIE.movePointLeft(2))
                .pow(Math.abs(jaar - MODELJAAR));
        BigDecimal value = jaar >= MODELJAAR ? new BigDecimal(bedrag).multiply(factor)
                : new BigDecimal(bedrag).divide(factor, 10, RoundingMode.HALF_UP);
        return value.setScale(scale, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A small builder around the component form. */
    private record Component(VerdeelmodelComponentInput in) {

        Component bedrag(BigDecimal bedrag) {
            in.setBedrag(bedrag);
            return this;
        }

        Component percentage(String percentage) {
            in.setPercentage(new BigDecimal(percentage));
            return this;
        }

        Component frictie(String percentage) {
            in.setFrictiePercentage(new BigDecimal(percentage));
            return this;
        }

        Component maandelijks() {
            in.setMaandelijks(true);
            return this;
        }
    }
}
