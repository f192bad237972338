package nl.passend.finance.calc;

import java.math.BigDecimal;

import nl.passend.shared.PassendException;

/**
 * The reserve check of an SWV (Inspectie van het Onderwijs, signaleringswaarde bovenmatig eigen
 * vermogen samenwerkingsverbanden): signaleringswaarde = max(€ 250.000, 3,5% of the totale baten).
 */
public final class ReserveToets {

    public static final BigDecimal MINIMUM = new BigDecimal("250000.00");
    public static final BigDecimal PERCENTAGE = new BigDecimal("3.5");

    private ReserveToets() {
    }

    /**
     * @param eigenVermogen   the SWV's eigen vermogen (may be negative)
     * @param totaleBaten     the totale baten of the year (>= 0)
     * @param eigenOndergrens the SWV's own floor (null = none)
     */
    public static ReserveOordeel toets(BigDecimal eigenVermogen, BigDecimal totaleBaten, BigDecimal eigenOndergrens) {
        if (totaleBaten.signum() < 0) {
            throw new PassendException.RuleViolation("reservetoets-baten-negatief");
        }
        BigDecimal exact = totaleBaten.multiply(PERCENTAGE).movePointLeft(2);
        boolean minimumToegepast = exact.compareTo(MINIMUM) < 0;
        BigDecimal percentageWaarde = Cents.of(exact);
        BigDecimal signaleringswaarde = minimumToegepast ? MINIMUM : percentageWaarde;
        BigDecimal ev = Cents.of(eigenVermogen);
        boolean bovenmatig = ev.compareTo(signaleringswaarde) > 0;
        boolean onderOndergrens = eigenOndergrens != null && ev.compareTo(eigenOndergrens) < 0;
        return new ReserveOordeel(signaleringswaarde, percentageWaarde, minimumToegepast, bovenmatig, onderOndergrens,
                ev.subtract(signaleringswaarde));
    }
}
