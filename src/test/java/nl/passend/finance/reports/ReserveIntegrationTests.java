package nl.passend.finance.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import nl.passend.finance.EigenVermogenInput;
import nl.passend.finance.EigenVermogenService;
import nl.passend.finance.HistorieService;
import nl.passend.finance.ReserveRapport;
import nl.passend.finance.ReserveService;
import nl.passend.shared.PassendException;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reserve check against the totale baten of the year, with the € 250.000 minimum and the own floor. */
@PassendIntegrationTest
class ReserveIntegrationTests {

    static final String BATEN = """
            post;2024;2025
            Rijksbijdrage lichte ondersteuning;3.000.000,00;7.000.000,00
            Rijksbijdrage zware ondersteuning;2.000.000,00;3.000.000,00
            Regulier;4.000.000,00;9.000.000,00
            """;

    @Autowired Fixtures fixtures;
    @Autowired HistorieService historie;
    @Autowired EigenVermogenService eigenVermogen;
    @Autowired ReserveService reserve;

    private ReportsWorld w;

    @BeforeEach
    void world() {
        w = new ReportsWorld(fixtures);
        assertThat(w.as(w.controller, u -> historie.importeer(u, "baten.csv", BATEN)).geslaagd()).isTrue();
    }

    @Test
    void checksTheReserveAgainstThreeAndAHalfPercentOfTheBatenWithTheMinimumBelowSevenMillion() {
        save(2024, "240000.00", "300000.00", null);
        save(2025, "600000.00", "100000.00", null);

        ReserveRapport r2024 = w.as(w.toezicht(fixtures), u -> reserve.toets(u, 2024));
        assertThat(r2024.batenBron()).isEqualTo(ReserveRapport.BatenBron.HISTORIE);
        assertThat(r2024.totaleBaten()).isEqualByComparingTo("5000000.00");
        assertThat(r2024.oordeel().percentageWaarde()).isEqualByComparingTo("175000.00");
        assertThat(r2024.oordeel().minimumToegepast()).isTrue();
        assertThat(r2024.oordeel().signaleringswaarde()).isEqualByComparingTo("250000.00");
        assertThat(r2024.oordeel().bovenmatig()).isFalse();
        assertThat(r2024.oordeel().onderOndergrens()).isTrue();
        assertThat(r2024.oordeel().verschil()).isEqualByComparingTo("-10000.00");

        ReserveRapport r2025 = w.as(w.controller, u -> reserve.toets(u, 2025));
        assertThat(r2025.totaleBaten()).isEqualByComparingTo("10000000.00");
        assertThat(r2025.oordeel().minimumToegepast()).isFalse();
        assertThat(r2025.oordeel().signaleringswaarde()).isEqualByComparingTo("350000.00");
        assertThat(r2025.oordeel().bovenmatig()).isTrue();
        assertThat(r2025.oordeel().onderOndergrens()).isFalse();
        assertThat(r2025.oordeel().verschil()).isEqualByComparingTo("250000.00");
        assertThat(r2025.bestedingsplanOntbreekt()).isTrue();

        EigenVermogenInput plan = EigenVermogenInput.of(r2025.eigenVermogen());
        plan.setBestedingsplan("Extra formatie voor thuiszitters in 2026 en 2027.");
        w.as(w.controller, u -> eigenVermogen.save(u, plan));
        assertThat(w.as(w.controller, u -> reserve.toets(u, 2025)).bestedingsplanOntbreekt()).isFalse();
    }

    @Test
    void aYearWithoutBatenUsesTheMinimumAndSaysSo() {
        save(2030, "260000.00", "0", null);

        ReserveRapport r = w.as(w.controller, u -> reserve.toets(u, 2030));

        assertThat(r.batenBron()).isEqualTo(ReserveRapport.BatenBron.GEEN);
        assertThat(r.oordeel().minimumToegepast()).isTrue();
        assertThat(r.oordeel().bovenmatig()).isTrue();
        assertThatThrownBy(() -> w.as(w.controller, u -> reserve.toets(u, 2031)))
                .isInstanceOfSatisfying(PassendException.NotFound.class,
                        e -> assertThat(e.code()).isEqualTo("reservetoets-geen-eigen-vermogen"));
        assertThatThrownBy(() -> save(2030, "1.00", "0", null))
                .isInstanceOfSatisfying(PassendException.Conflict.class,
                        e -> assertThat(e.code()).isEqualTo("eigen-vermogen-jaar-bestaat"));
    }

    private void save(int jaar, String bedrag, String ondergrens, String plan) {
        EigenVermogenInput in = new EigenVermogenInput();
        in.setJaar(jaar);
        in.setBedrag(new BigDecimal(bedrag));
        in.setEigenOndergrens(new BigDecimal(ondergrens));
        in.setBestedingsplan(plan);
        w.as(w.controller, u -> eigenVermogen.save(u, in));
    }
}
