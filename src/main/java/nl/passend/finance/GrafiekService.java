package nl.passend.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import nl.passend.finance.calc.Cents;
import nl.passend.finance.calc.PostVergelijking;
import nl.passend.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures over the years (history, realisation, begroting) and the three charts of the finance
 * overview: baten and lasten per year, lasten per category per year (stacked) and baten - lasten with
 * the reserve (eigen vermogen). Charts are geometry for server-side SVG; every chart is shown with a
 * table of the same figures.
 */
@Service
@Transactional(readOnly = true)
public class GrafiekService {

    static final Map<Begrotingspost, String> KLEUREN = kleuren();
    static final String KLEUR_BATEN = "#154273";
    static final String KLEUR_LASTEN = "#d4572a";
    static final String KLEUR_RESULTAAT = "#5a8f29";
    static final String KLEUR_RESERVE = "#1a1a1a";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final HistorieService historie;
    private final RealisatieService realisatie;
    private final EigenVermogenService eigenVermogen;
    private final RealisatieBronnen bronnen;

    GrafiekService(JdbcClient jdbc, Clock clock, HistorieService historie, RealisatieService realisatie,
                   EigenVermogenService eigenVermogen, RealisatieBronnen bronnen) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.historie = historie;
        this.realisatie = realisatie;
        this.eigenVermogen = eigenVermogen;
        this.bronnen = bronnen;
    }

    /**
     * Every year with figures, oldest first. Per year and per side (baten, lasten) the first source that
     * has figures on that side: imported history (the audited annual accounts), then the realisation
     * when that side has bookings, then the vastgestelde begroting (up to next year). A side no source
     * has is left out (null), never 0.
     */
    public List<GrafiekJaar> jaren(CurrentUser user) {
        HistorieService.requireReports(user);
        Map<Integer, Map<Begrotingspost, BigDecimal>> h = historie.historie(user);
        TreeSet<Integer> geboekt = new TreeSet<>(jdbc.sql(
                        "SELECT DISTINCT jaar FROM realisatie_boeking WHERE swv_id = ?")
                .param(user.requireTenant()).query(Integer.class).list());
        Map<Integer, BigDecimal> ev = new java.util.HashMap<>();
        eigenVermogen.list(user).forEach(e -> ev.put(e.jaar(), e.bedrag()));
        int huidig = LocalDate.now(clock).getYear();
        TreeSet<Integer> alle = new TreeSet<>(h.keySet());
        alle.addAll(geboekt);
        alle.addAll(ev.keySet());
        int van = alle.isEmpty() ? huidig : Math.min(alle.first(), huidig);
        List<GrafiekJaar> result = new ArrayList<>();
        for (int jaar = van; jaar <= huidig + 1; jaar++) {
            Map<GrafiekJaar.Bron, Map<Begrotingspost, BigDecimal>> perBron = new EnumMap<>(GrafiekJaar.Bron.class);
            if (h.containsKey(jaar)) {
                perBron.put(GrafiekJaar.Bron.HISTORIE, h.get(jaar));
            }
            boolean batenGevonden = perBron.values().stream().anyMatch(m -> Begrotingspost.heeftPosten(m, true));
            boolean lastenGevonden = perBron.values().stream().anyMatch(m -> Begrotingspost.heeftPosten(m, false));
            if (geboekt.contains(jaar) && !(batenGevonden && lastenGevonden)) {
                perBron.put(GrafiekJaar.Bron.REALISATIE, geboektePosten(realisatie.vergelijking(user, jaar)));
                batenGevonden |= Begrotingspost.heeftPosten(perBron.get(GrafiekJaar.Bron.REALISATIE), true);
                lastenGevonden |= Begrotingspost.heeftPosten(perBron.get(GrafiekJaar.Bron.REALISATIE), false);
            }
            if (!(batenGevonden && lastenGevonden)) {
                bronnen.begroting(user, jaar).ifPresent(b -> perBron.put(GrafiekJaar.Bron.BEGROTING, b));
            }
            GrafiekJaar j = jaar(jaar, perBron, ev.get(jaar));
            if (j.batenBron() != null || j.lastenBron() != null || j.eigenVermogen() != null) {
                result.add(j);
            }
        }
        return result;
    }

    /**
     * The figures of one year: each side from the first source (in {@link GrafiekJaar.Bron} order) with a
     * figure on a post of that side; a side without a source is null, and so is the resultaat then.
     *
     * @param bronnen per source the posts it has figures for (a begroting has every post)
     */
    public static GrafiekJaar jaar(int jaar, Map<GrafiekJaar.Bron, Map<Begrotingspost, BigDecimal>> bronnen,
                                   BigDecimal eigenVermogen) {
        Map<Begrotingspost, BigDecimal> bedragen = new EnumMap<>(Begrotingspost.class);
        GrafiekJaar.Bron[] gekozen = new GrafiekJaar.Bron[2];
        BigDecimal[] totalen = new BigDecimal[2];
        for (boolean baten : new boolean[] {true, false}) {
            int i = baten ? 0 : 1;
            for (GrafiekJaar.Bron bron : GrafiekJaar.Bron.values()) {
                Map<Begrotingspost, BigDecimal> m = bronnen.get(bron);
                if (m != null && Begrotingspost.heeftPosten(m, baten)) {
                    gekozen[i] = bron;
                    totalen[i] = Begrotingspost.som(m, baten);
                    m.forEach((post, bedrag) -> {
                        if (post.isBaten() == baten) {
                            bedragen.put(post, bedrag);
                        }
                    });
                    break;
                }
            }
        }
        BigDecimal resultaat = totalen[0] == null || totalen[1] == null ? null : totalen[0].subtract(totalen[1]);
        return new GrafiekJaar(jaar, gekozen[0], gekozen[1], bedragen, totalen[0], totalen[1], resultaat, eigenVermogen);
    }

    /** The forecast per post of the sides (baten, lasten) that have bookings in the year; posts forecast at 0 left out. */
    private static Map<Begrotingspost, BigDecimal> geboektePosten(RealisatieService.Realisatie r) {
        Map<Begrotingspost, BigDecimal> result = new EnumMap<>(Begrotingspost.class);
        for (boolean baten : new boolean[] {true, false}) {
            boolean geboekt = r.overzicht().posten().stream()
                    .anyMatch(p -> p.post().isBaten() == baten && p.realisatieTotDatum().signum() != 0);
            if (!geboekt) {
                continue;
            }
            for (PostVergelijking p : r.overzicht().posten()) {
                if (p.post().isBaten() == baten && p.prognose().signum() != 0) {
                    result.put(p.post(), p.prognose());
                }
            }
        }
        return result;
    }

    /** Baten and lasten per year, side by side. */
    public static Grafiek batenLasten(List<GrafiekJaar> jaren) {
        Schaal s = Schaal.van(waarden(jaren, GrafiekJaar::baten, GrafiekJaar::lasten));
        List<Grafiek.Staaf> staven = new ArrayList<>();
        List<Grafiek.XLabel> labels = new ArrayList<>();
        double slot = slot(jaren.size());
        for (int i = 0; i < jaren.size(); i++) {
            GrafiekJaar j = jaren.get(i);
            int x = (int) Math.round(Grafiek.LINKS + i * slot + slot * 0.15);
            int w = (int) Math.round(slot * 0.35);
            if (j.baten() != null) {
                staven.add(staaf(s, x, w, Cents.zero(), j.baten(), KLEUR_BATEN, "finance.grafiek.baten", j.jaar(),
                        j.baten()));
            }
            if (j.lasten() != null) {
                staven.add(staaf(s, x + w, w, Cents.zero(), j.lasten(), KLEUR_LASTEN, "finance.grafiek.lasten", j.jaar(),
                        j.lasten()));
            }
            labels.add(new Grafiek.XLabel((int) Math.round(Grafiek.LINKS + i * slot + slot / 2), j.jaar()));
        }
        return new Grafiek("grafiek-baten-lasten", s.ticks(), staven, labels,
                List.of(new Grafiek.Reeks(KLEUR_BATEN, "finance.grafiek.baten", false),
                        new Grafiek.Reeks(KLEUR_LASTEN, "finance.grafiek.lasten", false)), List.of(), s.y(BigDecimal.ZERO));
    }

    /** Lasten per category per year, stacked in the order of the posts. */
    public static Grafiek lastenPerCategorie(List<GrafiekJaar> jaren) {
        List<BigDecimal> totalen = new ArrayList<>();
        for (GrafiekJaar j : jaren) {
            BigDecimal pos = BigDecimal.ZERO;
            BigDecimal neg = BigDecimal.ZERO;
            for (Begrotingspost p : Begrotingspost.lasten()) {
                BigDecimal v = j.bedragen().getOrDefault(p, BigDecimal.ZERO);
                if (v.signum() > 0) {
                    pos = pos.add(v);
                } else {
                    neg = neg.add(v);
                }
            }
            totalen.add(pos);
            totalen.add(neg);
        }
        Schaal s = Schaal.van(totalen);
        List<Grafiek.Staaf> staven = new ArrayList<>();
        List<Grafiek.XLabel> labels = new ArrayList<>();
        double slot = slot(jaren.size());
        for (int i = 0; i < jaren.size(); i++) {
            GrafiekJaar j = jaren.get(i);
            int x = (int) Math.round(Grafiek.LINKS + i * slot + slot * 0.2);
            int w = (int) Math.round(slot * 0.6);
            BigDecimal pos = BigDecimal.ZERO;
            BigDecimal neg = BigDecimal.ZERO;
            for (Begrotingspost p : Begrotingspost.lasten()) {
                BigDecimal v = j.bedragen().get(p);
                if (v == null || v.signum() == 0) {
                    continue;
                }
                if (v.signum() > 0) {
                    staven.add(staaf(s, x, w, pos, pos.add(v), KLEUREN.get(p), "finance.post." + p, j.jaar(), v));
                    pos = pos.add(v);
                } else {
                    staven.add(staaf(s, x, w, neg, neg.add(v), KLEUREN.get(p), "finance.post." + p, j.jaar(), v));
                    neg = neg.add(v);
                }
            }
            labels.add(new Grafiek.XLabel((int) Math.round(Grafiek.LINKS + i * slot + slot / 2), j.jaar()));
        }
        List<Grafiek.Reeks> reeksen = Begrotingspost.lasten().stream()
                .filter(p -> jaren.stream().anyMatch(j -> j.bedragen().containsKey(p)))
                .map(p -> new Grafiek.Reeks(KLEUREN.get(p), "finance.post." + p, false)).toList();
        return new Grafiek("grafiek-lasten-categorie", s.ticks(), staven, labels, reeksen, List.of(), s.y(BigDecimal.ZERO));
    }

    /** Baten - lasten per year as bars, the eigen vermogen at the end of each year as a line. */
    public static Grafiek resultaatReserve(List<GrafiekJaar> jaren) {
        List<BigDecimal> waarden = new ArrayList<>();
        for (GrafiekJaar j : jaren) {
            if (j.resultaat() != null) {
                waarden.add(j.resultaat());
            }
            if (j.eigenVermogen() != null) {
                waarden.add(j.eigenVermogen());
            }
        }
        Schaal s = Schaal.van(waarden);
        List<Grafiek.Staaf> staven = new ArrayList<>();
        List<Grafiek.XLabel> labels = new ArrayList<>();
        List<Grafiek.Punt> lijn = new ArrayList<>();
        double slot = slot(jaren.size());
        for (int i = 0; i < jaren.size(); i++) {
            GrafiekJaar j = jaren.get(i);
            int midden = (int) Math.round(Grafiek.LINKS + i * slot + slot / 2);
            int w = (int) Math.round(slot * 0.5);
            if (j.resultaat() != null) {
                staven.add(staaf(s, midden - w / 2, w, Cents.zero(), j.resultaat(), KLEUR_RESULTAAT,
                        "finance.grafiek.resultaat", j.jaar(), j.resultaat()));
            }
            if (j.eigenVermogen() != null) {
                lijn.add(new Grafiek.Punt(midden, s.y(j.eigenVermogen()), j.jaar(), j.eigenVermogen()));
            }
            labels.add(new Grafiek.XLabel(midden, j.jaar()));
        }
        return new Grafiek("grafiek-resultaat-reserve", s.ticks(), staven, labels,
                List.of(new Grafiek.Reeks(KLEUR_RESULTAAT, "finance.grafiek.resultaat", false),
                        new Grafiek.Reeks(KLEUR_RESERVE, "finance.grafiek.reserve", true)), lijn, s.y(BigDecimal.ZERO));
    }

    private static double slot(int n) {
        return (double) (Grafiek.BREEDTE - Grafiek.LINKS - Grafiek.RECHTS) / Math.max(1, n);
    }

    private static Grafiek.Staaf staaf(Schaal s, int x, int w, BigDecimal van, BigDecimal tot, String kleur, String key,
                                       int jaar, BigDecimal waarde) {
        int y1 = s.y(van);
        int y2 = s.y(tot);
        return new Grafiek.Staaf(x, Math.min(y1, y2), w, Math.abs(y1 - y2), kleur, key, jaar, waarde);
    }

    @SafeVarargs
    private static List<BigDecimal> waarden(List<GrafiekJaar> jaren, Function<GrafiekJaar, BigDecimal>... velden) {
        List<BigDecimal> result = new ArrayList<>();
        for (GrafiekJaar j : jaren) {
            for (Function<GrafiekJaar, BigDecimal> veld : velden) {
                if (veld.apply(j) != null) {
                    result.add(veld.apply(j));
                }
            }
        }
        return result;
    }

    /** The value axis: from a round minimum (at most 0) to a round maximum (at least 0) in 2-6 steps. */
    record Schaal(BigDecimal min, BigDecimal max, BigDecimal stap) {

        static Schaal van(List<BigDecimal> waarden) {
            BigDecimal min = BigDecimal.ZERO;
            BigDecimal max = BigDecimal.ZERO;
            for (BigDecimal w : waarden) {
                min = min.min(w);
                max = max.max(w);
            }
            if (min.signum() == 0 && max.signum() == 0) {
                max = new BigDecimal(1000);
            }
            BigDecimal bereik = max.subtract(min);
            BigDecimal stap = mooieStap(bereik.divide(BigDecimal.valueOf(5), 10, RoundingMode.HALF_UP));
            BigDecimal lo = min.divide(stap, 0, RoundingMode.FLOOR).multiply(stap);
            BigDecimal hi = max.divide(stap, 0, RoundingMode.CEILING).multiply(stap);
            return new Schaal(lo, hi, stap);
        }

        private static BigDecimal mooieStap(BigDecimal ruw) {
            BigDecimal macht = BigDecimal.ONE;
            while (macht.multiply(BigDecimal.TEN).compareTo(ruw) <= 0) {
                macht = macht.multiply(BigDecimal.TEN);
            }
            for (String f : List.of("1", "2", "2.5", "5", "10")) {
                BigDecimal stap = macht.multiply(new BigDecimal(f));
                if (stap.compareTo(ruw) >= 0) {
                    return stap.stripTrailingZeros();
                }
            }
            return macht.multiply(BigDecimal.TEN);
        }

        int y(BigDecimal waarde) {
            double hoogte = Grafiek.HOOGTE - Grafiek.BOVEN - Grafiek.ONDER;
            double f = waarde.subtract(min).doubleValue() / max.subtract(min).doubleValue();
            return (int) Math.round(Grafiek.HOOGTE - Grafiek.ONDER - f * hoogte);
        }

        List<Grafiek.Tick> ticks() {
            List<Grafiek.Tick> ticks = new ArrayList<>();
            for (BigDecimal v = min; v.compareTo(max) <= 0; v = v.add(stap)) {
                ticks.add(new Grafiek.Tick(y(v), v));
            }
            return ticks;
        }
    }

    private static Map<Begrotingspost, String> kleuren() {
        Map<Begrotingspost, String> k = new EnumMap<>(Begrotingspost.class);
        k.put(Begrotingspost.REGULIER, "#154273");
        k.put(Begrotingspost.SBO, "#d4572a");
        k.put(Begrotingspost.SO, "#8c8c8c");
        k.put(Begrotingspost.WERKGEBIEDEN, "#e0a800");
        k.put(Begrotingspost.OZA, "#4a90c8");
        k.put(Begrotingspost.MANAGEMENT_ORGANISATIE, "#5a8f29");
        k.put(Begrotingspost.UITVOERINGSORGANISATIE, "#1f3d66");
        k.put(Begrotingspost.OVERIGE_LASTEN, "#8b4f8b");
        return Map.copyOf(k);
    }
}
