package nl.passend.finance;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of one year for the finance charts. Each side is taken from the best source that has
 * figures on that side — imported history, the realisation (the forecast while the year runs) or the
 * vastgestelde begroting — so a history of only lasten does not make the baten 0.
 *
 * @param batenBron     where the baten come from; null when no source has baten for the year
 * @param lastenBron    where the lasten come from; null when no source has lasten for the year
 * @param bedragen      per post, the baten posts from {@code batenBron} and the lasten posts from {@code lastenBron}
 * @param baten         the total baten; null (not drawn, an empty cell) when there is no source for them
 * @param lasten        the total lasten; null when there is no source for them
 * @param resultaat     baten - lasten; null unless both are known
 * @param eigenVermogen the recorded eigen vermogen at the end of the year; null when not recorded
 */
public record GrafiekJaar(int jaar, Bron batenBron, Bron lastenBron, Map<Begrotingspost, BigDecimal> bedragen,
                          BigDecimal baten, BigDecimal lasten, BigDecimal resultaat, BigDecimal eigenVermogen) {

    /** Where a year's figures come from, in order of preference. */
    public enum Bron {
        HISTORIE,
        REALISATIE,
        BEGROTING
    }

    public GrafiekJaar {
        bedragen = Map.copyOf(bedragen);
    }

    public BigDecimal bedrag(Begrotingspost post) {
        return bedragen.get(post);
    }
}
