package nl.passend.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.EigenVermogenInput;
import nl.passend.finance.EigenVermogenService;
import nl.passend.finance.HistorieImportResultaat;
import nl.passend.finance.HistorieService;
import nl.passend.finance.RealisatieBoeking.Betaalsoort;
import nl.passend.finance.RealisatieBoekingInput;
import nl.passend.finance.RealisatieService;
import nl.passend.finance.VerdeelmodelUitkomst;
import nl.passend.shared.security.CurrentUser;

/**
 * The demo's actuals, entered as the controller would: per month ‘boek maand’ (the payments to the
 * boards from the vastgesteld model and the month's share of the S(B)O verrekening) plus the bookings
 * the controller makes by hand: the rijksbijdragen received, the subsidy, the central posts, the
 * arrangements paid to boards out of the werkgebied budgets and, once a year, the groeiregeling. The
 * amounts by hand vary around the budget with a seeded random source, so every load is the same.
 * Also the eigen vermogen of a closed year and the history of 2017-2021.
 */
final class DemoFinanceActuals {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final BigDecimal SIGNALERINGS_MINIMUM = new BigDecimal("250000.00");
    private static final BigDecimal SIGNALERINGS_PERCENTAGE = new BigDecimal("3.5");

    /** The year's figures a month's bookings are taken from. */
    record Jaar(int jaar, BigDecimal licht, BigDecimal zwaar, BigDecimal subsidie, VerdeelmodelUitkomst model,
                UUID soBestuur) {
    }

    private final RealisatieService realisatie;
    private final EigenVermogenService eigenVermogen;
    private final HistorieService historie;
    private final CurrentUser controller;
    private final Random random;
    private int boekingen;

    DemoFinanceActuals(RealisatieService realisatie, EigenVermogenService eigenVermogen, HistorieService historie,
                       CurrentUser controller, long seed) {
        this.realisatie = realisatie;
        this.eigenVermogen = eigenVermogen;
        this.historie = historie;
        this.controller = controller;
        this.random = new Random(seed);
    }

    /** Books months 1 to {@code totMaand} of a year; returns the number of bookings made so far. */
    int book(Jaar j, int totMaand) {
        for (int maand = 1; maand <= totMaand; maand++) {
            boekingen += realisatie.boekMaand(controller, j.jaar(), maand).size();
            byHand(j, maand);
        }
        return boekingen;
    }

    private void byHand(Jaar j, int maand) {
        String periode = Month.of(maand).getDisplayName(TextStyle.FULL, DUTCH) + " " + j.jaar();
        int i = maand - 1;
        boek(j, maand, Begrotingspost.RIJKSBIJDRAGE_LICHT, twaalfden(j.licht()).get(i), null, null,
                "Rijksbijdrage lichte ondersteuning (DUO), " + periode);
        boek(j, maand, Begrotingspost.RIJKSBIJDRAGE_ZWAAR, twaalfden(j.zwaar()).get(i), null, null,
                "Rijksbijdrage zware ondersteuning (DUO), " + periode);
        if (maand == 4) {
            boek(j, maand, Begrotingspost.SUBSIDIE, j.subsidie(), null, null,
                    "Subsidie gemeente ontvangen (beschikking)");
        }
        Map<Begrotingspost, BigDecimal> centraal = j.model().centraalPerPost();
        boek(j, maand, Begrotingspost.OZA, varied(centraal.get(Begrotingspost.OZA), 0.80, 1.15), null, null,
                "Onderwijs-zorgarrangementen met jeugdhulp, " + periode);
        boek(j, maand, Begrotingspost.UITVOERINGSORGANISATIE,
                varied(centraal.get(Begrotingspost.UITVOERINGSORGANISATIE), 0.96, 1.03), null, null,
                "Personeelslasten ondersteuningsteam, " + periode);
        boek(j, maand, Begrotingspost.MANAGEMENT_ORGANISATIE,
                varied(centraal.get(Begrotingspost.MANAGEMENT_ORGANISATIE), 0.90, 1.08), null, null,
                "Bestuur, huisvesting en administratie, " + periode);
        arrangements(j, maand, periode);
        BigDecimal groei = centraal.get(Begrotingspost.SO);
        if (maand == 6 && groei != null && j.soBestuur() != null) {
            boek(j, maand, Begrotingspost.SO, groei.multiply(new BigDecimal("0.75")).setScale(2, RoundingMode.HALF_UP),
                    j.soBestuur(), Betaalsoort.OVERIG, "Groeiregeling SO: groei na de teldatum (peildatum 1 maart)");
        }
    }

    /**
     * A month's arrangements out of the werkgebied budgets: most boards get some, the month's total
     * (around a twelfth of the budgets) split roughly by their size.
     */
    private void arrangements(Jaar j, int maand, String periode) {
        BigDecimal pot = varied(j.model().totaalWerkgebieden(), 0.85, 1.10);
        Map<UUID, BigDecimal> weights = new LinkedHashMap<>();
        j.model().perBestuur().forEach((bestuur, jaarbedrag) -> {
            double kans = random.nextDouble();
            double spreiding = 0.6 + 0.8 * random.nextDouble();
            if (kans >= 0.25) { // not every board has an arrangement paid every month
                weights.put(bestuur, jaarbedrag.multiply(BigDecimal.valueOf(spreiding)));
            }
        });
        BigDecimal totaal = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (pot == null || pot.signum() <= 0 || totaal.signum() <= 0) {
            return;
        }
        weights.forEach((bestuur, weight) -> boek(j, maand, Begrotingspost.WERKGEBIEDEN,
                pot.multiply(weight).divide(totaal, 2, RoundingMode.HALF_UP), bestuur, Betaalsoort.ARRANGEMENT,
                "Arrangementen uit het werkgebiedbudget, " + periode));
    }

    private void boek(Jaar j, int maand, Begrotingspost post, BigDecimal bedrag, UUID bestuur, Betaalsoort soort,
                      String omschrijving) {
        if (bedrag == null || bedrag.signum() == 0) {
            return;
        }
        RealisatieBoekingInput in = new RealisatieBoekingInput();
        in.setJaar(j.jaar());
        in.setMaand(maand);
        in.setPost(post);
        in.setBedrag(bedrag);
        in.setBestuurId(bestuur);
        in.setBetaalsoort(soort);
        in.setOmschrijving(omschrijving);
        realisatie.boek(controller, in);
        boekingen++;
    }

    /** A twelfth of a yearly amount times a factor between {@code min} and {@code max}, in cents. */
    private BigDecimal varied(BigDecimal yearly, double min, double max) {
        if (yearly == null) {
            return null;
        }
        BigDecimal factor = BigDecimal.valueOf(min + (max - min) * random.nextDouble())
                .setScale(4, RoundingMode.HALF_UP);
        return yearly.multiply(factor).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }

    /** Twelve monthly parts that add up to the year exactly (the spare cents go to the first months). */
    static List<BigDecimal> twaalfden(BigDecimal yearly) {
        long cents = yearly.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        long part = Math.floorDiv(cents, 12);
        long spare = cents - part * 12;
        List<BigDecimal> parts = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            parts.add(BigDecimal.valueOf(part + (m < spare ? 1 : 0), 2));
        }
        return parts;
    }

    /**
     * The eigen vermogen at the end of {@code jaar}: well above the signaleringswaarde (with a
     * bestedingsplan) or just below it, from the totale baten that were booked.
     */
    BigDecimal reserve(int jaar, BigDecimal totaleBaten, boolean bovenmatig) {
        BigDecimal signalering = SIGNALERINGS_MINIMUM.max(
                totaleBaten.multiply(SIGNALERINGS_PERCENTAGE).movePointLeft(2).setScale(2, RoundingMode.HALF_UP));
        BigDecimal bedrag = signalering.multiply(new BigDecimal(bovenmatig ? "2.3" : "0.78"))
                .setScale(0, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
        EigenVermogenInput in = new EigenVermogenInput();
        in.setJaar(jaar);
        in.setBedrag(bedrag);
        in.setEigenOndergrens(new BigDecimal(bovenmatig ? "400000.00" : "250000.00"));
        if (bovenmatig) {
            in.setBestedingsplan("""
                    Bestedingsplan %d-%d (demo): het deel van de reserve boven de signaleringswaarde wordt in drie \
                    jaar ingezet voor (1) extra werkgebiedbudget voor arrangementen in de klas, (2) een pilot \
                    onderwijs-zorgarrangementen met de gemeenten en (3) scholing van intern begeleiders. Besproken \
                    met de OPR; de voortgang staat in elke trimesterrapportage.""".formatted(jaar + 1, jaar + 3));
        }
        eigenVermogen.save(controller, in);
        return bedrag;
    }

    /** The lasten per category of 2017-2021 as published in seed 000 (PPO Noord-Kennemerland), in euros. */
    private static final String[] POSTEN = {"Regulier", "SBO", "SO", "Werkgebieden", "OZA",
            "Management & organisatie", "Uitvoeringsorganisatie"};
    private static final long[][] LASTEN = {
            {3_736_323, 3_645_875, 3_785_238, 3_365_493, 2_783_471},
            {163_960, 98_888, 141_028, 353_631, 418_670},
            {4_664_736, 5_120_875, 5_343_180, 5_721_954, 6_199_698},
            {1_381_571, 2_287_418, 1_878_106, 1_670_640, 1_559_804},
            {10_786, 12_559, 344_715, 282_935, 487_058},
            {789_714, 746_933, 746_976, 646_580, 738_550},
            {1_652_246, 1_885_622, 1_985_974, 2_117_387, 1_602_369}};
    /** Invented results: baten = lasten x (1 + this), so the reserve chart moves as a real one does. */
    private static final double[] RESULTAAT = {0.046, -0.012, 0.021, 0.038, 0.057};

    /**
     * Imports 2017-2021: seed 000's lasten table scaled to the SWV's size, with baten (invented) split
     * into lichte and zware ondersteuning. Returns the number of years stored.
     */
    int history(double schaal) {
        StringBuilder csv = new StringBuilder("post;2017;2018;2019;2020;2021\n");
        long[] lasten = new long[5];
        for (int p = 0; p < POSTEN.length; p++) {
            csv.append(POSTEN[p]);
            for (int y = 0; y < 5; y++) {
                long bedrag = Math.round(LASTEN[p][y] * schaal);
                lasten[y] += bedrag;
                csv.append(';').append(bedrag).append(",00");
            }
            csv.append('\n');
        }
        StringBuilder licht = new StringBuilder("Rijksbijdrage lichte ondersteuning");
        StringBuilder zwaar = new StringBuilder("Rijksbijdrage zware ondersteuning");
        for (int y = 0; y < 5; y++) {
            long baten = Math.round(lasten[y] * (1 + RESULTAAT[y]));
            long l = Math.round(baten * 0.33);
            licht.append(';').append(l).append(",00");
            zwaar.append(';').append(baten - l).append(",00");
        }
        csv.append(licht).append('\n').append(zwaar).append('\n');
        HistorieImportResultaat result = historie.importeer(controller, "demo-jaarrekeningen-2017-2021.csv",
                csv.toString());
        if (!result.geslaagd()) {
            throw new IllegalStateException("Demo history refused: " + result.meldingen());
        }
        return result.jaren().size();
    }
}
