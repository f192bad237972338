package nl.passend.finance.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.TelSoort;
import nl.passend.shared.PassendException;

/** Amounts are test values (not published amounts), chosen to make the arithmetic checkable by hand. */
class BatenCalculatorTests {

    private static final LocalDate T_2024 = LocalDate.of(2023, 2, 1);
    private static final LocalDate T_2021 = LocalDate.of(2020, 10, 1);
    private static final LocalDate G_2021 = LocalDate.of(2021, 2, 1);

    @Test
    void countsOnFirstFebruaryOfThePreviousYearSince2023AndOnFirstOctoberWithAGrowthCountBefore() {
        assertThat(BatenCalculator.teldatum(2023)).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(BatenCalculator.groeiteldatum(2023)).isEmpty();
        assertThat(BatenCalculator.teldatum(2022)).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(BatenCalculator.groeiteldatum(2022)).contains(LocalDate.of(2022, 2, 1));
    }

    @Test
    void computesTheIncomeSince2023FromTheCountsOfFirstFebruaryOfThePreviousYear() {
        List<NormbedragWaarde> bedragen = bedragen2024();
        BatenBerekening b = BatenCalculator.bereken(2024, bedragen, tellingen2024(),
                List.of(new Subsidie("Gemeente: thuiszitterspact", new BigDecimal("12345.67"))));

        assertThat(b.teldatum()).isEqualTo(T_2024);
        assertThat(b.groeiteldatum()).isNull();
        assertThat(b.bedrag(Begrotingspost.RIJKSBIJDRAGE_LICHT)).isEqualByComparingTo("2043500.00");
        assertThat(b.bedrag(Begrotingspost.RIJKSBIJDRAGE_ZWAAR)).isEqualByComparingTo("5891400.00");
        assertThat(b.bedrag(Begrotingspost.SUBSIDIE)).isEqualByComparingTo("12345.67");
        assertThat(b.totaleBaten()).isEqualByComparingTo("7947245.67");
        assertThat(b.bedrag(Begrotingspost.SBO)).isEqualByComparingTo("1658630.00");
        assertThat(b.bedrag(Begrotingspost.SO)).isEqualByComparingTo("1511560.30");
        assertThat(b.verrekening()).isEqualByComparingTo("3170190.30");
        assertThat(b.groeibekostiging()).isEqualByComparingTo("0");
        assertThat(b.nettoOntvangst()).isEqualByComparingTo("4777055.37");
        assertThat(b.regels()).noneMatch(r -> r.code().startsWith("groei-") || r.code().equals("tweeprocent-grens"));
        assertThat(b.normbedragIds()).containsExactlyInAnyOrderElementsOf(bedragen.stream().map(NormbedragWaarde::id).toList());
    }

    @Test
    void recordsTheNormbedragCountTeldatumAndLegalSourceOnEveryLine() {
        List<NormbedragWaarde> bedragen = bedragen2024();
        BatenBerekening b = BatenCalculator.bereken(2024, bedragen, tellingen2024(), List.of());

        BerekeningRegel licht = b.regels("bruto-licht").get(0);
        NormbedragWaarde lo = find(bedragen, NormbedragSoort.LICHTE_ONDERSTEUNING);
        assertThat(licht.post()).isEqualTo(Begrotingspost.RIJKSBIJDRAGE_LICHT);
        assertThat(licht.normbedragId()).isEqualTo(lo.id());
        assertThat(licht.normbedrag()).isEqualByComparingTo("204.35");
        assertThat(licht.aantal()).isEqualTo(10000);
        assertThat(licht.teldatum()).isEqualTo(T_2024);
        assertThat(licht.bron()).contains("Besluit bekostiging WPO 2022").contains("versie 1");

        BerekeningRegel soHoog = b.regels("verrekening-so-hoog").get(0);
        assertThat(soHoog.post()).isEqualTo(Begrotingspost.SO);
        assertThat(soHoog.aantal()).isEqualTo(10);
        assertThat(soHoog.bedrag()).isEqualByComparingTo("314195.30");
        assertThat(soHoog.bron()).contains("WPO art. 121-125");
    }

    @Test
    void deductsSoPupilsPerCategoryFromTheZwareOndersteuning() {
        BatenBerekening b = BatenCalculator.bereken(2024, bedragen2024(), tellingen2024(), List.of());

        assertThat(b.regels("verrekening-so-laag").get(0).bedrag()).isEqualByComparingTo("776300.40");
        assertThat(b.regels("verrekening-so-midden").get(0).bedrag()).isEqualByComparingTo("421064.60");
        assertThat(b.regels("verrekening-so-hoog").get(0).bedrag()).isEqualByComparingTo("314195.30");
        assertThat(b.regels()).filteredOn(r -> r.post() == Begrotingspost.SO).hasSize(3);
    }

    @Test
    void deductsEverySboPupilSince2023WithoutTheTwoPercentRule() {
        BatenBerekening b = BatenCalculator.bereken(2024, bedragen2024(), tellingen2024(), List.of());

        BerekeningRegel sbo = b.regels("verrekening-sbo").get(0);
        assertThat(sbo.aantal()).isEqualTo(250);
        assertThat(sbo.bedrag()).isEqualByComparingTo("1658630.00");
    }

    @Test
    void paysForSboPupilsBefore2023OnlyAboveTwoPercentOfThePupils() {
        BatenBerekening b = BatenCalculator.bereken(2021, bedragen2021(), tellingen2021(250, false), List.of());

        assertThat(b.teldatum()).isEqualTo(T_2021);
        assertThat(b.groeiteldatum()).isEqualTo(G_2021);
        assertThat(b.regels("tweeprocent-grens").get(0).aantal()).isEqualTo(200);
        assertThat(b.regels("tweeprocent-grens").get(0).post()).isNull();
        BerekeningRegel sbo = b.regels("verrekening-sbo").get(0);
        assertThat(sbo.aantal()).isEqualTo(50);
        assertThat(sbo.bedrag()).isEqualByComparingTo("250000.00");
        assertThat(sbo.bron()).contains("2%-regeling");
    }

    @Test
    void paysNothingForSboPupilsBefore2023BelowTwoPercent() {
        BatenBerekening b = BatenCalculator.bereken(2021, bedragen2021(), tellingen2021(180, false), List.of());

        assertThat(b.regels("verrekening-sbo").get(0).aantal()).isZero();
        assertThat(b.bedrag(Begrotingspost.SBO)).isEqualByComparingTo("0");
    }

    @Test
    void roundsTheTwoPercentBoundaryDownToWholePupils() {
        List<Telling> tellingen = new ArrayList<>(tellingen2021(201, false));
        tellingen.replaceAll(t -> t.soort() == TelSoort.BASIS ? new Telling(t.teldatum(), TelSoort.BASIS,
                Leeftijdsklasse.ALLE, 10049) : t);

        BatenBerekening b = BatenCalculator.bereken(2021, bedragen2021(), tellingen, List.of());

        // 2% of 10,049 = 200.98 -> 200 pupils funded by the state; the SWV pays for 1.
        assertThat(b.regels("tweeprocent-grens").get(0).aantal()).isEqualTo(200);
        assertThat(b.regels("verrekening-sbo").get(0).aantal()).isEqualTo(1);
    }

    @Test
    void paysGrowthBefore2023ForPupilsAddedBetweenTheTeldatumAndFirstFebruary() {
        BatenBerekening b = BatenCalculator.bereken(2021, bedragen2021(), tellingen2021(250, true), List.of());

        BerekeningRegel sbo = b.regels("groei-sbo").get(0);
        assertThat(sbo.aantal()).isEqualTo(10);
        assertThat(sbo.teldatum()).isEqualTo(G_2021);
        assertThat(sbo.bedrag()).isEqualByComparingTo("40000.00");
        assertThat(sbo.post()).isEqualTo(Begrotingspost.SBO);
        assertThat(b.regels("groei-so-laag").get(0).aantal()).isEqualTo(5);
        assertThat(b.regels("groei-so-laag").get(0).bedrag()).isEqualByComparingTo("40000.00");
        assertThat(b.regels("groei-so-midden").get(0).aantal()).as("a decrease is no growth").isZero();
        assertThat(b.groeibekostiging()).isEqualByComparingTo("80000.00");
        assertThat(b.nettoOntvangst()).isEqualByComparingTo(
                b.totaleBaten().subtract(b.verrekening()).subtract(new BigDecimal("80000.00")));
    }

    @Test
    void paysNoGrowthBefore2023WhenTheCountsDidNotRise() {
        BatenBerekening b = BatenCalculator.bereken(2021, bedragen2021(), tellingen2021(250, false), List.of());

        assertThat(b.groeibekostiging()).isEqualByComparingTo("0");
        assertThat(b.regels()).filteredOn(r -> r.code().startsWith("groei-")).allSatisfy(r -> assertThat(r.aantal()).isZero());
    }

    @Test
    void computesPerAgeBandWhereTheYearsAmountsHaveAgeBands() {
        BatenBerekening b = BatenCalculator.bereken(2021, bedragen2021(), tellingen2021(250, false), List.of());

        List<BerekeningRegel> laag = b.regels("verrekening-so-laag");
        assertThat(laag).hasSize(2);
        assertThat(laag).extracting(BerekeningRegel::aantal).containsExactly(20, 40);
        assertThat(laag).extracting(BerekeningRegel::bedrag).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("200000.00"), new BigDecimal("360000.00"));
        // The growth amount has no age bands: the banded counts are summed (60 on both dates -> no growth).
        assertThat(b.regels("groei-so-laag").get(0).aantal()).isZero();
    }

    @Test
    void refusesAnAgeBandedAmountWhenTheCountHasNoAgeBands() {
        List<Telling> tellingen = new ArrayList<>(tellingen2021(250, false));
        tellingen.removeIf(t -> t.soort() == TelSoort.SO_LAAG);
        tellingen.add(new Telling(T_2021, TelSoort.SO_LAAG, Leeftijdsklasse.ALLE, 60));
        tellingen.add(new Telling(G_2021, TelSoort.SO_LAAG, Leeftijdsklasse.ALLE, 60));

        assertRefused(() -> BatenCalculator.bereken(2021, bedragen2021(), tellingen, List.of()), "telling-ontbreekt",
                T_2021, TelSoort.SO_LAAG);
    }

    @Test
    void chargesADeductionLargerThanItsBudgetToTheSchoolsAndBringsTheLineToZero() {
        List<Telling> tellingen = List.of(telling(T_2024, TelSoort.BASIS, 100), telling(T_2024, TelSoort.SBO, 10),
                telling(T_2024, TelSoort.SO_LAAG, 0), telling(T_2024, TelSoort.SO_MIDDEN, 0),
                telling(T_2024, TelSoort.SO_HOOG, 0));

        BatenBerekening b = BatenCalculator.bereken(2024, bedragen2024(), tellingen, List.of());

        // licht 100 x 204.35 = 20,435.00; SBO 10 x 6,634.52 = 66,345.20; excess 45,910.20 borne by the schools.
        BerekeningRegel overschot = b.regels("verrekening-ten-laste-van-scholen").get(0);
        assertThat(overschot.post()).isEqualTo(Begrotingspost.SBO);
        assertThat(overschot.bedrag()).isEqualByComparingTo("-45910.20");
        assertThat(overschot.bron()).contains("lumpsum");
        assertThat(b.bedrag(Begrotingspost.SBO)).isEqualByComparingTo("20435.00");
        assertThat(b.verrekening()).isEqualByComparingTo("20435.00");
        assertThat(b.nettoOntvangst()).isEqualByComparingTo(b.bedrag(Begrotingspost.RIJKSBIJDRAGE_ZWAAR));
    }

    @Test
    void refusesAMissingAmountWithItsYearAndKind() {
        List<NormbedragWaarde> bedragen = new ArrayList<>(bedragen2024());
        bedragen.removeIf(n -> n.soort() == NormbedragSoort.ZWARE_ONDERSTEUNING);

        assertRefused(() -> BatenCalculator.bereken(2024, bedragen, tellingen2024(), List.of()), "normbedrag-ontbreekt",
                2024, NormbedragSoort.ZWARE_ONDERSTEUNING);
    }

    @Test
    void refusesAnAmountOfAnotherYear() {
        List<NormbedragWaarde> bedragen = new ArrayList<>(bedragen2024());
        bedragen.replaceAll(n -> n.soort() == NormbedragSoort.SO_MIDDEN
                ? new NormbedragWaarde(n.id(), 2023, n.soort(), n.leeftijdsklasse(), n.waarde(), n.versie()) : n);

        assertRefused(() -> BatenCalculator.bereken(2024, bedragen, tellingen2024(), List.of()), "normbedrag-ontbreekt",
                2024, NormbedragSoort.SO_MIDDEN);
    }

    @Test
    void refusesAMissingCountWithItsTeldatumAndKind() {
        List<Telling> tellingen = new ArrayList<>(tellingen2024());
        tellingen.removeIf(t -> t.soort() == TelSoort.SO_HOOG);

        assertRefused(() -> BatenCalculator.bereken(2024, bedragen2024(), tellingen, List.of()), "telling-ontbreekt",
                T_2024, TelSoort.SO_HOOG);
    }

    @Test
    void refusesANegativeCount() {
        List<Telling> tellingen = new ArrayList<>(tellingen2024());
        tellingen.add(new Telling(LocalDate.of(2022, 2, 1), TelSoort.SBO, Leeftijdsklasse.ALLE, -1));

        assertRefused(() -> BatenCalculator.bereken(2024, bedragen2024(), tellingen, List.of()), "telling-negatief");
    }

    @Test
    void refusesTheSameCountTwice() {
        List<Telling> tellingen = new ArrayList<>(tellingen2024());
        tellingen.add(telling(T_2024, TelSoort.BASIS, 10001));

        assertRefused(() -> BatenCalculator.bereken(2024, bedragen2024(), tellingen, List.of()), "telling-dubbel");
    }

    @Test
    void refusesAnAmountGivenBothForAllAgesAndPerAgeBand() {
        List<NormbedragWaarde> bedragen = new ArrayList<>(bedragen2024());
        bedragen.add(new NormbedragWaarde(UUID.randomUUID(), 2024, NormbedragSoort.SO_LAAG, Leeftijdsklasse.ONDER_8,
                new BigDecimal("1.00"), 1));

        assertRefused(() -> BatenCalculator.bereken(2024, bedragen, tellingen2024(), List.of()),
                "normbedrag-leeftijdsklassen-gemengd");
    }

    @Test
    void usesTheHighestVersionOfAnAmount() {
        List<NormbedragWaarde> bedragen = new ArrayList<>(bedragen2024());
        NormbedragWaarde v2 = new NormbedragWaarde(UUID.randomUUID(), 2024, NormbedragSoort.LICHTE_ONDERSTEUNING,
                Leeftijdsklasse.ALLE, new BigDecimal("210.00"), 2);
        bedragen.add(0, v2);

        BatenBerekening b = BatenCalculator.bereken(2024, bedragen, tellingen2024(), List.of());

        assertThat(b.regels("bruto-licht").get(0).normbedragId()).isEqualTo(v2.id());
        assertThat(b.bedrag(Begrotingspost.RIJKSBIJDRAGE_LICHT)).isEqualByComparingTo("2100000.00");
        assertThat(b.normbedragIds()).contains(v2.id()).doesNotContain(find(bedragen2024(), NormbedragSoort.LICHTE_ONDERSTEUNING).id());
    }

    @Test
    void refusesANegativeSubsidy() {
        assertRefused(() -> BatenCalculator.bereken(2024, bedragen2024(), tellingen2024(),
                List.of(new Subsidie("correctie", new BigDecimal("-1.00")))), "subsidie-negatief");
    }

    // --- test data ---

    private static final UUID LO = UUID.fromString("00000000-0000-0000-0000-000000000001");

    static List<NormbedragWaarde> bedragen2024() {
        return List.of(
                new NormbedragWaarde(LO, 2024, NormbedragSoort.LICHTE_ONDERSTEUNING, Leeftijdsklasse.ALLE,
                        new BigDecimal("204.35"), 1),
                bedrag(2024, NormbedragSoort.ZWARE_ONDERSTEUNING, "589.14"),
                bedrag(2024, NormbedragSoort.SBO, "6634.52"),
                bedrag(2024, NormbedragSoort.SO_LAAG, "12938.34"),
                bedrag(2024, NormbedragSoort.SO_MIDDEN, "21053.23"),
                bedrag(2024, NormbedragSoort.SO_HOOG, "31419.53"));
    }

    static List<Telling> tellingen2024() {
        return List.of(telling(T_2024, TelSoort.BASIS, 10000), telling(T_2024, TelSoort.SBO, 250),
                telling(T_2024, TelSoort.SO_LAAG, 60), telling(T_2024, TelSoort.SO_MIDDEN, 20),
                telling(T_2024, TelSoort.SO_HOOG, 10));
    }

    /** 2021: SO laag has age bands (ONDER_8 10,000.00; VANAF_8 9,000.00); growth amounts without bands. */
    private static List<NormbedragWaarde> bedragen2021() {
        return List.of(bedrag(2021, NormbedragSoort.LICHTE_ONDERSTEUNING, "190.00"),
                bedrag(2021, NormbedragSoort.ZWARE_ONDERSTEUNING, "560.00"),
                bedrag(2021, NormbedragSoort.SBO, "5000.00"),
                new NormbedragWaarde(UUID.randomUUID(), 2021, NormbedragSoort.SO_LAAG, Leeftijdsklasse.ONDER_8,
                        new BigDecimal("10000.00"), 1),
                new NormbedragWaarde(UUID.randomUUID(), 2021, NormbedragSoort.SO_LAAG, Leeftijdsklasse.VANAF_8,
                        new BigDecimal("9000.00"), 1),
                bedrag(2021, NormbedragSoort.SO_MIDDEN, "18000.00"),
                bedrag(2021, NormbedragSoort.SO_HOOG, "27000.00"),
                bedrag(2021, NormbedragSoort.GROEI_SBO, "4000.00"),
                bedrag(2021, NormbedragSoort.GROEI_SO_LAAG, "8000.00"),
                bedrag(2021, NormbedragSoort.GROEI_SO_MIDDEN, "15000.00"),
                bedrag(2021, NormbedragSoort.GROEI_SO_HOOG, "22000.00"));
    }

    /** 2021 counts on 1 Oct 2020 and 1 Feb 2021; with growth: SBO +10, SO laag +5 (onder 8), SO midden -2. */
    private static List<Telling> tellingen2021(int sbo, boolean groei) {
        List<Telling> t = new ArrayList<>();
        for (LocalDate d : List.of(T_2021, G_2021)) {
            boolean g = groei && d.equals(G_2021);
            t.add(telling(d, TelSoort.BASIS, 10000));
            t.add(telling(d, TelSoort.SBO, sbo + (g ? 10 : 0)));
            t.add(new Telling(d, TelSoort.SO_LAAG, Leeftijdsklasse.ONDER_8, 20 + (g ? 5 : 0)));
            t.add(new Telling(d, TelSoort.SO_LAAG, Leeftijdsklasse.VANAF_8, 40));
            t.add(telling(d, TelSoort.SO_MIDDEN, 20 - (g ? 2 : 0)));
            t.add(telling(d, TelSoort.SO_HOOG, 10));
        }
        return t;
    }

    static NormbedragWaarde bedrag(int jaar, NormbedragSoort soort, String waarde) {
        return new NormbedragWaarde(UUID.randomUUID(), jaar, soort, Leeftijdsklasse.ALLE, new BigDecimal(waarde), 1);
    }

    static Telling telling(LocalDate datum, TelSoort soort, int aantal) {
        return new Telling(datum, soort, Leeftijdsklasse.ALLE, aantal);
    }

    private static NormbedragWaarde find(List<NormbedragWaarde> bedragen, NormbedragSoort soort) {
        return bedragen.stream().filter(n -> n.soort() == soort).findFirst().orElseThrow();
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code,
            Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PassendException.RuleViolation.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            if (arguments.length > 0) {
                assertThat(readable(e.arguments())).isEqualTo(readable(arguments));
            }
        });
    }

    /** Arguments as the message shows them: kinds by their key's fallback (the enum name), dates as d-M-yyyy. */
    private static List<String> readable(Object[] arguments) {
        List<String> result = new java.util.ArrayList<>();
        for (Object a : arguments) {
            if (a instanceof org.springframework.context.MessageSourceResolvable r) {
                result.add(r.getDefaultMessage());
            } else if (a instanceof LocalDate d) {
                result.add(Argumenten.datum(d));
            } else {
                result.add(String.valueOf(a));
            }
        }
        return result;
    }
}
