package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.passend.finance.Begrotingspost;
import nl.passend.shared.PassendException;

/**
 * Budget vs actual per month and trimester, with the forecast for the year. Pure. The monthly budget of a
 * post is its yearly budget split over twelve months with {@link LargestRemainder#monthly}; a trimester is
 * the sum of its four months (T1 = Jan-Apr, T2 = May-Aug, T3 = Sep-Dec); the forecast is the actual amount
 * up to and including the peilmaand plus the budget of the remaining months.
 */
public final class Realisatievergelijking {

    private Realisatievergelijking() {
    }

    /** The trimester (1-3) of a month (1-12): T1 = Jan-Apr, T2 = May-Aug, T3 = Sep-Dec. */
    public static int trimester(int maand) {
        if (maand < 1 || maand > 12) {
            throw new PassendException.RuleViolation("maand-ongeldig", maand);
        }
        return (maand - 1) / 4 + 1;
    }

    /**
     * @param begroting  the yearly budget per post (missing post = 0)
     * @param realisatie the actual amounts per month and post (several per month and post are summed)
     * @param peilmaand  the last month realised (0-12)
     */
    public static RealisatieOverzicht vergelijk(int jaar, Map<Begrotingspost, BigDecimal> begroting,
            Collection<Realisatiebedrag> realisatie, int peilmaand) {
        if (peilmaand < 0 || peilmaand > 12) {
            throw new PassendException.RuleViolation("maand-ongeldig", peilmaand);
        }
        Map<Begrotingspost, BigDecimal[]> werkelijk = new EnumMap<>(Begrotingspost.class);
        for (Begrotingspost post : Begrotingspost.values()) {
            BigDecimal[] maanden = new BigDecimal[12];
            Arrays.fill(maanden, Cents.zero());
            werkelijk.put(post, maanden);
        }
        for (Realisatiebedrag r : realisatie) {
            trimester(r.maand());
            BigDecimal[] maanden = werkelijk.get(r.post());
            maanden[r.maand() - 1] = maanden[r.maand() - 1].add(Cents.of(r.bedrag()));
        }
        List<PostVergelijking> posten = new ArrayList<>();
        List<PostVergelijking> baten = new ArrayList<>();
        List<PostVergelijking> lasten = new ArrayList<>();
        for (Begrotingspost post : Begrotingspost.values()) {
            BigDecimal jaarbedrag = Cents.of(begroting.getOrDefault(post, Cents.zero()));
            PostVergelijking v = vergelijking(post, LargestRemainder.monthly(jaarbedrag),
                    List.of(werkelijk.get(post)), peilmaand);
            posten.add(v);
            (post.isBaten() ? baten : lasten).add(v);
        }
        PostVergelijking batenTotaal = totaal(baten, peilmaand);
        PostVergelijking lastenTotaal = totaal(lasten, peilmaand);
        return new RealisatieOverzicht(jaar, peilmaand, posten, batenTotaal, lastenTotaal,
                batenTotaal.begroting().subtract(lastenTotaal.begroting()),
                batenTotaal.prognose().subtract(lastenTotaal.prognose()));
    }

    private static PostVergelijking vergelijking(Begrotingspost post, List<BigDecimal> begroot,
            List<BigDecimal> werkelijk, int peilmaand) {
        List<Periodevergelijking> maanden = new ArrayList<>();
        BigDecimal begroting = Cents.zero();
        BigDecimal realisatieTotDatum = Cents.zero();
        BigDecimal begrotingTotDatum = Cents.zero();
        BigDecimal prognose = Cents.zero();
        for (int m = 1; m <= 12; m++) {
            BigDecimal b = begroot.get(m - 1);
            BigDecimal w = werkelijk.get(m - 1);
            boolean afgesloten = m <= peilmaand;
            maanden.add(new Periodevergelijking(m, b, w, w.subtract(b), afgesloten));
            begroting = begroting.add(b);
            if (afgesloten) {
                realisatieTotDatum = realisatieTotDatum.add(w);
                begrotingTotDatum = begrotingTotDatum.add(b);
                prognose = prognose.add(w);
            } else {
                prognose = prognose.add(b);
            }
        }
        List<Periodevergelijking> trimesters = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            BigDecimal b = Cents.zero();
            BigDecimal w = Cents.zero();
            for (int m = (t - 1) * 4 + 1; m <= t * 4; m++) {
                b = b.add(begroot.get(m - 1));
                w = w.add(werkelijk.get(m - 1));
            }
            trimesters.add(new Periodevergelijking(t, b, w, w.subtract(b), t * 4 <= peilmaand));
        }
        return new PostVergelijking(post, begroting, maanden, trimesters, realisatieTotDatum, begrotingTotDatum,
                prognose, prognose.subtract(begroting));
    }

    private static PostVergelijking totaal(List<PostVergelijking> posten, int peilmaand) {
        List<BigDecimal> begroot = new ArrayList<>();
        List<BigDecimal> werkelijk = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            int maand = m;
            begroot.add(Cents.sum(posten.stream().map(p -> p.maand(maand).begroting()).toList()));
            werkelijk.add(Cents.sum(posten.stream().map(p -> p.maand(maand).realisatie()).toList()));
        }
        return vergelijking(null, begroot, werkelijk, peilmaand);
    }
}
