package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.util.List;

import nl.passend.finance.Begrotingspost;

/**
 * Budget vs actual of one post (null for the totals of baten or lasten) for a year: the yearly budget,
 * 12 months, 3 trimesters (T1 Jan-Apr, T2 May-Aug, T3 Sep-Dec), actual and budget up to and including
 * the peilmaand, the forecast (= actual to date + budget of the remaining months) and
 * {@code prognoseVerschil} = prognose - begroting.
 */
public record PostVergelijking(Begrotingspost post, BigDecimal begroting, List<Periodevergelijking> maanden,
        List<Periodevergelijking> trimesters, BigDecimal realisatieTotDatum, BigDecimal begrotingTotDatum,
        BigDecimal prognose, BigDecimal prognoseVerschil) {

    public PostVergelijking {
        maanden = List.copyOf(maanden);
        trimesters = List.copyOf(trimesters);
    }

    public Periodevergelijking maand(int maand) {
        return maanden.get(maand - 1);
    }

    public Periodevergelijking trimester(int trimester) {
        return trimesters.get(trimester - 1);
    }
}
