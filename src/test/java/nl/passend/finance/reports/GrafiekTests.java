package nl.passend.finance.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.Grafiek;
import nl.passend.finance.GrafiekJaar;
import nl.passend.finance.GrafiekService;

import org.junit.jupiter.api.Test;

/** The chart geometry: stacked bars stack up to the year's total, a deficit hangs below the zero line. */
class GrafiekTests {

    private static GrafiekJaar jaar(int jaar, String regulier, String so, String baten, String ev) {
        Map<Begrotingspost, BigDecimal> bedragen = Map.of(Begrotingspost.REGULIER, new BigDecimal(regulier),
                Begrotingspost.SO, new BigDecimal(so), Begrotingspost.RIJKSBIJDRAGE_LICHT, new BigDecimal(baten));
        BigDecimal lasten = new BigDecimal(regulier).add(new BigDecimal(so));
        return new GrafiekJaar(jaar, GrafiekJaar.Bron.HISTORIE, GrafiekJaar.Bron.HISTORIE, bedragen,
                new BigDecimal(baten), lasten, new BigDecimal(baten).subtract(lasten), ev == null ? null : new BigDecimal(ev));
    }

    @Test
    void stacksTheCategoriesOfAYearOnTopOfEachOtherFromTheZeroLine() {
        List<GrafiekJaar> jaren = List.of(jaar(2020, "3000000", "5000000", "9000000", null),
                jaar(2021, "2000000", "6000000", "7000000", "1500000"));

        Grafiek g = GrafiekService.lastenPerCategorie(jaren);

        List<Grafiek.Staaf> y2020 = g.staven().stream().filter(s -> s.jaar() == 2020).toList();
        assertThat(y2020).extracting(Grafiek.Staaf::labelKey).containsExactly("finance.post.REGULIER", "finance.post.SO");
        assertThat(y2020.get(0).y() + y2020.get(0).hoogte()).isEqualTo(g.nulY());
        assertThat(y2020.get(1).y() + y2020.get(1).hoogte()).isEqualTo(y2020.get(0).y());
        assertThat(g.reeksen()).extracting(Grafiek.Reeks::labelKey).containsExactly("finance.post.REGULIER", "finance.post.SO");
        assertThat(g.ticks().get(g.ticks().size() - 1).waarde()).isGreaterThanOrEqualTo(new BigDecimal("8000000"));
    }

    @Test
    void drawsADeficitBelowTheZeroLineAndTheReserveAsALine() {
        List<GrafiekJaar> jaren = List.of(jaar(2020, "3000000", "5000000", "9000000", "1000000"),
                jaar(2021, "2000000", "6000000", "7000000", "1500000"));

        Grafiek g = GrafiekService.resultaatReserve(jaren);

        Grafiek.Staaf overschot = g.staven().get(0);
        Grafiek.Staaf tekort = g.staven().get(1);
        assertThat(overschot.y() + overschot.hoogte()).isEqualTo(g.nulY());
        assertThat(tekort.y()).isEqualTo(g.nulY());
        assertThat(tekort.hoogte()).isCloseTo(overschot.hoogte(), org.assertj.core.data.Offset.offset(1));
        assertThat(g.lijn()).extracting(Grafiek.Punt::jaar).containsExactly(2020, 2021);
        assertThat(g.lijn().get(1).y()).isLessThan(g.lijn().get(0).y());
        assertThat(g.lijnPunten()).matches("\\d+,\\d+ \\d+,\\d+");
    }

    @Test
    void takesEachSideFromTheFirstSourceWithFiguresOnThatSide() {
        // Seed 000's history has only lasten; the begroting has every post (0.00 where none).
        Map<Begrotingspost, BigDecimal> historie = Map.of(Begrotingspost.REGULIER, new BigDecimal("3736323.00"),
                Begrotingspost.SO, new BigDecimal("4664736.00"));
        Map<Begrotingspost, BigDecimal> begroting = new EnumMap<>(Begrotingspost.class);
        for (Begrotingspost p : Begrotingspost.values()) {
            begroting.put(p, new BigDecimal("0.00"));
        }
        begroting.put(Begrotingspost.RIJKSBIJDRAGE_ZWAAR, new BigDecimal("9000000.00"));
        begroting.put(Begrotingspost.REGULIER, new BigDecimal("1.00"));

        GrafiekJaar j = GrafiekService.jaar(2021, new EnumMap<>(Map.of(GrafiekJaar.Bron.HISTORIE, historie,
                GrafiekJaar.Bron.BEGROTING, begroting)), null);

        assertThat(j.lastenBron()).isEqualTo(GrafiekJaar.Bron.HISTORIE);
        assertThat(j.lasten()).isEqualByComparingTo("8401059.00");
        assertThat(j.batenBron()).isEqualTo(GrafiekJaar.Bron.BEGROTING);
        assertThat(j.baten()).isEqualByComparingTo("9000000.00");
        assertThat(j.resultaat()).isEqualByComparingTo("598941.00");
        assertThat(j.bedrag(Begrotingspost.REGULIER)).isEqualByComparingTo("3736323.00");
        assertThat(j.bedrag(Begrotingspost.RIJKSBIJDRAGE_ZWAAR)).isEqualByComparingTo("9000000.00");
        assertThat(j.bedrag(Begrotingspost.OZA)).isNull();
    }

    @Test
    void leavesASideWithoutASourceOutInsteadOfDrawingAFalseDeficit() {
        Map<Begrotingspost, BigDecimal> lasten = Map.of(Begrotingspost.REGULIER, new BigDecimal("3000000.00"));
        List<GrafiekJaar> jaren = List.of(
                GrafiekService.jaar(2020, Map.of(GrafiekJaar.Bron.HISTORIE, lasten), new BigDecimal("1000000.00")),
                GrafiekService.jaar(2021, Map.of(), new BigDecimal("1200000.00")));

        assertThat(jaren.get(0).baten()).isNull();
        assertThat(jaren.get(0).batenBron()).isNull();
        assertThat(jaren.get(0).lasten()).isEqualByComparingTo("3000000.00");
        assertThat(jaren.get(0).resultaat()).isNull();
        assertThat(jaren.get(1).lastenBron()).isNull();
        assertThat(GrafiekService.batenLasten(jaren).staven()).singleElement()
                .satisfies(s -> assertThat(s.labelKey()).isEqualTo("finance.grafiek.lasten"));
        Grafiek resultaat = GrafiekService.resultaatReserve(jaren);
        assertThat(resultaat.staven()).isEmpty();
        assertThat(resultaat.lijn()).hasSize(2);
    }
}
