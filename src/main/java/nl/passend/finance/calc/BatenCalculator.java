package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.TelSoort;
import nl.passend.shared.PassendException;

/**
 * The income (baten) of an SWV for a calendar year, line by line with the derivation of every line.
 * Pure: amounts and counts in, {@link BatenBerekening} out. See docs/specs/finance.md for the rules.
 */
public final class BatenCalculator {

    /** The first year of the simplified funding (Besluit bekostiging WPO 2022): calendar year, no groeitelling. */
    public static final int NIEUWE_BEKOSTIGING = 2023;

    /** The 2%-regeling (before 2023): the SBO share of BASIS that the state funds itself. */
    public static final int TWEE_PROCENT = 2;

    public static final String BRUTO_LICHT = "bruto-licht";
    public static final String BRUTO_ZWAAR = "bruto-zwaar";
    public static final String SUBSIDIE = "subsidie";
    public static final String TWEEPROCENT_GRENS = "tweeprocent-grens";
    public static final String TEN_LASTE_VAN_SCHOLEN = "verrekening-ten-laste-van-scholen";

    private static final List<TelSoort> SO = List.of(TelSoort.SO_LAAG, TelSoort.SO_MIDDEN, TelSoort.SO_HOOG);
    private static final List<Leeftijdsklasse> BANDEN = List.of(Leeftijdsklasse.ONDER_8, Leeftijdsklasse.VANAF_8);

    private BatenCalculator() {
    }

    /** The teldatum that funds year {@code jaar}: 1 February of the year before (since 2023), else 1 October. */
    public static LocalDate teldatum(int jaar) {
        return jaar >= NIEUWE_BEKOSTIGING ? LocalDate.of(jaar - 1, 2, 1) : LocalDate.of(jaar - 1, 10, 1);
    }

    /** The groeiteldatum of year {@code jaar}: 1 February of {@code jaar} before 2023; none since. */
    public static Optional<LocalDate> groeiteldatum(int jaar) {
        return jaar >= NIEUWE_BEKOSTIGING ? Optional.empty() : Optional.of(LocalDate.of(jaar, 2, 1));
    }

    /** The line code of the verrekening for a kind of S(B)O pupil, e.g. {@code verrekening-so-laag}. */
    public static String verrekeningCode(TelSoort soort) {
        return "verrekening-" + kebab(soort);
    }

    /** The line code of the growth funding (before 2023) for a kind of S(B)O pupil, e.g. {@code groei-sbo}. */
    public static String groeiCode(TelSoort soort) {
        return "groei-" + kebab(soort);
    }

    /**
     * Computes the baten of {@code jaar}.
     *
     * @param normbedragen the amounts (any years; only {@code jaar}'s are used; of several versions of the same
     *                     year, kind and age band the highest version counts)
     * @param tellingen    the counts (any dates; only the teldatum's and, before 2023, the groeiteldatum's are used)
     * @param subsidies    the earmarked subsidies of the year
     */
    public static BatenBerekening bereken(int jaar, Collection<NormbedragWaarde> normbedragen,
            Collection<Telling> tellingen, Collection<Subsidie> subsidies) {
        return new Berekening(jaar, normbedragen, tellingen).bereken(subsidies);
    }

    private static String kebab(TelSoort soort) {
        return soort.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private record TelSleutel(LocalDate teldatum, TelSoort soort, Leeftijdsklasse leeftijdsklasse) {
    }

    private static final class Berekening {

        private final int jaar;
        private final LocalDate teldatum;
        private final LocalDate groeiteldatum;
        private final boolean nieuw;
        private final Map<NormbedragSoort, Map<Leeftijdsklasse, NormbedragWaarde>> bedragen =
                new EnumMap<>(NormbedragSoort.class);
        private final Map<TelSleutel, Integer> aantallen = new LinkedHashMap<>();
        private final List<BerekeningRegel> regels = new ArrayList<>();
        private final Set<UUID> gebruikt = new LinkedHashSet<>();

        Berekening(int jaar, Collection<NormbedragWaarde> normbedragen, Collection<Telling> tellingen) {
            this.jaar = jaar;
            this.teldatum = teldatum(jaar);
            this.groeiteldatum = groeiteldatum(jaar).orElse(null);
            this.nieuw = jaar >= NIEUWE_BEKOSTIGING;
            for (NormbedragWaarde n : normbedragen) {
                if (n.jaar() != jaar) {
                    continue;
                }
                Map<Leeftijdsklasse, NormbedragWaarde> perKlasse =
                        bedragen.computeIfAbsent(n.soort(), s -> new EnumMap<>(Leeftijdsklasse.class));
                NormbedragWaarde bestaand = perKlasse.get(n.leeftijdsklasse());
                if (bestaand == null || n.versie() > bestaand.versie()) {
                    perKlasse.put(n.leeftijdsklasse(), n);
                }
            }
            for (Telling t : tellingen) {
                if (t.aantal() < 0) {
                    throw new PassendException.RuleViolation("telling-negatief", Argumenten.datum(t.teldatum()), Argumenten.soort(t.soort()));
                }
                if (!t.teldatum().equals(teldatum) && !t.teldatum().equals(groeiteldatum)) {
                    continue;
                }
                TelSleutel sleutel = new TelSleutel(t.teldatum(), t.soort(), t.leeftijdsklasse());
                if (aantallen.putIfAbsent(sleutel, t.aantal()) != null) {
                    throw new PassendException.RuleViolation("telling-dubbel", Argumenten.datum(t.teldatum()), Argumenten.soort(t.soort()));
                }
            }
        }

        BatenBerekening bereken(Collection<Subsidie> subsidies) {
            String stelsel = nieuw ? Bronnen.BEKOSTIGING_SINDS_2023 : Bronnen.BEKOSTIGING_VOOR_2023;
            BigDecimal licht = maal(NormbedragSoort.LICHTE_ONDERSTEUNING, TelSoort.BASIS, teldatum, BRUTO_LICHT,
                    Begrotingspost.RIJKSBIJDRAGE_LICHT, stelsel);
            BigDecimal zwaar = maal(NormbedragSoort.ZWARE_ONDERSTEUNING, TelSoort.BASIS, teldatum, BRUTO_ZWAAR,
                    Begrotingspost.RIJKSBIJDRAGE_ZWAAR, stelsel);
            BigDecimal subsidie = Cents.zero();
            for (Subsidie s : subsidies) {
                if (s.bedrag().signum() < 0) {
                    throw new PassendException.RuleViolation("subsidie-negatief");
                }
                BigDecimal bedrag = Cents.of(s.bedrag());
                subsidie = subsidie.add(bedrag);
                regels.add(new BerekeningRegel(SUBSIDIE, Begrotingspost.SUBSIDIE, bedrag, null, null, null, null,
                        Bronnen.SUBSIDIE + ": " + s.omschrijving()));
            }

            BigDecimal sbo = nieuw
                    ? maal(NormbedragSoort.SBO, TelSoort.SBO, teldatum, verrekeningCode(TelSoort.SBO),
                            Begrotingspost.SBO, Bronnen.VERREKENING)
                    : sboBovenTweeProcent();
            BigDecimal sboDoorSwv = begrens(sbo, licht, Begrotingspost.SBO);
            BigDecimal so = Cents.zero();
            for (TelSoort soort : SO) {
                so = so.add(maal(soort.verrekening(), soort, teldatum, verrekeningCode(soort), Begrotingspost.SO,
                        Bronnen.VERREKENING));
            }
            BigDecimal soDoorSwv = begrens(so, zwaar, Begrotingspost.SO);

            BigDecimal groei = Cents.zero();
            if (!nieuw) {
                groei = groei.add(groei(TelSoort.SBO, Begrotingspost.SBO));
                for (TelSoort soort : SO) {
                    groei = groei.add(groei(soort, Begrotingspost.SO));
                }
            }

            BigDecimal totaleBaten = licht.add(zwaar).add(subsidie);
            BigDecimal verrekening = sboDoorSwv.add(soDoorSwv);
            BigDecimal netto = totaleBaten.subtract(verrekening).subtract(groei);
            return new BatenBerekening(jaar, teldatum, groeiteldatum, regels, totaleBaten, verrekening, groei, netto,
                    List.copyOf(gebruikt));
        }

        /**
         * Lines amount x count for a kind of amount and count on a date, per age band where the year's amounts
         * have age bands; returns their sum.
         */
        private BigDecimal maal(NormbedragSoort normSoort, TelSoort telSoort, LocalDate datum, String code,
                Begrotingspost post, String bron) {
            Map<Leeftijdsklasse, NormbedragWaarde> perKlasse = bedragenVan(normSoort);
            BigDecimal som = Cents.zero();
            if (perKlasse.containsKey(Leeftijdsklasse.ALLE)) {
                som = som.add(regel(code, post, perKlasse.get(Leeftijdsklasse.ALLE), aantal(datum, telSoort), datum,
                        bron));
            } else {
                for (Leeftijdsklasse klasse : BANDEN) {
                    som = som.add(regel(code, post, perKlasse.get(klasse), aantal(datum, telSoort, klasse), datum,
                            bron));
                }
            }
            return som;
        }

        /** Before 2023: the SWV pays for the SBO pupils above 2% of BASIS (rounded down to whole pupils). */
        private BigDecimal sboBovenTweeProcent() {
            int basis = aantal(teldatum, TelSoort.BASIS);
            int grens = Math.floorDiv(basis * TWEE_PROCENT, 100);
            regels.add(new BerekeningRegel(TWEEPROCENT_GRENS, null, Cents.zero(), null, null, grens, teldatum,
                    Bronnen.TWEE_PROCENT));
            Map<Leeftijdsklasse, NormbedragWaarde> perKlasse = bedragenVan(NormbedragSoort.SBO);
            String code = verrekeningCode(TelSoort.SBO);
            String bron = Bronnen.VERREKENING + "; " + Bronnen.TWEE_PROCENT;
            if (perKlasse.containsKey(Leeftijdsklasse.ALLE)) {
                int boven = Math.max(0, aantal(teldatum, TelSoort.SBO) - grens);
                return regel(code, Begrotingspost.SBO, perKlasse.get(Leeftijdsklasse.ALLE), boven, teldatum, bron);
            }
            // Age bands: the pupils above 2% are split over the bands pro rata their counts (largest remainder).
            Map<Leeftijdsklasse, BigDecimal> gewichten = new LinkedHashMap<>();
            int sbo = 0;
            for (Leeftijdsklasse klasse : BANDEN) {
                int n = aantal(teldatum, TelSoort.SBO, klasse);
                sbo += n;
                gewichten.put(klasse, BigDecimal.valueOf(n));
            }
            int boven = Math.max(0, sbo - grens);
            Map<Leeftijdsklasse, Long> verdeeld = boven == 0
                    ? Map.of(Leeftijdsklasse.ONDER_8, 0L, Leeftijdsklasse.VANAF_8, 0L)
                    : LargestRemainder.distributeWhole(boven, gewichten);
            BigDecimal som = Cents.zero();
            for (Leeftijdsklasse klasse : BANDEN) {
                som = som.add(regel(code, Begrotingspost.SBO, perKlasse.get(klasse),
                        Math.toIntExact(verdeeld.get(klasse)), teldatum, bron));
            }
            return som;
        }

        /** Before 2023: growth between teldatum and groeiteldatum, per kind (and age band), paid by the SWV. */
        private BigDecimal groei(TelSoort soort, Begrotingspost post) {
            Map<Leeftijdsklasse, NormbedragWaarde> perKlasse = bedragenVan(soort.groei());
            String code = groeiCode(soort);
            if (perKlasse.containsKey(Leeftijdsklasse.ALLE)) {
                int groei = Math.max(0, aantal(groeiteldatum, soort) - aantal(teldatum, soort));
                return regel(code, post, perKlasse.get(Leeftijdsklasse.ALLE), groei, groeiteldatum, Bronnen.GROEI);
            }
            BigDecimal som = Cents.zero();
            for (Leeftijdsklasse klasse : BANDEN) {
                int groei = Math.max(0, aantal(groeiteldatum, soort, klasse) - aantal(teldatum, soort, klasse));
                som = som.add(regel(code, post, perKlasse.get(klasse), groei, groeiteldatum, Bronnen.GROEI));
            }
            return som;
        }

        /**
         * A deduction larger than its budget: the SWV bears at most the budget; the excess is shown as a
         * negative line on the same post, charged to the schools' lumpsum. Returns what the SWV bears.
         */
        private BigDecimal begrens(BigDecimal verrekening, BigDecimal budget, Begrotingspost post) {
            BigDecimal overschot = verrekening.subtract(budget);
            if (overschot.signum() <= 0) {
                return verrekening;
            }
            regels.add(new BerekeningRegel(TEN_LASTE_VAN_SCHOLEN, post, overschot.negate(), null, null, null, teldatum,
                    Bronnen.VERREKENING_OVERSCHOT));
            return budget;
        }

        private BigDecimal regel(String code, Begrotingspost post, NormbedragWaarde bedrag, int aantal,
                LocalDate datum, String bron) {
            BigDecimal uitkomst = Cents.times(bedrag.waarde(), aantal);
            gebruikt.add(bedrag.id());
            regels.add(new BerekeningRegel(code, post, uitkomst, bedrag.id(), bedrag.waarde(), aantal, datum,
                    Bronnen.NORMBEDRAGEN + " " + jaar + " (" + bedrag.soort() + ", " + bedrag.leeftijdsklasse()
                            + ", versie " + bedrag.versie() + "); " + bron));
            return uitkomst;
        }

        /** The year's amounts of a kind: ALLE, or both age bands (never mixed). */
        private Map<Leeftijdsklasse, NormbedragWaarde> bedragenVan(NormbedragSoort soort) {
            Map<Leeftijdsklasse, NormbedragWaarde> perKlasse = bedragen.getOrDefault(soort, Map.of());
            boolean alle = perKlasse.containsKey(Leeftijdsklasse.ALLE);
            boolean banden = perKlasse.containsKey(Leeftijdsklasse.ONDER_8) || perKlasse.containsKey(Leeftijdsklasse.VANAF_8);
            if (alle && banden) {
                throw new PassendException.RuleViolation("normbedrag-leeftijdsklassen-gemengd", Argumenten.jaar(jaar), Argumenten.soort(soort));
            }
            if (!alle && !(perKlasse.containsKey(Leeftijdsklasse.ONDER_8)
                    && perKlasse.containsKey(Leeftijdsklasse.VANAF_8))) {
                throw new PassendException.RuleViolation("normbedrag-ontbreekt", Argumenten.jaar(jaar), Argumenten.soort(soort));
            }
            return perKlasse;
        }

        /** The count of a kind on a date without age bands: the ALLE count, else the sum of both bands. */
        private int aantal(LocalDate datum, TelSoort soort) {
            Integer alle = aantallen.get(new TelSleutel(datum, soort, Leeftijdsklasse.ALLE));
            if (alle != null) {
                return alle;
            }
            Integer onder = aantallen.get(new TelSleutel(datum, soort, Leeftijdsklasse.ONDER_8));
            Integer vanaf = aantallen.get(new TelSleutel(datum, soort, Leeftijdsklasse.VANAF_8));
            if (onder == null || vanaf == null) {
                throw new PassendException.RuleViolation("telling-ontbreekt", Argumenten.datum(datum), Argumenten.soort(soort));
            }
            return onder + vanaf;
        }

        /** The count of a kind on a date in an age band. */
        private int aantal(LocalDate datum, TelSoort soort, Leeftijdsklasse klasse) {
            Integer n = aantallen.get(new TelSleutel(datum, soort, klasse));
            if (n == null) {
                throw new PassendException.RuleViolation("telling-ontbreekt", Argumenten.datum(datum), Argumenten.soort(soort));
            }
            return n;
        }
    }
}
