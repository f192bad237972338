package nl.passend.arrangement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.passend.finance.Begrotingspost;

/**
 * One line of a monthly settlement: an arrangement's part of the month and, when earlier settled
 * months differ from what the arrangement's current terms give for them (an extension, a changed
 * bedrag, an arrangement granted with a start in the past), the difference as a correctie.
 *
 * @param maanddeel the month's part of the bedrag under the current terms
 * @param correctie what the settled earlier months lack (positive) or hold too much (negative)
 * @param bedrag    maanddeel + correctie: what the bestuur is charged for this arrangement this month
 */
public record VerrekeningRegel(UUID arrangementId, String beschikkingsnummer, String soort, String aanbieder,
                               UUID schoolId, String schoolNaam, LocalDate start, LocalDate eind,
                               BigDecimal arrangementBedrag, Begrotingspost post, BigDecimal maanddeel,
                               BigDecimal correctie, BigDecimal bedrag) {
}
