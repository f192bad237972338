package nl.passend.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Normbedrag: one version of a funding amount per pupil (or, for {@link NormbedragSoort#INDEXATIE}, a
 * percentage) of a calendar year, with its legal source: the regeling, where it was published
 * (Staatscourant number, BWB id and article) and its date. A correction is a new version; the old
 * one stays, marked as replaced ({@code vervangenDoor}), so a computation can always name the version
 * it used. Source: Regeling bekostiging WPO en WEC of the year (Besluit bekostiging WPO 2022).
 */
public record Normbedrag(UUID id, int jaar, NormbedragSoort soort, Leeftijdsklasse leeftijdsklasse, BigDecimal waarde,
                         NormbedragStatus status, String bronRegeling, String bronVindplaats, LocalDate bronDatum,
                         String toelichting, int versie, UUID vervangenDoor, Instant vervangenOp, Instant createdAt) {

    /** Whether this is the version in force (not replaced by a correction). */
    public boolean isGeldig() {
        return vervangenDoor == null;
    }
}
