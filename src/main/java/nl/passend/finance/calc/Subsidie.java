package nl.passend.finance.calc;

import java.math.BigDecimal;

/** An earmarked subsidy (geoormerkte subsidie) of the year, entered by the controller. */
public record Subsidie(String omschrijving, BigDecimal bedrag) {
}
