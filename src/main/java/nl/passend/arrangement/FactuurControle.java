package nl.passend.arrangement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The checks of a provider invoice against its arrangement (pure). An invoice is registered even when
 * it does not match: the signals tell the controller what to look at, they never block.
 */
public final class FactuurControle {

    private FactuurControle() {
    }

    /**
     * The arrangement terms an invoice is checked against; bedrag null for an arrangement in hours only;
     * afgeslotenOp the date an evaluation closed it, null when not closed.
     */
    public record Besluit(LocalDate start, LocalDate eind, BigDecimal bedrag, LocalDate afgeslotenOp) {

        /** An arrangement that was not closed. */
        public Besluit(LocalDate start, LocalDate eind, BigDecimal bedrag) {
            this(start, eind, bedrag, null);
        }

        /** The last day that can be invoiced: the closing date when closed before the end, otherwise the end. */
        public LocalDate laatsteDag() {
            return afgeslotenOp != null && (eind == null || afgeslotenOp.isBefore(eind)) ? afgeslotenOp : eind;
        }
    }

    /**
     * @param besluit            the arrangement with the invoice's beschikkingsnummer, or null when unknown
     * @param eerderGefactureerd the sum of the arrangement's invoices registered before this one
     * @return ONBEKEND_NUMMER alone when there is no arrangement; otherwise BOVEN_BESLUIT when the
     *         invoices including this one exceed the bedrag, BUITEN_PERIODE when the invoiced period
     *         starts before the arrangement or ends after it (after its closing date when an evaluation
     *         closed it before its end)
     */
    public static Set<FactuurSignaal> signalen(LocalDate periodeVan, LocalDate periodeTot, BigDecimal bedrag,
                                               Besluit besluit, BigDecimal eerderGefactureerd) {
        if (besluit == null) {
            return EnumSet.of(FactuurSignaal.ONBEKEND_NUMMER);
        }
        Set<FactuurSignaal> signalen = EnumSet.noneOf(FactuurSignaal.class);
        BigDecimal eerder = eerderGefactureerd == null ? BigDecimal.ZERO : eerderGefactureerd;
        if (besluit.bedrag() != null && eerder.add(bedrag).compareTo(besluit.bedrag()) > 0) {
            signalen.add(FactuurSignaal.BOVEN_BESLUIT);
        }
        if (periodeVan.isBefore(besluit.start()) || (besluit.laatsteDag() != null && periodeTot.isAfter(besluit.laatsteDag()))) {
            signalen.add(FactuurSignaal.BUITEN_PERIODE);
        }
        return signalen;
    }
}
