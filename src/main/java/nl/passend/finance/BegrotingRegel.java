package nl.passend.finance;

import java.math.BigDecimal;

/** A frozen line of a vastgestelde begroting: the amount of a post in a year with its derivation. */
public record BegrotingRegel(int jaar, Begrotingspost post, BigDecimal bedrag, String afleiding) {
}
