package nl.passend.finance.calc;

import java.time.LocalDate;

import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.TelSoort;

/** A bekostigingstelling: how many pupils of a kind (and age band) the SWV had on a teldatum. */
public record Telling(LocalDate teldatum, TelSoort soort, Leeftijdsklasse leeftijdsklasse, int aantal) {
}
