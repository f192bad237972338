package nl.passend.arrangement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Factuur: a provider's invoice for an arrangement, registered against the beschikkingsnummer it
 * names, with the signals of {@link FactuurControle} as they stand now (the arrangement may have been
 * extended since). No pupil data.
 *
 * @param arrangementId the arrangement with the beschikkingsnummer, or null when the number is unknown
 */
public record Factuur(UUID id, String beschikkingsnummer, UUID arrangementId, String aanbieder, String factuurnummer,
                      LocalDate factuurdatum, LocalDate periodeVan, LocalDate periodeTot, BigDecimal bedrag,
                      String omschrijving, Instant geregistreerdOp, Set<FactuurSignaal> signalen) {

    public Factuur {
        signalen = Set.copyOf(signalen);
    }
}
