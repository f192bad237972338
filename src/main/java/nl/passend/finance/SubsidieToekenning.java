package nl.passend.finance;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A geoormerkte subsidie: an earmarked grant of a year (from a gemeente or the Rijk) with its own
 * accountability (verantwoording). Part of the baten of that year (post SUBSIDIE).
 */
public record SubsidieToekenning(UUID id, int jaar, String verstrekker, String omschrijving, BigDecimal bedrag,
                                 String verantwoording, int version) {
}
