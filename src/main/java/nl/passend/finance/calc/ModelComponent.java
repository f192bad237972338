package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.util.UUID;

import nl.passend.finance.Begrotingspost;

/**
 * A component of a verdeelmodel. Exactly one of {@code bedrag} (euros; per school for VASTE_VOET, per
 * pupil for PER_LEERLING and GROEIREGELING, a total otherwise) and {@code percentage} (of the available
 * amount, 0 < p <= 100) is set. {@code frictiePercentage} only for WERKGEBIEDBUDGET,
 * {@code verwachtAantal} for GROEIREGELING.
 */
public record ModelComponent(UUID id, int volgorde, ComponentSoort soort, String naam, Begrotingspost post,
        BigDecimal bedrag, BigDecimal percentage, BigDecimal frictiePercentage, Integer verwachtAantal,
        boolean maandelijks) {
}
