package nl.passend.finance.calc;

import static nl.passend.finance.calc.BatenCalculatorTests.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.passend.finance.Begrotingspost;

class RealisatievergelijkingTests {

    private static final Map<Begrotingspost, BigDecimal> BEGROTING = Map.of(
            Begrotingspost.RIJKSBIJDRAGE_LICHT, new BigDecimal("1200000.00"),
            Begrotingspost.REGULIER, new BigDecimal("600000.06"),
            Begrotingspost.OZA, new BigDecimal("120000.00"));

    private static List<Realisatiebedrag> realisatie() {
        List<Realisatiebedrag> r = new ArrayList<>();
        for (int m = 1; m <= 5; m++) {
            r.add(new Realisatiebedrag(m, Begrotingspost.RIJKSBIJDRAGE_LICHT, new BigDecimal("100000.00")));
        }
        String[] regulier = {"50000.00", "52000.00", "49000.00", "50500.00", "51000.00"};
        for (int m = 1; m <= 5; m++) {
            r.add(new Realisatiebedrag(m, Begrotingspost.REGULIER, new BigDecimal(regulier[m - 1])));
        }
        r.add(new Realisatiebedrag(2, Begrotingspost.OZA, new BigDecimal("25000.00")));
        r.add(new Realisatiebedrag(2, Begrotingspost.OZA, new BigDecimal("-5000.00"))); // a correction booking
        r.add(new Realisatiebedrag(4, Begrotingspost.OZA, new BigDecimal("8000.00")));
        r.add(new Realisatiebedrag(3, Begrotingspost.OVERIGE_LASTEN, new BigDecimal("1234.56"))); // not budgeted
        return r;
    }

    @Test
    void comparesBudgetAndActualPerMonthWithTheYearlyBudgetSplitExactlyOverTwelveMonths() {
        RealisatieOverzicht o = Realisatievergelijking.vergelijk(2026, BEGROTING, realisatie(), 5);

        PostVergelijking regulier = o.post(Begrotingspost.REGULIER);
        assertThat(regulier.maanden()).hasSize(12);
        assertThat(regulier.maand(1).begroting()).isEqualByComparingTo("50000.01");
        assertThat(regulier.maand(7).begroting()).isEqualByComparingTo("50000.00");
        assertThat(Cents.sum(regulier.maanden().stream().map(Periodevergelijking::begroting).toList()))
                .isEqualByComparingTo("600000.06");
        assertThat(regulier.maand(2).realisatie()).isEqualByComparingTo("52000.00");
        assertThat(regulier.maand(2).verschil()).isEqualByComparingTo("1999.99");
        assertThat(regulier.maand(5).afgesloten()).isTrue();
        assertThat(regulier.maand(6).afgesloten()).isFalse();
        assertThat(o.post(Begrotingspost.OZA).maand(2).realisatie()).as("bookings of a month are summed, "
                + "corrections included").isEqualByComparingTo("20000.00");
    }

    @Test
    void comparesPerTrimesterJanuaryToAprilMayToAugustAndSeptemberToDecember() {
        assertThat(List.of(1, 4, 5, 8, 9, 12).stream().map(Realisatievergelijking::trimester).toList())
                .containsExactly(1, 1, 2, 2, 3, 3);

        RealisatieOverzicht o = Realisatievergelijking.vergelijk(2026, BEGROTING, realisatie(), 5);

        PostVergelijking regulier = o.post(Begrotingspost.REGULIER);
        assertThat(regulier.trimesters()).hasSize(3);
        assertThat(regulier.trimester(1).begroting()).isEqualByComparingTo("200000.04");
        assertThat(regulier.trimester(1).realisatie()).isEqualByComparingTo("201500.00");
        assertThat(regulier.trimester(1).verschil()).isEqualByComparingTo("1499.96");
        assertThat(regulier.trimester(1).afgesloten()).isTrue();
        assertThat(regulier.trimester(2).begroting()).isEqualByComparingTo("200000.02");
        assertThat(regulier.trimester(2).realisatie()).isEqualByComparingTo("51000.00");
        assertThat(regulier.trimester(2).afgesloten()).isFalse();
        assertThat(regulier.trimester(3).begroting()).isEqualByComparingTo("200000.00");
    }

    @Test
    void forecastsTheYearAsActualToDatePlusTheBudgetOfTheRemainingMonths() {
        RealisatieOverzicht o = Realisatievergelijking.vergelijk(2026, BEGROTING, realisatie(), 5);

        PostVergelijking regulier = o.post(Begrotingspost.REGULIER);
        assertThat(regulier.realisatieTotDatum()).isEqualByComparingTo("252500.00");
        assertThat(regulier.begrotingTotDatum()).isEqualByComparingTo("250000.05");
        assertThat(regulier.prognose()).isEqualByComparingTo("602500.01");
        assertThat(regulier.prognoseVerschil()).isEqualByComparingTo("2499.95");

        PostVergelijking oza = o.post(Begrotingspost.OZA);
        assertThat(oza.prognose()).isEqualByComparingTo("98000.00");
        assertThat(oza.prognoseVerschil()).isEqualByComparingTo("-22000.00");

        assertThat(o.post(Begrotingspost.OVERIGE_LASTEN).prognose()).isEqualByComparingTo("1234.56");
        assertThat(o.post(Begrotingspost.SO).prognose()).isEqualByComparingTo("0");

        assertThat(o.baten().post()).isNull();
        assertThat(o.baten().prognose()).isEqualByComparingTo("1200000.00");
        assertThat(o.lasten().prognose()).isEqualByComparingTo("701734.57");
        assertThat(o.lasten().trimester(1).realisatie()).isEqualByComparingTo("230734.56");
        assertThat(o.begrootResultaat()).isEqualByComparingTo("479999.94");
        assertThat(o.prognoseResultaat()).isEqualByComparingTo("498265.43");
    }

    @Test
    void forecastsTheBudgetBeforeTheFirstMonthAndTheActualsAfterTheLast() {
        assertThat(Realisatievergelijking.vergelijk(2026, BEGROTING, realisatie(), 0).post(Begrotingspost.REGULIER)
                .prognose()).isEqualByComparingTo("600000.06");
        assertThat(Realisatievergelijking.vergelijk(2026, BEGROTING, realisatie(), 12).post(Begrotingspost.REGULIER)
                .prognose()).isEqualByComparingTo("252500.00");
    }

    @Test
    void refusesAMonthOutsideTheYear() {
        assertRefused(() -> Realisatievergelijking.vergelijk(2026, BEGROTING, realisatie(), 13), "maand-ongeldig", 13);
        assertRefused(() -> Realisatievergelijking.vergelijk(2026, BEGROTING,
                List.of(new Realisatiebedrag(0, Begrotingspost.OZA, BigDecimal.ONE)), 5), "maand-ongeldig", 0);
    }
}
