package nl.passend.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.passend.finance.BatenOpslag;
import nl.passend.finance.BatenService;
import nl.passend.finance.BegrotingService;
import nl.passend.finance.BekostigingstellingService;
import nl.passend.finance.EigenVermogenService;
import nl.passend.finance.HistorieService;
import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.NormbedragService;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.RealisatieService;
import nl.passend.finance.SubsidieService;
import nl.passend.finance.TelSoort;
import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.shared.security.CurrentUser;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The finances of one demo SWV, made through the real finance services as the demo {@code controller}
 * (inputs, bookings) and {@code directeur} (OPR consent, vaststellen): the shipped and demo amounts,
 * the bekostigingstellingen, a subsidy, the verdeelmodellen of last year and this year (vastgesteld)
 * and of next year (a concept), the begrotingen of both years (this year's with its meerjarenbegroting
 * and the scenario ‘SO-deelname +0,2 procentpunt’), all of last year and this year up to this month
 * booked, last year's eigen vermogen (bovenmatig with a bestedingsplan in the first SWV, within the
 * signaleringswaarde in the second) and the history of 2017-2021. Runs inside the loader's transaction,
 * bound to the SWV. Only the dates depend on the day it runs.
 */
@Component
@ConditionalOnProperty(name = "passend.demo.enabled", havingValue = "true")
class DemoFinance {

    /** The seed table's SWV has about this many pupils; the history is scaled to the demo SWV's size. */
    private static final double SEED_PUPILS = 21_000;
    /** The forecast after the last known count: the number of pupils shrinks 0.8% a year. */
    private static final double KRIMP = 0.992;

    /** What was loaded, for the log. */
    record Loaded(int jaar, BigDecimal totaleBaten, BigDecimal nettoOntvangst, int normbedragen, int modellen,
                  int boekingen, BigDecimal eigenVermogen, boolean bovenmatig) {
    }

    private final NormbedragService normbedragen;
    private final BekostigingstellingService tellingen;
    private final SubsidieService subsidies;
    private final BatenService baten;
    private final VerdeelmodelService modellen;
    private final BegrotingService begrotingen;
    private final RealisatieService realisatie;
    private final EigenVermogenService eigenVermogen;
    private final HistorieService historie;

    DemoFinance(NormbedragService normbedragen, BekostigingstellingService tellingen, SubsidieService subsidies,
                BatenService baten, VerdeelmodelService modellen, BegrotingService begrotingen,
                RealisatieService realisatie, EigenVermogenService eigenVermogen, HistorieService historie) {
        this.normbedragen = normbedragen;
        this.tellingen = tellingen;
        this.subsidies = subsidies;
        this.baten = baten;
        this.modellen = modellen;
        this.begrotingen = begrotingen;
        this.realisatie = realisatie;
        this.eigenVermogen = eigenVermogen;
        this.historie = historie;
    }

    Loaded load(DemoPlan.Swv swv, LocalDate today) {
        CurrentUser controller = DemoUsers.signedIn(swv, "controller");
        CurrentUser directeur = DemoUsers.signedIn(swv, "directeur");
        boolean ruim = swv.administratienummer().equals(DemoShape.KENNEMERDUIN.administratienummer());
        double soPercentage = ruim ? 1.7 : 1.9;
        double schaal = Math.round(pupils(swv, latestTeldatum(swv)) / SEED_PUPILS * 100) / 100.0;
        int jaar = today.getYear();
        int vorig = jaar - 1;

        DemoFinanceInputs inputs = new DemoFinanceInputs(normbedragen, tellingen, subsidies, controller);
        int amounts = inputs.amounts(List.of(vorig, jaar, jaar + 1));
        Map<Integer, Map<TelSoort, Integer>> counts = new TreeMap<>();
        Set<LocalDate> teldata = swv.leerlingtellingen().stream().map(DemoPlan.Leerlingtelling::teldatum)
                .collect(Collectors.toSet());
        for (int y = vorig; y <= jaar + 1; y++) {
            LocalDate teldatum = LocalDate.of(y - 1, 2, 1);
            if (teldata.contains(teldatum)) {
                counts.put(y, inputs.counts(teldatum, sboPupils(swv, teldatum), soPercentage));
            }
        }
        String gemeente = swv.gemeenten().get(0).naam();
        Map<Integer, BigDecimal> subsidie = new LinkedHashMap<>();
        for (int y : List.of(vorig, jaar)) {
            subsidie.put(y, inputs.subsidy(y, gemeente, schaal));
            baten.opslaan(controller, y);
        }

        DemoFinanceModel model = new DemoFinanceModel(modellen, begrotingen, controller, directeur, ruim ? "24" : "32");
        Verdeelmodel modelVorig = model.model(vorig, true);
        Verdeelmodel modelNu = model.model(jaar, true);
        int aantalModellen = 2;
        if (counts.containsKey(jaar + 1)) {
            model.model(jaar + 1, false);
            aantalModellen++;
        }
        model.begroting(vorig, modelVorig.id(), new BigDecimal("3.0"), prognoses(counts, vorig), false);
        model.begroting(jaar, modelNu.id(), new BigDecimal("2.5"), prognoses(counts, jaar), true);

        DemoFinanceActuals actuals = new DemoFinanceActuals(realisatie, eigenVermogen, historie, controller,
                DemoRegion.SEED ^ swv.administratienummer().hashCode());
        UUID soBestuur = swv.scholen().stream().filter(s -> s.soort().equals("SO")).map(DemoPlan.School::bestuurId)
                .findFirst().orElse(null);
        DemoFinanceActuals.Jaar vorigJaar = jaar(controller, vorig, counts.get(vorig), subsidie.get(vorig),
                modelVorig, soBestuur);
        actuals.book(vorigJaar, 12);
        // A month's payments to the boards go out at its start, so the current month is booked too.
        int boekingen = actuals.book(jaar(controller, jaar, counts.get(jaar), subsidie.get(jaar), modelNu, soBestuur),
                today.getMonthValue());
        BigDecimal batenVorig = vorigJaar.licht().add(vorigJaar.zwaar()).add(vorigJaar.subsidie());
        BigDecimal reserve = actuals.reserve(vorig, batenVorig, ruim);
        actuals.history(schaal);

        BatenOpslag opslag = baten.opgeslagen(controller, jaar).get(0);
        return new Loaded(jaar, opslag.totaleBaten(), opslag.nettoOntvangst(), amounts, aantalModellen, boekingen,
                reserve, ruim);
    }

    /** The gross rijksbijdragen of a year (amount in force x BASIS) and its subsidy and adopted model. */
    private DemoFinanceActuals.Jaar jaar(CurrentUser controller, int jaar, Map<TelSoort, Integer> counts,
                                         BigDecimal subsidie, Verdeelmodel model, UUID soBestuur) {
        int basis = counts.get(TelSoort.BASIS);
        return new DemoFinanceActuals.Jaar(jaar, amount(controller, jaar, NormbedragSoort.LICHTE_ONDERSTEUNING, basis),
                amount(controller, jaar, NormbedragSoort.ZWARE_ONDERSTEUNING, basis), subsidie,
                modellen.uitkomst(controller, model.id(), null), soBestuur);
    }

    private BigDecimal amount(CurrentUser controller, int jaar, NormbedragSoort soort, int aantal) {
        return normbedragen.list(controller, jaar).stream()
                .filter(n -> n.soort() == soort && n.leeftijdsklasse() == Leeftijdsklasse.ALLE).findFirst()
                .orElseThrow().waarde().multiply(BigDecimal.valueOf(aantal));
    }

    /**
     * The forecast counts of a begroting's four years: the stored count that funds a year where there
     * is one, after that the last one shrinking {@link #KRIMP} a year (the S(B)O shares stay the same).
     */
    static Map<Integer, Map<TelSoort, Integer>> prognoses(Map<Integer, Map<TelSoort, Integer>> counts, int jaar) {
        Map<Integer, Map<TelSoort, Integer>> result = new TreeMap<>();
        int laatste = jaar;
        for (int y = jaar; y < jaar + 4; y++) {
            if (counts.containsKey(y)) {
                laatste = y;
                result.put(y, counts.get(y));
                continue;
            }
            Map<TelSoort, Integer> bekend = counts.get(laatste);
            double factor = Math.pow(KRIMP, y - laatste);
            Map<TelSoort, Integer> prognose = new EnumMap<>(TelSoort.class);
            bekend.forEach((soort, aantal) -> prognose.put(soort, (int) Math.round(aantal * factor)));
            result.put(y, prognose);
        }
        return result;
    }

    private static int sboPupils(DemoPlan.Swv swv, LocalDate teldatum) {
        Set<UUID> sbo = swv.scholen().stream().filter(s -> s.soort().equals("SBO")).map(DemoPlan.School::id)
                .collect(Collectors.toSet());
        return swv.leerlingtellingen().stream().filter(t -> t.teldatum().equals(teldatum) && sbo.contains(t.schoolId()))
                .mapToInt(DemoPlan.Leerlingtelling::aantal).sum();
    }

    private static int pupils(DemoPlan.Swv swv, LocalDate teldatum) {
        return swv.leerlingtellingen().stream().filter(t -> t.teldatum().equals(teldatum))
                .mapToInt(DemoPlan.Leerlingtelling::aantal).sum();
    }

    private static LocalDate latestTeldatum(DemoPlan.Swv swv) {
        return swv.leerlingtellingen().stream().map(DemoPlan.Leerlingtelling::teldatum).max(LocalDate::compareTo)
                .orElseThrow();
    }
}
