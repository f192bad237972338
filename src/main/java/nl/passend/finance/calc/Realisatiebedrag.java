package nl.passend.finance.calc;

import java.math.BigDecimal;

import nl.passend.finance.Begrotingspost;

/** An actual amount (a booking, or the sum of bookings) of a month (1-12) on a post. */
public record Realisatiebedrag(int maand, Begrotingspost post, BigDecimal bedrag) {
}
