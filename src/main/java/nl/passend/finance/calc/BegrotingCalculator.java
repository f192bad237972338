package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.TelSoort;
import nl.passend.shared.PassendException;

/**
 * The begroting of a year and the meerjarenbegroting (jaar .. jaar + 3), for the base and every
 * scenario. Pure. Per year: the baten from that year's amounts (or the latest known year's, indexed)
 * and the forecast counts ({@link BatenCalculator}); the lasten from the verdeelmodel's components
 * (fixed amounts indexed per year after {@code jaar}, per-pupil components scaled with the forecast
 * BASIS, percentages of that year's available amount) plus the S(B)O verrekening (and, before 2023,
 * the growth funding) on the posts SBO and SO. Every line carries its derivation text.
 */
public final class BegrotingCalculator {

    public static final int JAREN = 4;

    private static final List<TelSoort> SO = List.of(TelSoort.SO_LAAG, TelSoort.SO_MIDDEN, TelSoort.SO_HOOG);

    private BegrotingCalculator() {
    }

    public static Meerjarenbegroting bereken(BegrotingInvoer invoer) {
        VerdeelCalculator.valideer(invoer.componenten(), invoer.scholen());
        List<ScenarioBegroting> scenarios = new ArrayList<>();
        scenarios.add(scenario(invoer, Scenario.BASIS));
        for (Scenario s : invoer.scenarios()) {
            scenarios.add(scenario(invoer, s));
        }
        return new Meerjarenbegroting(invoer.jaar(), scenarios);
    }

    private static ScenarioBegroting scenario(BegrotingInvoer invoer, Scenario scenario) {
        BigDecimal indexatie = nul(invoer.indexatiePercentage()).add(nul(scenario.indexatieDelta()));
        int basisJaar = prognose(invoer, invoer.jaar(), TelSoort.BASIS);
        VerdeelCalculator.Grondslag grondslag = VerdeelCalculator.Grondslag.van(invoer.scholen());
        List<BegrotingJaar> jaren = new ArrayList<>();
        for (int jaar = invoer.jaar(); jaar < invoer.jaar() + JAREN; jaar++) {
            jaren.add(jaar(invoer, scenario, indexatie, basisJaar, grondslag, jaar));
        }
        return new ScenarioBegroting(scenario, jaren);
    }

    private static BegrotingJaar jaar(BegrotingInvoer invoer, Scenario scenario, BigDecimal indexatie, int basisJaar,
            VerdeelCalculator.Grondslag grondslag, int jaar) {
        Map<TelSoort, Integer> tellingen = tellingen(invoer, scenario, jaar);
        List<String> indexeringen = new ArrayList<>();
        Map<UUID, String> geindexeerd = new HashMap<>();
        List<NormbedragWaarde> bedragen = bedragen(invoer.normbedragen(), jaar, indexatie, indexeringen, geindexeerd);

        List<Telling> tel = new ArrayList<>();
        LocalDate teldatum = BatenCalculator.teldatum(jaar);
        Optional<LocalDate> groeiteldatum = BatenCalculator.groeiteldatum(jaar);
        tellingen.forEach((soort, aantal) -> {
            tel.add(new Telling(teldatum, soort, Leeftijdsklasse.ALLE, aantal));
            groeiteldatum.ifPresent(g -> tel.add(new Telling(g, soort, Leeftijdsklasse.ALLE, aantal)));
        });
        BatenBerekening baten = BatenCalculator.bereken(jaar, bedragen, tel,
                invoer.subsidies().getOrDefault(jaar, List.of()));

        BigDecimal beschikbaar = baten.nettoOntvangst().signum() < 0 ? Cents.zero() : baten.nettoOntvangst();
        int jarenNa = jaar - invoer.jaar();
        BigDecimal leerlingen = BigDecimal.valueOf(grondslag.leerlingen());
        String leerlingenTekst = Bedragtekst.getal(grondslag.leerlingen()) + " bao-leerlingen";
        if (basisJaar > 0 && tellingen.get(TelSoort.BASIS) != basisJaar) {
            leerlingen = leerlingen.multiply(BigDecimal.valueOf(tellingen.get(TelSoort.BASIS)))
                    .divide(BigDecimal.valueOf(basisJaar), MathContext.DECIMAL128);
            leerlingenTekst = Bedragtekst.getal(grondslag.leerlingen()) + " bao-leerlingen x prognose BASIS "
                    + Bedragtekst.getal(tellingen.get(TelSoort.BASIS)) + " / " + Bedragtekst.getal(basisJaar) + " = "
                    + Bedragtekst.getal(leerlingen.setScale(4, RoundingMode.HALF_UP));
        }

        Map<Begrotingspost, BigDecimal> bedragPerPost = new EnumMap<>(Begrotingspost.class);
        Map<Begrotingspost, List<String>> afleidingPerPost = new EnumMap<>(Begrotingspost.class);
        for (Begrotingspost post : Begrotingspost.values()) {
            bedragPerPost.put(post, Cents.zero());
            afleidingPerPost.put(post, new ArrayList<>());
        }
        for (BerekeningRegel r : baten.regels()) {
            if (r.post() == null) {
                continue;
            }
            bedragPerPost.merge(r.post(), r.bedrag(), BigDecimal::add);
            afleidingPerPost.get(r.post()).add(tekst(r, geindexeerd));
        }
        for (ModelComponent c : invoer.componenten()) {
            ModelComponent geindexeerdComponent = c;
            String indexTekst = "";
            if (c.bedrag() != null && jarenNa > 0 && indexatie.signum() != 0) {
                BigDecimal bedrag = Cents.indexed(c.bedrag(), indexatie, jarenNa);
                indexTekst = " (" + Bedragtekst.euro(c.bedrag()) + " geïndexeerd " + jarenNa + " jaar à "
                        + Bedragtekst.getal(indexatie) + "% = " + Bedragtekst.euro(bedrag) + ")";
                geindexeerdComponent = new ModelComponent(c.id(), c.volgorde(), c.soort(), c.naam(), c.post(), bedrag,
                        null, c.frictiePercentage(), c.verwachtAantal(), c.maandelijks());
            }
            BigDecimal totaal = VerdeelCalculator.totaal(geindexeerdComponent, beschikbaar, grondslag.scholen(),
                    leerlingen);
            bedragPerPost.merge(c.post(), totaal, BigDecimal::add);
            afleidingPerPost.get(c.post()).add(componentTekst(geindexeerdComponent, beschikbaar, grondslag,
                    leerlingenTekst) + indexTekst + " = " + Bedragtekst.euro(totaal));
        }

        List<PostBedrag> regels = new ArrayList<>();
        BigDecimal totaalBaten = Cents.zero();
        BigDecimal totaalLasten = Cents.zero();
        for (Begrotingspost post : Begrotingspost.values()) {
            BigDecimal bedrag = bedragPerPost.get(post);
            List<String> afleiding = afleidingPerPost.get(post);
            regels.add(new PostBedrag(post, bedrag, afleiding.isEmpty() ? "geen" : String.join("; ", afleiding)));
            if (post.isBaten()) {
                totaalBaten = totaalBaten.add(bedrag);
            } else {
                totaalLasten = totaalLasten.add(bedrag);
            }
        }
        return new BegrotingJaar(jaar, regels, totaalBaten, totaalLasten, totaalBaten.subtract(totaalLasten), baten,
                tellingen, indexeringen);
    }

    /**
     * The counts of a year after the scenario: BASIS x (1 + leerlingenDeltaPct/100) rounded half up; then
     * soDeelnameDelta percentage points of that BASIS (rounded half up to whole pupils) move from BASIS to SO,
     * split over the SO categories pro rata their forecast (equally when all are zero; largest remainder);
     * sboDeelnameDelta points of it are added to SBO (SBO pupils are part of BASIS, so BASIS does not change).
     */
    static Map<TelSoort, Integer> tellingen(BegrotingInvoer invoer, Scenario scenario, int jaar) {
        Map<TelSoort, Integer> tellingen = new EnumMap<>(TelSoort.class);
        for (TelSoort soort : TelSoort.values()) {
            tellingen.put(soort, prognose(invoer, jaar, soort));
        }
        BigDecimal basis = BigDecimal.valueOf(tellingen.get(TelSoort.BASIS));
        if (nul(scenario.leerlingenDeltaPct()).signum() != 0) {
            basis = basis.add(basis.multiply(scenario.leerlingenDeltaPct()).movePointLeft(2))
                    .setScale(0, RoundingMode.HALF_UP);
        }
        long soErbij = nul(scenario.soDeelnameDelta()).multiply(basis).movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        long sboErbij = nul(scenario.sboDeelnameDelta()).multiply(basis).movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        tellingen.put(TelSoort.BASIS, Math.toIntExact(basis.longValueExact() - soErbij));
        if (soErbij != 0) {
            Map<TelSoort, BigDecimal> gewichten = new LinkedHashMap<>();
            boolean allesNul = SO.stream().allMatch(s -> tellingen.get(s) == 0);
            for (TelSoort s : SO) {
                gewichten.put(s, allesNul ? BigDecimal.ONE : BigDecimal.valueOf(tellingen.get(s)));
            }
            LargestRemainder.distributeWhole(soErbij, gewichten)
                    .forEach((s, n) -> tellingen.merge(s, Math.toIntExact(n), Integer::sum));
        }
        tellingen.merge(TelSoort.SBO, Math.toIntExact(sboErbij), Integer::sum);
        return tellingen;
    }

    /**
     * The amounts of a year: per kind the year's own rows, or else the rows of the latest earlier year that has
     * that kind, indexed by {@code indexatie}% per year (compound, rounded once to the cent), keeping id and
     * version of the row they come from; each indexation is written down. INDEXATIE rows are not amounts.
     */
    static List<NormbedragWaarde> bedragen(List<NormbedragWaarde> alle, int jaar, BigDecimal indexatie,
            List<String> indexeringen, Map<UUID, String> geindexeerd) {
        Map<NormbedragSoort, TreeMap<Integer, Map<Leeftijdsklasse, NormbedragWaarde>>> perSoort =
                new EnumMap<>(NormbedragSoort.class);
        for (NormbedragWaarde n : alle) {
            if (n.soort() == NormbedragSoort.INDEXATIE || n.jaar() > jaar) {
                continue;
            }
            Map<Leeftijdsklasse, NormbedragWaarde> rij = perSoort.computeIfAbsent(n.soort(), s -> new TreeMap<>())
                    .computeIfAbsent(n.jaar(), j -> new EnumMap<>(Leeftijdsklasse.class));
            NormbedragWaarde bestaand = rij.get(n.leeftijdsklasse());
            if (bestaand == null || n.versie() > bestaand.versie()) {
                rij.put(n.leeftijdsklasse(), n);
            }
        }
        List<NormbedragWaarde> result = new ArrayList<>();
        perSoort.forEach((soort, perJaar) -> {
            Map.Entry<Integer, Map<Leeftijdsklasse, NormbedragWaarde>> laatste = perJaar.lastEntry();
            int jaren = jaar - laatste.getKey();
            for (NormbedragWaarde n : laatste.getValue().values()) {
                if (jaren == 0) {
                    result.add(n);
                    continue;
                }
                BigDecimal waarde = Cents.indexed(n.waarde(), indexatie, jaren);
                String tekst = soort + " " + n.leeftijdsklasse() + " " + jaar + ": bedrag " + laatste.getKey()
                        + " (versie " + n.versie() + ") " + Bedragtekst.euro(n.waarde()) + " geïndexeerd " + jaren
                        + " jaar à " + Bedragtekst.getal(indexatie) + "% = " + Bedragtekst.euro(waarde);
                indexeringen.add(tekst);
                geindexeerd.put(n.id(), tekst);
                result.add(new NormbedragWaarde(n.id(), jaar, soort, n.leeftijdsklasse(), waarde, n.versie()));
            }
        });
        return result;
    }

    private static int prognose(BegrotingInvoer invoer, int jaar, TelSoort soort) {
        return invoer.prognoses().stream().filter(p -> p.jaar() == jaar && p.soort() == soort)
                .map(Prognose::aantal).findFirst()
                .orElseThrow(() -> new PassendException.RuleViolation("prognose-ontbreekt", Argumenten.jaar(jaar), Argumenten.soort(soort)));
    }

    private static String tekst(BerekeningRegel r, Map<UUID, String> geindexeerd) {
        StringBuilder b = new StringBuilder(r.code()).append(": ");
        if (r.aantal() != null && r.normbedrag() != null) {
            b.append(Bedragtekst.getal(r.aantal())).append(" x ").append(Bedragtekst.euro(r.normbedrag()))
                    .append(" (teldatum ").append(r.teldatum()).append(", normbedrag ").append(r.normbedragId());
            String index = geindexeerd.get(r.normbedragId());
            if (index != null) {
                b.append(", ").append(index);
            }
            b.append(") = ");
        }
        return b.append(Bedragtekst.euro(r.bedrag())).append(" [").append(r.bron()).append("]").toString();
    }

    private static String componentTekst(ModelComponent c, BigDecimal beschikbaar, VerdeelCalculator.Grondslag g,
            String leerlingenTekst) {
        String naam = c.naam() + " (" + c.soort() + "): ";
        if (c.percentage() != null) {
            return naam + Bedragtekst.getal(c.percentage()) + "% van beschikbaar " + Bedragtekst.euro(beschikbaar);
        }
        return naam + switch (c.soort()) {
            case VASTE_VOET -> Bedragtekst.euro(c.bedrag()) + " x " + g.scholen() + " bao-scholen";
            case PER_LEERLING -> Bedragtekst.euro(c.bedrag()) + " x " + leerlingenTekst;
            case GROEIREGELING -> Bedragtekst.euro(c.bedrag()) + " x " + c.verwachtAantal() + " verwachte groeileerlingen";
            case WERKGEBIEDBUDGET, CENTRALE_POST -> "vast bedrag " + Bedragtekst.euro(c.bedrag());
        };
    }

    private static BigDecimal nul(BigDecimal waarde) {
        return waarde == null ? BigDecimal.ZERO : waarde;
    }
}
