package nl.passend.arrangement.verrekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.passend.arrangement.Verrekening;
import nl.passend.arrangement.VerrekeningCsv;
import nl.passend.arrangement.VerrekeningRegel;
import nl.passend.finance.Begrotingspost;

import org.junit.jupiter.api.Test;

class VerrekeningCsvTests {

    @Test
    void writesALinePerArrangementASubtotalPerPostAndTheTotalWithFormulasDefused() {
        VerrekeningRegel regel = new VerrekeningRegel(UUID.randomUUID(), "ARR-2026-0001", "GROEP",
                "=HYPERLINK(\"http://x\")", UUID.randomUUID(), "+School", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), new BigDecimal("3650.00"), Begrotingspost.WERKGEBIEDEN,
                new BigDecimal("310.00"), new BigDecimal("-12.50"), new BigDecimal("297.50"));
        Verrekening v = new Verrekening(UUID.randomUUID(), "@Stichting", "12345", YearMonth.of(2026, 1),
                Instant.parse("2026-02-01T10:00:00Z"), true, Instant.parse("2026-02-01T10:00:00Z"), List.of(regel),
                Map.of(Begrotingspost.WERKGEBIEDEN, new BigDecimal("297.50")), new BigDecimal("297.50"));

        String csv = VerrekeningCsv.csv(v, key -> "[" + key + "]");
        List<String> lines = csv.lines().toList();

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("bestuur;bevoegd_gezag;maand;status;stand;beschikkingsnummer;school;soort;"
                + "aanbieder;start;eind;arrangementbedrag;post;maanddeel;correctie;bedrag");
        assertThat(lines.get(1)).startsWith("'@Stichting;12345;2026-01;[verrekening.status.vastgesteld];01-02-2026 11:00:00;")
                .contains(";'+School;").contains(";\"'=HYPERLINK(\"\"http://x\"\")\";")
                .endsWith(";3650,00;[finance.post.WERKGEBIEDEN];310,00;-12,50;297,50");
        assertThat(lines.get(2)).endsWith("[finance.post.WERKGEBIEDEN];;;297,50");
        assertThat(lines.get(3)).endsWith("[verrekening.totaal];;;297,50");
        assertThat(csv).contains("\r\n");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(VerrekeningCsv.cell("Zorgpartner Noord")).isEqualTo("Zorgpartner Noord");
        assertThat(VerrekeningCsv.cell("-1")).isEqualTo("'-1");
        assertThat(VerrekeningCsv.cell(null)).isNull();
    }
}
