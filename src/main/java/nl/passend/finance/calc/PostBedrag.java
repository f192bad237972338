package nl.passend.finance.calc;

import java.math.BigDecimal;

import nl.passend.finance.Begrotingspost;

/** The amount of a begroting post in a year with its derivation text (stored in begroting_regel.afleiding). */
public record PostBedrag(Begrotingspost post, BigDecimal bedrag, String afleiding) {
}
