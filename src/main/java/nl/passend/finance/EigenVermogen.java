package nl.passend.finance;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The eigen vermogen (reserve) of the SWV at the end of a year, with the SWV's own floor (the minimum
 * it keeps for its risks) and, when the reserve is bovenmatig (above the Inspectie's
 * signaleringswaarde), the bestedingsplan that says how the excess will be spent.
 */
public record EigenVermogen(UUID id, int jaar, BigDecimal bedrag, BigDecimal eigenOndergrens, String bestedingsplan,
                            int version) {
}
