package nl.passend.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A realisatieboeking: an actual amount on a {@link Begrotingspost} in one month. Bookings are
 * append-only; a correction is a booking with the opposite sign, so every past month (and every
 * betaaloverzicht of a month) can be reproduced. A booking with a bestuur is a payment to that
 * schoolbestuur of the given {@link Betaalsoort}.
 *
 * @param bron          where the booking came from: entered by hand, generated from the verdeelmodel in force
 *                      (payments to boards) or from the verrekening of the S(B)O pupils (WPO art. 121-125)
 * @param corrigeertId  the booking this one corrects (a tegenboeking), or null
 * @param gecorrigeerd  whether a tegenboeking of this booking exists (now)
 */
public record RealisatieBoeking(UUID id, int jaar, int maand, Begrotingspost post, BigDecimal bedrag, UUID bestuurId,
                                Betaalsoort betaalsoort, String omschrijving, Bron bron, Instant geboektOp,
                                UUID corrigeertId, boolean gecorrigeerd) {

    /** Only an ordinary booking that was not corrected yet can be corrected (once). */
    public boolean corrigeerbaar() {
        return corrigeertId == null && !gecorrigeerd;
    }

    /** What a payment to a schoolbestuur is for (the lines of its betaaloverzicht). */
    public enum Betaalsoort {
        /** Basis- en lichte ondersteuning: the monthly parts of the verdeelmodel (vaste voet, per leerling). */
        BASIS_LICHT,
        /** Arrangements for pupils of the bestuur's schools (entered by hand until the arrangement module books them). */
        ARRANGEMENT,
        /** Anything else paid to the bestuur. */
        OVERIG
    }

    /** Where a booking came from. */
    public enum Bron {
        HANDMATIG,
        VERDEELMODEL,
        VERREKENING,
        ARRANGEMENT
    }
}
