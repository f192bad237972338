package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding policy of the finance module (ADR 0008): money is {@link BigDecimal} in euros
 * with two decimals. Amount × count is exact; a percentage of an amount and a division are rounded
 * once, half up, to the cent; amounts that must add up to a whole are split with
 * {@link LargestRemainder}, never by rounding each part.
 */
public final class Cents {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Cents() {
    }

    /** The amount rounded half up to whole cents. */
    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, ROUNDING);
    }

    /** An amount per unit times a count: exact for amounts in cents. */
    public static BigDecimal times(BigDecimal perUnit, long count) {
        return of(perUnit.multiply(BigDecimal.valueOf(count)));
    }

    /** {@code percentage} % of {@code amount}, rounded half up to the cent. */
    public static BigDecimal percentOf(BigDecimal percentage, BigDecimal amount) {
        return of(amount.multiply(percentage).divide(BigDecimal.valueOf(100)));
    }

    /**
     * {@code amount} indexed by {@code percentage} % per year over {@code years} years (compound), rounded
     * once, half up, to the cent: amount x (1 + percentage/100)^years.
     */
    public static BigDecimal indexed(BigDecimal amount, BigDecimal percentage, int years) {
        if (years < 0) {
            throw new IllegalArgumentException("years must be zero or positive");
        }
        BigDecimal factor = BigDecimal.ONE.add(percentage.movePointLeft(2)).pow(years);
        return of(amount.multiply(factor));
    }

    /** The sum of amounts, scale 2 (zero for none). */
    public static BigDecimal sum(Iterable<BigDecimal> amounts) {
        BigDecimal sum = zero();
        for (BigDecimal amount : amounts) {
            sum = sum.add(amount);
        }
        return of(sum);
    }

    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
