package nl.passend.arrangement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.passend.finance.Begrotingspost;

/**
 * What the monthly settlement needs of one granted arrangement: its beschikkingsnummer, kind,
 * provider, school, period, bedrag and the begrotingspost it is charged to (WERKGEBIEDEN for a
 * werkgebied budget, the central post otherwise). No pupil data.
 *
 * @param soort        the name of the {@code ArrangementSoort}
 * @param eind         the end of the period as it is now (after any extension; a closing does not move it)
 * @param afgeslotenOp the closing date when an evaluation closed the arrangement, otherwise null
 */
public record VerrekeningKosten(UUID arrangementId, String beschikkingsnummer, String soort, String aanbieder,
                                UUID schoolId, String schoolNaam, LocalDate start, LocalDate eind, BigDecimal bedrag,
                                Begrotingspost post, LocalDate afgeslotenOp) {

    /** An arrangement that was not closed. */
    public VerrekeningKosten(UUID arrangementId, String beschikkingsnummer, String soort, String aanbieder,
                             UUID schoolId, String schoolNaam, LocalDate start, LocalDate eind, BigDecimal bedrag,
                             Begrotingspost post) {
        this(arrangementId, beschikkingsnummer, soort, aanbieder, schoolId, schoolNaam, start, eind, bedrag, post,
                null);
    }
}
