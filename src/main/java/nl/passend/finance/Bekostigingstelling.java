package nl.passend.finance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Bekostigingstelling: a count of the SWV as a whole on a teldatum that its funding rests on. BASIS =
 * pupils in bao and sbo (the per-pupil budgets); SBO and SO per category = this SWV's pupils in S(B)O
 * (the verrekening, WPO art. 121-125). Counts only, no pupil data.
 */
public record Bekostigingstelling(UUID id, LocalDate teldatum, TelSoort soort, Leeftijdsklasse leeftijdsklasse,
                                  int aantal, BekostigingstellingBron bron, String toelichting, int version) {
}
