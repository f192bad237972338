package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.util.UUID;

import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.NormbedragSoort;

/**
 * One version of a funding amount (normbedrag) of a calendar year: euros per pupil (or, for
 * INDEXATIE, a percentage). {@code id} and {@code versie} are recorded in every derivation.
 */
public record NormbedragWaarde(UUID id, int jaar, NormbedragSoort soort, Leeftijdsklasse leeftijdsklasse,
        BigDecimal waarde, int versie) {
}
