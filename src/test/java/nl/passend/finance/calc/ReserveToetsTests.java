package nl.passend.finance.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import nl.passend.shared.PassendException;

class ReserveToetsTests {

    @Test
    void appliesTheMinimumOf250000BelowTheBoundaryOfBaten() {
        ReserveOordeel oordeel = ReserveToets.toets(new BigDecimal("300000.00"), new BigDecimal("5000000.00"), null);

        assertThat(oordeel.percentageWaarde()).isEqualByComparingTo("175000.00");
        assertThat(oordeel.signaleringswaarde()).isEqualByComparingTo("250000.00");
        assertThat(oordeel.minimumToegepast()).isTrue();
        assertThat(oordeel.bovenmatig()).isTrue();
        assertThat(oordeel.verschil()).isEqualByComparingTo("50000.00");
    }

    @Test
    void usesThreeAndAHalfPercentOfTheBatenAboveTheBoundary() {
        ReserveOordeel oordeel = ReserveToets.toets(new BigDecimal("300000.00"), new BigDecimal("10000000.00"), null);

        assertThat(oordeel.signaleringswaarde()).isEqualByComparingTo("350000.00");
        assertThat(oordeel.minimumToegepast()).isFalse();
        assertThat(oordeel.bovenmatig()).isFalse();
        assertThat(oordeel.verschil()).isEqualByComparingTo("-50000.00");
    }

    @Test
    void stillAppliesTheMinimumAtExactly7142857Euro14BecauseThreeAndAHalfPercentIsJustBelow250000() {
        // 3.5% x 7,142,857.14 = 249,999.9999 < 250,000: the minimum applies (the value is 250,000.00 either way).
        ReserveOordeel op = ReserveToets.toets(new BigDecimal("250000.00"), new BigDecimal("7142857.14"), null);
        assertThat(op.minimumToegepast()).isTrue();
        assertThat(op.signaleringswaarde()).isEqualByComparingTo("250000.00");
        assertThat(op.percentageWaarde()).isEqualByComparingTo("250000.00");
        assertThat(op.bovenmatig()).as("equal to the signaleringswaarde is not above it").isFalse();

        ReserveOordeel erboven = ReserveToets.toets(new BigDecimal("250000.01"), new BigDecimal("7142857.15"), null);
        assertThat(erboven.minimumToegepast()).isFalse();
        assertThat(erboven.signaleringswaarde()).isEqualByComparingTo("250000.00");
        assertThat(erboven.bovenmatig()).isTrue();

        assertThat(ReserveToets.toets(BigDecimal.ZERO, new BigDecimal("7142857.13"), null).minimumToegepast()).isTrue();
    }

    @Test
    void flagsAnEigenVermogenBelowTheOwnFloorWithoutCallingItBovenmatig() {
        ReserveOordeel oordeel = ReserveToets.toets(new BigDecimal("100000.00"), new BigDecimal("8000000.00"),
                new BigDecimal("150000.00"));

        assertThat(oordeel.onderOndergrens()).isTrue();
        assertThat(oordeel.bovenmatig()).isFalse();
        assertThat(oordeel.signaleringswaarde()).isEqualByComparingTo("280000.00");
        assertThat(ReserveToets.toets(new BigDecimal("150000.00"), new BigDecimal("8000000.00"),
                new BigDecimal("150000.00")).onderOndergrens()).as("at the floor is not below it").isFalse();
    }

    @Test
    void acceptsANegativeEigenVermogen() {
        ReserveOordeel oordeel = ReserveToets.toets(new BigDecimal("-20000.00"), new BigDecimal("1000000.00"),
                BigDecimal.ZERO);

        assertThat(oordeel.onderOndergrens()).isTrue();
        assertThat(oordeel.verschil()).isEqualByComparingTo("-270000.00");
    }

    @Test
    void refusesNegativeBaten() {
        assertThatThrownBy(() -> ReserveToets.toets(BigDecimal.ZERO, new BigDecimal("-1.00"), null))
                .isInstanceOfSatisfying(PassendException.RuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("reservetoets-baten-negatief"));
    }
}
