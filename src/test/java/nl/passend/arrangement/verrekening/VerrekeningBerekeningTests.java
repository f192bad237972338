package nl.passend.arrangement.verrekening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.passend.arrangement.VerrekeningBerekening;
import nl.passend.arrangement.VerrekeningKosten;
import nl.passend.arrangement.VerrekeningRegel;
import nl.passend.arrangement.VerrekeningSpreiding;
import nl.passend.finance.Begrotingspost;

import org.junit.jupiter.api.Test;

class VerrekeningBerekeningTests {

    private static final UUID ID = UUID.randomUUID();

    private static VerrekeningKosten gesloten(String bedrag, LocalDate start, LocalDate eind, LocalDate afgeslotenOp) {
        return new VerrekeningKosten(ID, "ARR-2026-0001", "INDIVIDUEEL", "Aanbieder", UUID.randomUUID(), "School",
                start, eind, new BigDecimal(bedrag), Begrotingspost.WERKGEBIEDEN, afgeslotenOp);
    }

    private static Set<YearMonth> maanden(int jaar, int van, int tot) {
        java.util.Set<YearMonth> set = new java.util.HashSet<>();
        for (int m = van; m <= tot; m++) {
            set.add(YearMonth.of(jaar, m));
        }
        return set;
    }

    private static VerrekeningKosten arrangement(String bedrag, LocalDate start, LocalDate eind) {
        return new VerrekeningKosten(ID, "ARR-2026-0001", "INDIVIDUEEL", "Aanbieder", UUID.randomUUID(), "School",
                start, eind, bedrag == null ? null : new BigDecimal(bedrag), Begrotingspost.WERKGEBIEDEN);
    }

    @Test
    void spreadsAYearByDaysSoTheMonthsAddUpExactly() {
        Map<YearMonth, BigDecimal> delen = VerrekeningSpreiding.perMaand(new BigDecimal("3650.00"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(delen).hasSize(12);
        assertThat(delen.get(YearMonth.of(2025, 1))).isEqualByComparingTo("310.00");
        assertThat(delen.get(YearMonth.of(2025, 2))).isEqualByComparingTo("280.00");
        assertThat(delen.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("3650.00");
    }

    @Test
    void givesAMonthOnlyItsDaysOfThePeriodAndTheCentsToTheLargestRemainder() {
        // 15 January - 14 February: 17 days in January, 14 in February, 31 in all.
        Map<YearMonth, BigDecimal> delen = VerrekeningSpreiding.perMaand(new BigDecimal("1000.00"),
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 14));
        assertThat(delen.get(YearMonth.of(2026, 1))).isEqualByComparingTo("548.39");
        assertThat(delen.get(YearMonth.of(2026, 2))).isEqualByComparingTo("451.61");
        assertThat(delen).doesNotContainKey(YearMonth.of(2026, 3));
    }

    @Test
    void oddAmountsStillAddUpToTheCent() {
        Map<YearMonth, BigDecimal> delen = VerrekeningSpreiding.perMaand(new BigDecimal("1000.01"),
                LocalDate.of(2026, 8, 20), LocalDate.of(2027, 7, 31));
        assertThat(delen.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000.01");
        assertThat(delen.keySet()).first().isEqualTo(YearMonth.of(2026, 8));
    }

    @Test
    void anArrangementInHoursOnlyCostsNothingHere() {
        assertThat(VerrekeningSpreiding.perMaand(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))).isEmpty();
        assertThat(VerrekeningBerekening.voorMaand(YearMonth.of(2026, 2),
                List.of(arrangement(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))), Set.of(), Map.of()))
                .isEmpty();
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> VerrekeningSpreiding.perMaand(BigDecimal.TEN, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chargesAMonthItsPartAndLeavesMonthsOutsideThePeriodOut() {
        VerrekeningKosten a = arrangement("600.00", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
        List<VerrekeningRegel> maart = VerrekeningBerekening.voorMaand(YearMonth.of(2026, 3), List.of(a), Set.of(),
                Map.of());
        assertThat(maart).singleElement().satisfies(r -> {
            assertThat(r.maanddeel()).isEqualByComparingTo(
                    VerrekeningSpreiding.perMaand(a.bedrag(), a.start(), a.eind()).get(YearMonth.of(2026, 3)));
            assertThat(r.correctie()).isEqualByComparingTo("0");
            assertThat(r.post()).isEqualTo(Begrotingspost.WERKGEBIEDEN);
        });
        assertThat(VerrekeningBerekening.voorMaand(YearMonth.of(2026, 7), List.of(a), Set.of(), Map.of())).isEmpty();
    }

    @Test
    void catchesUpVastgesteldeMonthsForAnArrangementGrantedWithAStartInThePast() {
        VerrekeningKosten a = arrangement("3650.00", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        // January and February were vastgesteld before the arrangement existed.
        List<VerrekeningRegel> maart = VerrekeningBerekening.voorMaand(YearMonth.of(2025, 3), List.of(a),
                Set.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2)), Map.of());
        assertThat(maart).singleElement().satisfies(r -> {
            assertThat(r.maanddeel()).isEqualByComparingTo("310.00");
            assertThat(r.correctie()).isEqualByComparingTo("590.00");
            assertThat(r.bedrag()).isEqualByComparingTo("900.00");
        });
    }

    @Test
    void anExtensionCorrectsTheVastgesteldeMonthsOnceSoTheTotalStaysTheBedrag() {
        // Vastgesteld January-March under 1 Jan - 31 Mar (1 Jan-31 Mar = 90 days, 900.00): 310 + 280 + 310.
        // Then extended to 30 June with the same bedrag: the earlier months were charged too much.
        VerrekeningKosten verlengd = arrangement("900.00", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        Map<YearMonth, BigDecimal> nieuw = VerrekeningSpreiding.perMaand(verlengd.bedrag(), verlengd.start(),
                verlengd.eind());
        Set<YearMonth> vast = Set.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
        VerrekeningRegel april = VerrekeningBerekening.voorMaand(YearMonth.of(2025, 4), List.of(verlengd), vast,
                Map.of(ID, new BigDecimal("900.00"))).get(0);
        BigDecimal verschuldigd = nieuw.get(YearMonth.of(2025, 1)).add(nieuw.get(YearMonth.of(2025, 2)))
                .add(nieuw.get(YearMonth.of(2025, 3)));
        assertThat(april.correctie()).isEqualByComparingTo(verschuldigd.subtract(new BigDecimal("900.00")));
        assertThat(april.correctie().signum()).isNegative();

        // April vastgesteld with its correctie: May has no correctie left, and the months add up to the bedrag.
        Set<YearMonth> totApril = Set.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3),
                YearMonth.of(2025, 4));
        BigDecimal totaal = new BigDecimal("900.00").add(april.bedrag());
        VerrekeningRegel mei = VerrekeningBerekening.voorMaand(YearMonth.of(2025, 5), List.of(verlengd), totApril,
                Map.of(ID, totaal)).get(0);
        assertThat(mei.correctie()).isEqualByComparingTo("0");
        BigDecimal juni = nieuw.get(YearMonth.of(2025, 6));
        assertThat(totaal.add(mei.bedrag()).add(juni)).isEqualByComparingTo("900.00");
    }

    @Test
    void anArrangementClosedEarlyIsChargedUpToItsClosingDayAndNothingAfter() {
        // 3650.00 over 2025 (10.00 a day), closed on 10 April: April 10 of its 30 days, May onwards nothing.
        VerrekeningKosten a = gesloten("3650.00", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2025, 4, 10));
        Map<YearMonth, BigDecimal> delen = VerrekeningSpreiding.teBetalen(a.bedrag(), a.start(), a.eind(),
                a.afgeslotenOp());
        assertThat(delen.get(YearMonth.of(2025, 3))).isEqualByComparingTo("310.00");
        assertThat(delen.get(YearMonth.of(2025, 4))).isEqualByComparingTo("100.00");
        assertThat(delen).doesNotContainKey(YearMonth.of(2025, 5));
        assertThat(VerrekeningBerekening.voorMaand(YearMonth.of(2025, 4), List.of(a), maanden(2025, 1, 3),
                Map.of(ID, new BigDecimal("900.00")))).singleElement().satisfies(r -> {
            assertThat(r.maanddeel()).isEqualByComparingTo("100.00");
            assertThat(r.correctie()).isEqualByComparingTo("0");
        });
        // April vastgesteld with its 100.00: May has no line, and no correctie charges the rest of April.
        assertThat(VerrekeningBerekening.voorMaand(YearMonth.of(2025, 5), List.of(a), maanden(2025, 1, 4),
                Map.of(ID, new BigDecimal("1000.00")))).isEmpty();
        assertThat(VerrekeningBerekening.voorMaand(YearMonth.of(2025, 9), List.of(a), Set.of(), Map.of())).isEmpty();
    }

    @Test
    void aClosingRecordedLateDoesNotReclaimMonthsVastgesteldAlready() {
        // January-June were vastgesteld in full (1810.00) before the closing on 10 April was recorded.
        VerrekeningKosten a = gesloten("3650.00", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2025, 4, 10));
        assertThat(VerrekeningBerekening.voorMaand(YearMonth.of(2025, 7), List.of(a), maanden(2025, 1, 6),
                Map.of(ID, new BigDecimal("1810.00")))).isEmpty();
    }

    @Test
    void aStartInThePastIsCaughtUpOnlyToTheClosingDate() {
        // Granted late with a start on 1 January, closed on 20 January; January and February vastgesteld without it.
        VerrekeningKosten a = gesloten("3650.00", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2025, 1, 20));
        assertThat(VerrekeningBerekening.voorMaand(YearMonth.of(2025, 3), List.of(a), maanden(2025, 1, 2), Map.of()))
                .singleElement().satisfies(r -> {
                    assertThat(r.maanddeel()).isEqualByComparingTo("0");
                    assertThat(r.correctie()).isEqualByComparingTo("200.00");
                });
    }

    @Test
    void anExtensionBeforeTheClosingIsStillCorrected() {
        // Vastgesteld January-March under 1 Jan - 31 Mar (900.00), then extended to 30 June and closed on 15 April.
        VerrekeningKosten a = gesloten("900.00", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 4, 15));
        Map<YearMonth, BigDecimal> nieuw = VerrekeningSpreiding.perMaand(a.bedrag(), a.start(), a.eind());
        BigDecimal verschuldigd = nieuw.get(YearMonth.of(2025, 1)).add(nieuw.get(YearMonth.of(2025, 2)))
                .add(nieuw.get(YearMonth.of(2025, 3)));
        VerrekeningRegel april = VerrekeningBerekening.voorMaand(YearMonth.of(2025, 4), List.of(a),
                maanden(2025, 1, 3), Map.of(ID, new BigDecimal("900.00"))).get(0);
        assertThat(april.correctie()).isEqualByComparingTo(verschuldigd.subtract(new BigDecimal("900.00")));
        assertThat(april.maanddeel()).isEqualByComparingTo(nieuw.get(YearMonth.of(2025, 4))
                .multiply(new BigDecimal("15")).divide(new BigDecimal("30"), 2, java.math.RoundingMode.HALF_UP));
    }
}
