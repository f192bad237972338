package nl.passend.finance;

import java.math.BigDecimal;

import nl.passend.finance.calc.ReserveOordeel;

/**
 * The reserve check of a year: the eigen vermogen against the Inspectie's signaleringswaarde for
 * SWVs (3,5% of the totale baten, at least € 250.000) and against the SWV's own floor.
 *
 * @param totaleBaten the totale baten the check used, from {@code batenBron}
 * @param oordeel     the outcome of {@link nl.passend.finance.calc.ReserveToets}
 * @param bestedingsplanOntbreekt bovenmatig while no bestedingsplan was recorded
 */
public record ReserveRapport(int jaar, EigenVermogen eigenVermogen, BigDecimal totaleBaten, BatenBron batenBron,
                             ReserveOordeel oordeel, boolean bestedingsplanOntbreekt) {

    /**
     * Where the totale baten of the check come from: the year's realisation (bookings on baten posts;
     * the forecast while the year runs), imported history, the vastgestelde begroting, or none (then
     * zero and the minimum applies).
     */
    public enum BatenBron {
        REALISATIE,
        HISTORIE,
        BEGROTING,
        GEEN
    }
}
