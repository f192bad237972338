package nl.passend.finance;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of one year for the finance charts: per post, from the best source of that year —
 * imported history, the realisation (the forecast while the year runs) or the vastgestelde begroting.
 *
 * @param eigenVermogen the recorded eigen vermogen at the end of the year; null when not recorded
 */
public record GrafiekJaar(int jaar, Bron bron, Map<Begrotingspost, BigDecimal> bedragen, BigDecimal baten,
                          BigDecimal lasten, BigDecimal resultaat, BigDecimal eigenVermogen) {

    /** Where a year's figures come from. */
    public enum Bron {
        HISTORIE,
        REALISATIE,
        BEGROTING
    }

    public BigDecimal bedrag(Begrotingspost post) {
        return bedragen.get(post);
    }
}
