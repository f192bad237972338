package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A part of a component for one receiver. {@code ontvangerId} is the bestuur or werkgebied id (null
 * for FRICTIERESERVE and CENTRAAL); {@code grondslag} is what the part was computed from: the number
 * of schools (VASTE_VOET), pupils (PER_LEERLING, WERKGEBIED), the frictie percentage (FRICTIERESERVE),
 * the percentage or expected growth count (CENTRAAL), or null.
 */
public record Toedeling(OntvangerSoort soort, UUID ontvangerId, BigDecimal bedrag, BigDecimal grondslag) {
}
