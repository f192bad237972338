package nl.passend.finance.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CentsTests {

    @Test
    void roundsHalfUpToWholeCentsOnce() {
        assertThat(Cents.of(new BigDecimal("0.005"))).isEqualTo(new BigDecimal("0.01"));
        assertThat(Cents.of(new BigDecimal("0.0049999"))).isEqualTo(new BigDecimal("0.00"));
        assertThat(Cents.of(new BigDecimal("-0.005"))).isEqualTo(new BigDecimal("-0.01"));
        assertThat(Cents.of(new BigDecimal("7"))).isEqualTo(new BigDecimal("7.00"));
    }

    @Test
    void multipliesAnAmountInCentsByACountExactly() {
        assertThat(Cents.times(new BigDecimal("31419.53"), 137)).isEqualTo(new BigDecimal("4304475.61"));
    }

    @Test
    void takesAPercentageOfAnAmountRoundedOnce() {
        assertThat(Cents.percentOf(new BigDecimal("3.5"), new BigDecimal("7142857.14")))
                .isEqualTo(new BigDecimal("250000.00"));
        assertThat(Cents.percentOf(new BigDecimal("10"), new BigDecimal("1234567.89")))
                .isEqualTo(new BigDecimal("123456.79"));
    }

    @Test
    void indexesAnAmountCompoundedPerYearAndRoundsOnlyAtTheEnd() {
        // 100.00 x 1.025^3 = 107.6890625 -> 107.69
        assertThat(Cents.indexed(new BigDecimal("100.00"), new BigDecimal("2.5"), 3)).isEqualTo(new BigDecimal("107.69"));
        // 0.33 x 1.5^2 = 0.7425 -> 0.74; rounding every year would give 0.495 -> 0.50 -> 0.75.
        assertThat(Cents.indexed(new BigDecimal("0.33"), new BigDecimal("50"), 2)).isEqualTo(new BigDecimal("0.74"));
        assertThat(Cents.indexed(new BigDecimal("12.34"), new BigDecimal("2"), 0)).isEqualTo(new BigDecimal("12.34"));
    }

    @Test
    void sumsAmountsToScaleTwo() {
        assertThat(Cents.sum(List.of(new BigDecimal("0.1"), new BigDecimal("0.20")))).isEqualTo(new BigDecimal("0.30"));
        assertThat(Cents.sum(List.of())).isEqualTo(new BigDecimal("0.00"));
    }
}
