package nl.passend.finance.calc;

import nl.passend.finance.TelSoort;

/**
 * A forecast count for a year of the begroting: the pupils of a kind on the teldatum that funds
 * {@code jaar} (begroting_prognose). No age bands.
 */
public record Prognose(int jaar, TelSoort soort, int aantal) {
}
