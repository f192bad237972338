package nl.passend.arrangement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.passend.finance.Begrotingspost;
import nl.passend.shared.ClockConfiguration;

/**
 * Verrekening: the arrangement costs of one schoolbestuur's schools in one month, a line per
 * arrangement (see {@link VerrekeningBerekening}). Vastgesteld: read back from the rows written when
 * the month was vastgesteld and booked, so the same bestuur and month always give the same statement;
 * voorlopig: computed now from the arrangements' current terms, and may still change.
 *
 * @param stand         the moment the statement was read as of (the vastgestelde version is shown when
 *                      it was vastgesteld at or before this moment)
 * @param vastgesteldOp when the month was vastgesteld, null when voorlopig
 * @param perPost       the sum per begrotingspost (WERKGEBIEDEN or a central post), in post order
 */
public record Verrekening(UUID bestuurId, String bestuurNaam, String bevoegdGezagNummer, YearMonth maand,
                          Instant stand, boolean vastgesteld, Instant vastgesteldOp, List<VerrekeningRegel> regels,
                          Map<Begrotingspost, BigDecimal> perPost, BigDecimal totaal) {

    public Verrekening {
        regels = List.copyOf(regels);
    }

    /** The stand in Dutch local time, as printed on the statement. */
    public LocalDateTime standLokaal() {
        return LocalDateTime.ofInstant(stand, ClockConfiguration.ZONE);
    }

    /** When vastgesteld, in Dutch local time; null when voorlopig. */
    public LocalDateTime vastgesteldOpLokaal() {
        return vastgesteldOp == null ? null : LocalDateTime.ofInstant(vastgesteldOp, ClockConfiguration.ZONE);
    }
}
