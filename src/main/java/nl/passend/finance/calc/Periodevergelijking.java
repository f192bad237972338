package nl.passend.finance.calc;

import java.math.BigDecimal;

/**
 * Budget vs actual of one period (month 1-12 or trimester 1-3): {@code verschil} = realisatie -
 * begroting; {@code afgesloten} when the whole period lies up to and including the peilmaand.
 */
public record Periodevergelijking(int nummer, BigDecimal begroting, BigDecimal realisatie, BigDecimal verschil,
        boolean afgesloten) {
}
