package nl.passend.arrangement.verrekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.passend.arrangement.FactuurControle;
import nl.passend.arrangement.FactuurControle.Besluit;
import nl.passend.arrangement.FactuurSignaal;

import org.junit.jupiter.api.Test;

class FactuurControleTests {

    private static final Besluit BESLUIT = new Besluit(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
            new BigDecimal("1000.00"));

    @Test
    void anInvoiceWithinPeriodAndBedragHasNoSignals() {
        assertThat(FactuurControle.signalen(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                new BigDecimal("400.00"), BESLUIT, new BigDecimal("600.00"))).isEmpty();
    }

    @Test
    void flagsAnUnknownBeschikkingsnummerAndNothingElse() {
        assertThat(FactuurControle.signalen(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31),
                new BigDecimal("99999.00"), null, BigDecimal.ZERO)).containsExactly(FactuurSignaal.ONBEKEND_NUMMER);
    }

    @Test
    void flagsTheInvoiceThatTakesTheSumAboveTheBesluit() {
        assertThat(FactuurControle.signalen(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28),
                new BigDecimal("400.01"), BESLUIT, new BigDecimal("600.00")))
                .containsExactly(FactuurSignaal.BOVEN_BESLUIT);
    }

    @Test
    void flagsAPeriodThatStartsBeforeOrEndsAfterTheArrangement() {
        assertThat(FactuurControle.signalen(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 15),
                new BigDecimal("10.00"), BESLUIT, BigDecimal.ZERO)).containsExactly(FactuurSignaal.BUITEN_PERIODE);
        assertThat(FactuurControle.signalen(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1),
                new BigDecimal("10.00"), BESLUIT, BigDecimal.ZERO)).containsExactly(FactuurSignaal.BUITEN_PERIODE);
    }

    @Test
    void anArrangementInHoursOnlyIsNeverAboveItsBesluit() {
        Besluit uren = new Besluit(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null);
        assertThat(FactuurControle.signalen(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                new BigDecimal("5000.00"), uren, new BigDecimal("5000.00"))).isEmpty();
    }

    @Test
    void flagsAPeriodAfterTheClosingDateOfAnArrangementClosedEarly() {
        Besluit gesloten = new Besluit(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), new BigDecimal("1000.00"),
                LocalDate.of(2026, 3, 15));
        assertThat(FactuurControle.signalen(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15),
                new BigDecimal("10.00"), gesloten, BigDecimal.ZERO)).isEmpty();
        assertThat(FactuurControle.signalen(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 16),
                new BigDecimal("10.00"), gesloten, BigDecimal.ZERO)).containsExactly(FactuurSignaal.BUITEN_PERIODE);
        assertThat(FactuurControle.signalen(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
                new BigDecimal("10.00"), gesloten, BigDecimal.ZERO)).containsExactly(FactuurSignaal.BUITEN_PERIODE);
        // Closed on or after its end: the end still counts.
        Besluit laat = new Besluit(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), null, LocalDate.of(2026, 7, 10));
        assertThat(FactuurControle.signalen(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 5),
                new BigDecimal("10.00"), laat, BigDecimal.ZERO)).containsExactly(FactuurSignaal.BUITEN_PERIODE);
    }
}
