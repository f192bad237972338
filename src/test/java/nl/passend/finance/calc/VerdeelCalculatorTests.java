package nl.passend.finance.calc;

import static nl.passend.finance.calc.BatenCalculatorTests.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.passend.finance.Begrotingspost;

class VerdeelCalculatorTests {

    private static final UUID BESTUUR_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BESTUUR_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID WG_NOORD = UUID.fromString("00000000-0000-0000-0000-000000000101");
    private static final UUID WG_ZUID = UUID.fromString("00000000-0000-0000-0000-000000000102");

    /** Bestuur A: 2 BAO schools (101 + 211 pupils, noord + zuid); bestuur B: 1 BAO school (307, zuid), 1 SBO school. */
    private static List<SchoolTelling> scholen() {
        return List.of(new SchoolTelling(UUID.randomUUID(), BESTUUR_A, WG_NOORD, true, 101),
                new SchoolTelling(UUID.randomUUID(), BESTUUR_A, WG_ZUID, true, 211),
                new SchoolTelling(UUID.randomUUID(), BESTUUR_B, WG_ZUID, true, 307),
                new SchoolTelling(UUID.randomUUID(), BESTUUR_B, WG_ZUID, false, 120));
    }

    @Test
    void paysAFixedAmountPerBaoSchoolToItsBestuur() {
        Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("1000000.00"),
                List.of(component(1, ComponentSoort.VASTE_VOET, Begrotingspost.REGULIER, "5000.00", null, null, null, true)),
                scholen());

        ComponentUitkomst c = v.componenten().get(0);
        assertThat(c.totaal()).isEqualByComparingTo("15000.00");
        assertThat(c.toedelingen()).extracting(Toedeling::ontvangerId).containsExactly(BESTUUR_A, BESTUUR_B);
        assertThat(c.toedelingen()).extracting(Toedeling::bedrag).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10000.00"), new BigDecimal("5000.00"));
        assertThat(c.toedelingen().get(0).grondslag()).isEqualByComparingTo("2");
    }

    @Test
    void paysAnAmountPerBaoPupilToTheBestuurLeavingSboSchoolsOut() {
        Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("1000000.00"),
                List.of(component(1, ComponentSoort.PER_LEERLING, Begrotingspost.REGULIER, "123.45", null, null, null, true)),
                scholen());

        assertThat(v.perBestuur()).containsOnlyKeys(BESTUUR_A, BESTUUR_B);
        assertThat(v.perBestuur().get(BESTUUR_A)).isEqualByComparingTo("38516.40"); // 312 x 123.45
        assertThat(v.perBestuur().get(BESTUUR_B)).isEqualByComparingTo("37899.15"); // 307 x 123.45
        assertThat(v.totaal()).isEqualByComparingTo("76415.55");
    }

    @Test
    void splitsTheMonthlyComponentsOfABestuurOverTwelveMonthsAddingUpToTheYear() {
        Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("1000000.00"), List.of(
                component(1, ComponentSoort.VASTE_VOET, Begrotingspost.REGULIER, "5000.05", null, null, null, true),
                component(2, ComponentSoort.PER_LEERLING, Begrotingspost.REGULIER, "123.45", null, null, null, true),
                component(3, ComponentSoort.PER_LEERLING, Begrotingspost.OVERIGE_LASTEN, "1.00", null, null, null, false)),
                scholen());

        List<BigDecimal> maanden = v.maandbedragen(BESTUUR_B);
        assertThat(maanden).hasSize(12);
        // monthly: 5,000.05 + 37,899.15 = 42,899.20; the yearly 307.00 of component 3 is not paid monthly.
        assertThat(Cents.sum(maanden)).isEqualByComparingTo("42899.20");
        assertThat(v.perBestuur().get(BESTUUR_B)).isEqualByComparingTo("43206.20");
        assertThat(maanden.get(0)).isEqualByComparingTo("3574.95"); // 416.68 + 3158.27
        assertThat(maanden.get(11)).isEqualByComparingTo("3574.93"); // 416.67 + 3158.26
        assertThat(v.maandbedragen(UUID.randomUUID())).allSatisfy(m -> assertThat(m).isEqualByComparingTo("0"));
    }

    @Test
    void givesAMonthsPartsPerBestuurAndMonthlyComponentOnWhichTheMonthlyAmountsAreBuilt() {
        Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("1000000.00"), List.of(
                component(1, ComponentSoort.VASTE_VOET, Begrotingspost.REGULIER, "5000.05", null, null, null, true),
                component(2, ComponentSoort.PER_LEERLING, Begrotingspost.OZA, "123.45", null, null, null, true),
                component(3, ComponentSoort.PER_LEERLING, Begrotingspost.OVERIGE_LASTEN, "1.00", null, null, null, false)),
                scholen());

        List<Verdeling.Maanddeel> januari = v.maanddelen(1);
        // Component order, then bestuur order; the component not paid monthly has no parts.
        assertThat(januari).extracting(d -> d.component().volgorde(), Verdeling.Maanddeel::bestuurId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, BESTUUR_A), org.assertj.core.groups.Tuple.tuple(1, BESTUUR_B),
                org.assertj.core.groups.Tuple.tuple(2, BESTUUR_A), org.assertj.core.groups.Tuple.tuple(2, BESTUUR_B));
        assertThat(januari.get(1).bedrag()).isEqualByComparingTo("416.68"); // 5,000.05 / 12, the first month rounded up
        assertThat(januari.get(3).component().post()).isEqualTo(Begrotingspost.OZA);
        assertThat(januari.get(3).bedrag()).isEqualByComparingTo("3158.27"); // 37,899.15 / 12
        assertThat(v.maanddelen(12).get(1).bedrag()).isEqualByComparingTo("416.67");
        for (int m = 1; m <= 12; m++) {
            int maand = m;
            for (UUID bestuur : List.of(BESTUUR_A, BESTUUR_B)) {
                assertThat(Cents.sum(v.maanddelen(maand).stream().filter(d -> d.bestuurId().equals(bestuur))
                        .map(Verdeling.Maanddeel::bedrag).toList()))
                        .isEqualByComparingTo(v.maandbedragen(bestuur).get(maand - 1));
            }
        }
        assertRefused(() -> v.maanddelen(13), "maand-ongeldig", 13);
        assertRefused(() -> v.maanddelen(0), "maand-ongeldig", 0);
    }

    @Test
    void leavesZeroPartsOutOfAMonth() {
        Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("1000000.00"),
                List.of(component(1, ComponentSoort.VASTE_VOET, Begrotingspost.REGULIER, "0.05", null, null, null, true)),
                List.of(new SchoolTelling(UUID.randomUUID(), BESTUUR_A, WG_NOORD, true, 10)));

        // 0.05 a year: five months of 0.01, seven of nothing.
        assertThat(v.maanddelen(5)).singleElement().satisfies(d -> assertThat(d.bedrag()).isEqualByComparingTo("0.01"));
        assertThat(v.maanddelen(6)).isEmpty();
    }

    @Test
    void distributesAWerkgebiedBudgetProRataBaoPupilsAfterHoldingBackTheFrictieReserve() {
        Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("1000000.00"), List.of(
                component(1, ComponentSoort.WERKGEBIEDBUDGET, Begrotingspost.WERKGEBIEDEN, "100000.00", null, "2.5", null, false)),
                scholen());

        ComponentUitkomst c = v.componenten().get(0);
        assertThat(c.totaal()).isEqualByComparingTo("100000.00");
        Toedeling frictie = c.toedelingen().get(0);
        assertThat(frictie.soort()).isEqualTo(OntvangerSoort.FRICTIERESERVE);
        assertThat(frictie.bedrag()).isEqualByComparingTo("2500.00");
        // 97,500.00 over noord 101 and zuid 518 (211 + 307) pupils: 15,908.72 and 81,591.28.
        assertThat(c.toedelingen().subList(1, 3)).extracting(Toedeling::ontvangerId).containsExactly(WG_NOORD, WG_ZUID);
        assertThat(c.toedelingen().get(1).bedrag()).isEqualByComparingTo("15908.72");
        assertThat(c.toedelingen().get(2).bedrag()).isEqualByComparingTo("81591.28");
        assertThat(Cents.sum(c.toedelingen().stream().map(Toedeling::bedrag).toList())).isEqualByComparingTo(c.totaal());
    }

    @Test
    void distributesAMillionAndOneCentOverSevenWerkgebiedenWithPrimePupilCountsToTheCent() {
        int[] primes = {101, 211, 307, 401, 503, 601, 701};
        List<SchoolTelling> scholen = new ArrayList<>();
        List<UUID> werkgebieden = new ArrayList<>();
        for (int p : primes) {
            UUID wg = UUID.randomUUID();
            werkgebieden.add(wg);
            scholen.add(new SchoolTelling(UUID.randomUUID(), BESTUUR_A, wg, true, p));
        }

        Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("2000000.00"), List.of(component(1,
                ComponentSoort.WERKGEBIEDBUDGET, Begrotingspost.WERKGEBIEDEN, "1000000.01", null, null, null, false)),
                scholen);

        List<Toedeling> delen = v.componenten().get(0).toedelingen();
        assertThat(delen).extracting(Toedeling::ontvangerId).containsExactlyElementsOf(werkgebieden);
        assertThat(Cents.sum(delen.stream().map(Toedeling::bedrag).toList())).isEqualByComparingTo("1000000.01");
        assertThat(delen).extracting(Toedeling::bedrag).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("35752.21"), new BigDecimal("74690.27"), new BigDecimal("108672.57"),
                new BigDecimal("141946.90"), new BigDecimal("178053.10"), new BigDecimal("212743.36"),
                new BigDecimal("248141.60"));
    }

    @Test
    void alwaysDistributesRandomWerkgebiedBudgetsExactlyWithinOneCentOfTheExactShare() {
        Random random = new Random(5L);
        for (int run = 0; run < 500; run++) {
            List<SchoolTelling> scholen = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                scholen.add(new SchoolTelling(UUID.randomUUID(), BESTUUR_A, UUID.randomUUID(), true,
                        1 + random.nextInt(900)));
            }
            BigDecimal budget = BigDecimal.valueOf(random.nextLong(0, 500_000_000L), 2);
            BigDecimal frictie = BigDecimal.valueOf(random.nextInt(0, 1000), 2);

            Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("10000000.00"), List.of(component(1,
                    ComponentSoort.WERKGEBIEDBUDGET, Begrotingspost.WERKGEBIEDEN, budget.toPlainString(), null,
                    frictie.toPlainString(), null, false)), scholen);

            List<Toedeling> delen = v.componenten().get(0).toedelingen();
            assertThat(Cents.sum(delen.stream().map(Toedeling::bedrag).toList())).isEqualByComparingTo(budget);
            BigDecimal teVerdelen = budget.subtract(delen.get(0).bedrag());
            long leerlingen = scholen.stream().mapToLong(SchoolTelling::aantal).sum();
            for (Toedeling t : delen.subList(1, delen.size())) {
                BigDecimal exact = teVerdelen.multiply(t.grondslag()).divide(BigDecimal.valueOf(leerlingen),
                        MathContext.DECIMAL128);
                assertThat(t.bedrag().subtract(exact).abs()).isLessThan(new BigDecimal("0.01"));
            }
        }
    }

    @Test
    void takesPercentagesOfTheAvailableAmountRoundedOnce() {
        Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("1234567.89"), List.of(
                component(1, ComponentSoort.CENTRALE_POST, Begrotingspost.UITVOERINGSORGANISATIE, null, "10", null, null, false),
                component(2, ComponentSoort.PER_LEERLING, Begrotingspost.REGULIER, null, "50", null, null, true)),
                scholen());

        assertThat(v.componenten().get(0).totaal()).isEqualByComparingTo("123456.79");
        assertThat(v.componenten().get(0).toedelingen()).singleElement()
                .satisfies(t -> assertThat(t.soort()).isEqualTo(OntvangerSoort.CENTRAAL));
        // 617,283.945 -> 617,283.95 pro rata 312 : 307 pupils
        ComponentUitkomst perLeerling = v.componenten().get(1);
        assertThat(perLeerling.totaal()).isEqualByComparingTo("617283.95");
        assertThat(v.perBestuur().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("617283.95");
        assertThat(v.rest()).isEqualByComparingTo("493827.15");
        assertThat(v.tekort()).isFalse();
    }

    @Test
    void reservesTheGroeiregelingAsAmountPerExpectedGrowthPupil() {
        Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("1000000.00"), List.of(
                component(1, ComponentSoort.GROEIREGELING, Begrotingspost.SO, "5000.00", null, null, 12, false)),
                scholen());

        ComponentUitkomst c = v.componenten().get(0);
        assertThat(c.totaal()).isEqualByComparingTo("60000.00");
        assertThat(c.component().post()).isEqualTo(Begrotingspost.SO);
        assertThat(c.toedelingen().get(0).grondslag()).isEqualByComparingTo("12");
    }

    @Test
    void allowsFixedTotalsAboveTheAvailableAmountAndFlagsTheDeficit() {
        Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("100000.00"), List.of(
                component(1, ComponentSoort.CENTRALE_POST, Begrotingspost.OZA, "80000.00", null, null, null, false),
                component(2, ComponentSoort.CENTRALE_POST, Begrotingspost.MANAGEMENT_ORGANISATIE, "30000.00", null, null, null, false)),
                scholen());

        assertThat(v.totaal()).isEqualByComparingTo("110000.00");
        assertThat(v.rest()).isEqualByComparingTo("-10000.00");
        assertThat(v.tekort()).isTrue();
    }

    @Test
    void takesPercentagesOfANegativeAvailableAmountAsZero() {
        Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("-5000.00"), List.of(
                component(1, ComponentSoort.CENTRALE_POST, Begrotingspost.OZA, null, "40", null, null, false)), scholen());

        assertThat(v.componenten().get(0).totaal()).isEqualByComparingTo("0");
        assertThat(v.rest()).isEqualByComparingTo("-5000.00");
        assertThat(v.tekort()).isTrue();
    }

    @Test
    void refusesPercentagesThatTogetherExceedAHundred() {
        assertRefused(() -> VerdeelCalculator.verdeel(new BigDecimal("1000.00"), List.of(
                component(1, ComponentSoort.CENTRALE_POST, Begrotingspost.OZA, null, "60", null, null, false),
                component(2, ComponentSoort.WERKGEBIEDBUDGET, Begrotingspost.WERKGEBIEDEN, null, "40.0001", null, null, false)),
                scholen()), "verdeelmodel-aandeel-boven-100", "100.0001");
    }

    @Test
    void acceptsPercentagesThatAddUpToExactlyAHundred() {
        Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("1000.01"), List.of(
                component(1, ComponentSoort.CENTRALE_POST, Begrotingspost.OZA, null, "60", null, null, false),
                component(2, ComponentSoort.WERKGEBIEDBUDGET, Begrotingspost.WERKGEBIEDEN, null, "40", null, null, false)),
                scholen());

        // 600.006 -> 600.01 and 400.004 -> 400.00: each percentage is rounded once, so the rest may be a cent off.
        assertThat(v.totaal()).isEqualByComparingTo("1000.01");
        assertThat(v.rest()).isEqualByComparingTo("0.00");
    }

    @Test
    void refusesAComponentWithBothAnAmountAndAPercentage() {
        assertRefused(() -> VerdeelCalculator.verdeel(new BigDecimal("1000.00"), List.of(
                component(1, ComponentSoort.CENTRALE_POST, Begrotingspost.OZA, "10.00", "5", null, null, false)),
                scholen()), "verdeelmodel-component-ongeldig", "component 1");
    }

    @Test
    void refusesAFrictieReserveOutsideAWerkgebiedBudget() {
        assertRefused(() -> VerdeelCalculator.verdeel(new BigDecimal("1000.00"), List.of(
                component(1, ComponentSoort.CENTRALE_POST, Begrotingspost.OZA, "10.00", null, "2", null, false)),
                scholen()), "verdeelmodel-component-ongeldig");
    }

    @Test
    void refusesAWerkgebiedBudgetWhenNoSchoolBelongsToAWerkgebied() {
        List<SchoolTelling> zonder = List.of(new SchoolTelling(UUID.randomUUID(), BESTUUR_A, null, true, 100));

        assertRefused(() -> VerdeelCalculator.verdeel(new BigDecimal("1000.00"), List.of(
                component(1, ComponentSoort.WERKGEBIEDBUDGET, Begrotingspost.WERKGEBIEDEN, "500.00", null, null, null, false)),
                zonder), "verdeelmodel-geen-grondslag", "component 1");
    }

    @Test
    void appliesTheComponentsInTheirOrder() {
        Verdeling v = VerdeelCalculator.verdeel(new BigDecimal("1000.00"), List.of(
                component(2, ComponentSoort.CENTRALE_POST, Begrotingspost.OZA, "1.00", null, null, null, false),
                component(1, ComponentSoort.CENTRALE_POST, Begrotingspost.MANAGEMENT_ORGANISATIE, "2.00", null, null, null, false)),
                scholen());

        assertThat(v.componenten()).extracting(c -> c.component().volgorde()).containsExactly(1, 2);
        assertThat(v.perBestuur()).isEqualTo(Map.of());
    }

    static ModelComponent component(int volgorde, ComponentSoort soort, Begrotingspost post, String bedrag,
            String percentage, String frictie, Integer verwacht, boolean maandelijks) {
        return new ModelComponent(UUID.randomUUID(), volgorde, soort, "component " + volgorde, post,
                bedrag == null ? null : new BigDecimal(bedrag), percentage == null ? null : new BigDecimal(percentage),
                frictie == null ? null : new BigDecimal(frictie), verwacht, maandelijks);
    }
}
