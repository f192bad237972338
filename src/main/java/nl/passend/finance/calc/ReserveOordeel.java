package nl.passend.finance.calc;

import java.math.BigDecimal;

/**
 * The reserve check: {@code signaleringswaarde} = max(250 000, {@code percentageWaarde}) where
 * percentageWaarde = 3.5% of the totale baten (rounded to the cent); {@code minimumToegepast} when the
 * minimum applies; {@code bovenmatig} when eigen vermogen exceeds the signaleringswaarde;
 * {@code onderOndergrens} when it is below the SWV's own floor; {@code verschil} = eigen vermogen -
 * signaleringswaarde (positive = above).
 */
public record ReserveOordeel(BigDecimal signaleringswaarde, BigDecimal percentageWaarde, boolean minimumToegepast,
        boolean bovenmatig, boolean onderOndergrens, BigDecimal verschil) {
}
