package nl.passend.finance;

import nl.passend.finance.calc.RealisatieOverzicht;

/**
 * The financial paragraph of a trimester report (T1 = January-April, T2 = May-August, T3 =
 * September-December): budget vs actual of the trimester per post, the forecast for the year and the
 * reserve status.
 *
 * @param overzicht    the year's comparison; the trimester's figures are {@code trimester(n)} of each post
 * @param metBegroting whether a vastgestelde begroting of the year was found (else the budget is zero)
 * @param reserve      the reserve check of the year, or of the latest earlier year with an eigen vermogen; may be null
 */
public record Trimesterparagraaf(int jaar, int trimester, RealisatieOverzicht overzicht, boolean metBegroting,
                                 ReserveRapport reserve) {

    public int eersteMaand() {
        return (trimester - 1) * 4 + 1;
    }

    public int laatsteMaand() {
        return trimester * 4;
    }
}
