package nl.passend.finance.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.HistorieImportResultaat;
import nl.passend.finance.HistorieService;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The history import with seed 000's lasten table 2017-2021 (the 2021 column re-ordered into the
 * categories as in the other years): every column sums to its stated total, and a file with one wrong
 * total stores nothing.
 */
@PassendIntegrationTest
class HistorieImportIntegrationTests {

    private static final Map<Integer, String> TOTALEN = Map.of(2017, "12399336.00", 2018, "13798170.00",
            2019, "14225217.00", 2020, "14158620.00", 2021, "13789620.00");

    @Autowired Fixtures fixtures;
    @Autowired HistorieService historie;

    private ReportsWorld w;

    @BeforeEach
    void world() {
        w = new ReportsWorld(fixtures);
    }

    @Test
    void importsTheSeedLastenTableWithEveryColumnSummingToItsStatedTotal() throws IOException {
        String seed = seed();
        HistorieImportResultaat r = w.as(w.controller, u -> historie.importeer(u, "lasten-2017-2021.csv", seed));

        assertThat(r.meldingen()).isEmpty();
        assertThat(r.jaren()).containsExactly(2017, 2018, 2019, 2020, 2021);
        assertThat(r.regels()).isEqualTo(7);
        Map<Integer, Map<Begrotingspost, BigDecimal>> stored = w.as(w.controller, historie::historie);
        assertThat(stored).containsOnlyKeys(2017, 2018, 2019, 2020, 2021);
        TOTALEN.forEach((jaar, totaal) -> {
            assertThat(stored.get(jaar)).hasSize(7);
            assertThat(stored.get(jaar).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as("column %d", jaar).isEqualByComparingTo(totaal);
        });
        assertThat(stored.get(2021).get(Begrotingspost.MANAGEMENT_ORGANISATIE)).isEqualByComparingTo("738550.00");
        assertThat(stored.get(2019).get(Begrotingspost.OZA)).isEqualByComparingTo("344715.00");
    }

    @Test
    void aFileWithOneWrongTotalStoresNothingAndSaysWhichLine() throws IOException {
        String seed = seed();
        w.as(w.controller, u -> historie.importeer(u, "lasten-2017-2021.csv", seed));
        String changed = seed.replace("Regulier;3.736.323,00", "Regulier;3.736.000,00")
                .replace("13.798.170,00;14.225.217", "13.798.171,00;14.225.217");

        HistorieImportResultaat r = w.as(w.controller, u -> historie.importeer(u, "fout.csv", changed));

        assertThat(r.geslaagd()).isFalse();
        assertThat(r.jaren()).isEmpty();
        assertThat(r.meldingen()).extracting(HistorieImportResultaat.Melding::regel).containsOnly(9);
        assertThat(r.meldingen()).extracting(HistorieImportResultaat.Melding::code)
                .containsExactly("totaal-wijkt-af", "totaal-wijkt-af");
        assertThat(r.meldingen().get(0).argumenten()).first().isEqualTo("2017");
        // The earlier import stands unchanged: not one line of the wrong file was stored.
        Map<Integer, Map<Begrotingspost, BigDecimal>> stored = w.as(w.controller, historie::historie);
        assertThat(stored.get(2017).get(Begrotingspost.REGULIER)).isEqualByComparingTo("3736323.00");
    }

    @Test
    void aFreshTenantWithAWrongTotalHasNoHistoryAtAll() throws IOException {
        String wrong = seed().replace("13.789.620,00", "13.789.621,00");

        HistorieImportResultaat r = w.as(w.controller, u -> historie.importeer(u, "fout.csv", wrong));

        assertThat(r.meldingen()).singleElement().satisfies(m -> {
            assertThat(m.regel()).isEqualTo(9);
            assertThat(m.code()).isEqualTo("totaal-wijkt-af");
            assertThat(m.argumenten()).containsExactly("2021", new BigDecimal("13789621.00"), new BigDecimal("13789620.00"));
        });
        assertThat(w.as(w.controller, historie::historie)).isEmpty();
    }

    @Test
    void aLaterFileReplacesOnlyTheCellsItFillsSoBatenAndLastenOfTheSameYearsAddUp() throws IOException {
        String seed = seed();
        w.as(w.controller, u -> historie.importeer(u, "lasten-2017-2021.csv", seed));
        String baten = """
                post;2017;2018
                Rijksbijdrage lichte ondersteuning;4.100.000,00;4.200.000,00
                Rijksbijdrage zware ondersteuning;8.900.000,00;9.100.000,00
                OZA;;20.000,00
                """;

        HistorieImportResultaat r = w.as(w.controller, u -> historie.importeer(u, "baten-2017-2018.csv", baten));

        assertThat(r.meldingen()).isEmpty();
        Map<Integer, Map<Begrotingspost, BigDecimal>> stored = w.as(w.controller, historie::historie);
        assertThat(stored.get(2017)).hasSize(9);
        assertThat(stored.get(2017).get(Begrotingspost.RIJKSBIJDRAGE_LICHT)).isEqualByComparingTo("4100000.00");
        assertThat(stored.get(2017).get(Begrotingspost.REGULIER)).isEqualByComparingTo("3736323.00");
        assertThat(stored.get(2017).get(Begrotingspost.OZA)).isEqualByComparingTo("10786.00");
        // The one lasten cell the second file fills is replaced; the rest of 2018 and all of 2019 stand.
        assertThat(stored.get(2018).get(Begrotingspost.OZA)).isEqualByComparingTo("20000.00");
        assertThat(stored.get(2018)).hasSize(9);
        assertThat(stored.get(2019)).hasSize(7);
        assertThat(stored.get(2019).get(Begrotingspost.OZA)).isEqualByComparingTo("344715.00");
    }

    @Test
    void aFileWithBatenAndLastenChecksATotalPerSideAndRefusesOneCombinedTotal() {
        String beide = """
                post;2017;2018
                Rijksbijdrage lichte ondersteuning;4.100.000,00;4.200.000,00
                Rijksbijdrage zware ondersteuning;8.900.000,00;9.100.000,00
                Totaal baten;13.000.000,00;13.300.000,00
                Regulier;3.736.323,00;3.645.875,00
                SBO;163.960,00;98.888,00
                TOTAAL LASTEN;3.900.283,00;3.744.763,00
                """;

        HistorieImportResultaat ok = w.as(w.controller, u -> historie.importeer(u, "jaarrekening.csv", beide));

        assertThat(ok.meldingen()).isEmpty();
        assertThat(ok.regels()).isEqualTo(4);

        HistorieImportResultaat lastenFout = w.as(w.controller, u -> historie.importeer(u, "fout.csv",
                beide.replace("TOTAAL LASTEN;3.900.283,00", "TOTAAL LASTEN;16.900.283,00")));
        assertThat(lastenFout.meldingen()).singleElement().satisfies(m -> {
            assertThat(m.regel()).isEqualTo(7);
            assertThat(m.code()).isEqualTo("totaal-wijkt-af");
            assertThat(m.argumenten()).containsExactly("2017", new BigDecimal("16900283.00"), new BigDecimal("3900283.00"));
        });

        // Baten plus lasten is no figure of the accounts: one TOTAAL over both sides is refused, whatever it says.
        String gecombineerd = """
                post;2017
                Rijksbijdrage lichte ondersteuning;4.100.000,00
                Regulier;3.736.323,00
                TOTAAL;7.836.323,00
                """;
        HistorieImportResultaat gemengd = w.as(w.controller, u -> historie.importeer(u, "gemengd.csv", gecombineerd));
        assertThat(gemengd.meldingen()).singleElement().satisfies(m -> {
            assertThat(m.regel()).isEqualTo(4);
            assertThat(m.code()).isEqualTo("totaal-gemengd");
        });
        HistorieImportResultaat dubbel = w.as(w.controller, u -> historie.importeer(u, "dubbel.csv",
                beide + "Totale lasten;3.900.283,00;3.744.763,00\n"));
        assertThat(dubbel.meldingen()).singleElement().satisfies(m -> {
            assertThat(m.regel()).isEqualTo(8);
            assertThat(m.code()).isEqualTo("totaal-dubbel");
        });
        assertThat(w.as(w.controller, historie::historie).get(2017)).hasSize(4);
    }

    static String seed() throws IOException {
        try (InputStream in = HistorieImportIntegrationTests.class.getResourceAsStream("/finance/lasten-2017-2021.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
