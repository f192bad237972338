package nl.passend.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.passend.finance.RealisatieBoeking.Betaalsoort;
import nl.passend.finance.RealisatieBoeking.Bron;

/**
 * Betaaloverzicht: what one schoolbestuur receives from the SWV in one month — basis- en lichte
 * ondersteuning (the monthly parts of the verdeelmodel in force, as booked by ‘boek maand’),
 * arrangements and other payments — as the bookings with that bestuur stood at {@code stand}.
 * Bookings are append-only and carry their booking time, so the same bestuur, month and stand always
 * give the same statement; a later correction shows up, as its own line, only in a statement with a
 * later stand.
 *
 * @param maandGeboekt whether ‘boek maand’ had run for this month at {@code stand}; when not, the
 *                     basis- en lichte ondersteuning of the month is not in the statement yet
 * @param subtotalen   the sum per betaalsoort (every betaalsoort, in enum order, zero when none)
 */
public record Betaaloverzicht(UUID bestuurId, String bestuurNaam, String bevoegdGezagNummer, YearMonth maand,
                              Instant stand, boolean maandGeboekt, List<Regel> regels,
                              Map<Betaalsoort, BigDecimal> subtotalen, BigDecimal totaal) {

    public Betaaloverzicht {
        regels = List.copyOf(regels);
    }

    /** One booking on the statement. */
    public record Regel(UUID boekingId, Betaalsoort betaalsoort, Begrotingspost post, String omschrijving,
                        BigDecimal bedrag, Bron bron, Instant geboektOp) {
    }

    /** The stand in Dutch local time, as printed on the statement. */
    public java.time.LocalDateTime standLokaal() {
        return java.time.LocalDateTime.ofInstant(stand, nl.passend.shared.ClockConfiguration.ZONE);
    }

    public List<Regel> regels(Betaalsoort soort) {
        return regels.stream().filter(r -> r.betaalsoort() == soort).toList();
    }
}
