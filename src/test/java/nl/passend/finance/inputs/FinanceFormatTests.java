package nl.passend.finance.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import nl.passend.finance.web.FinanceFormat;

import org.junit.jupiter.api.Test;

/** Money and percentages the Dutch way. */
class FinanceFormatTests {

    private final FinanceFormat format = new FinanceFormat();

    @Test
    void showsEurosWithAThousandsPointAndADecimalComma() {
        assertThat(format.euro(new BigDecimal("1234.5"))).isEqualTo("€ 1.234,50");
        assertThat(format.euro(new BigDecimal("-7142857.14"))).isEqualTo("€ -7.142.857,14");
        assertThat(format.euro(BigDecimal.ZERO)).isEqualTo("€ 0,00");
        assertThat(format.euro(null)).isEmpty();
        assertThat(format.percentage(new BigDecimal("1.2695"))).isEqualTo("1,2695%");
        assertThat(format.percentage(new BigDecimal("3.50"))).isEqualTo("3,5%");
        assertThat(format.getal(12345)).isEqualTo("12.345");
    }
}
