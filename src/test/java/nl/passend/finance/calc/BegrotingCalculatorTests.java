package nl.passend.finance.calc;

import static nl.passend.finance.calc.BatenCalculatorTests.assertRefused;
import static nl.passend.finance.calc.VerdeelCalculatorTests.component;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.TelSoort;

class BegrotingCalculatorTests {

    private static final Scenario SO_PLUS = new Scenario("SO +0,2", new BigDecimal("0.2"), BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO);

    private static List<NormbedragWaarde> bedragen() {
        return List.of(BatenCalculatorTests.bedrag(2027, NormbedragSoort.LICHTE_ONDERSTEUNING, "210.00"),
                BatenCalculatorTests.bedrag(2027, NormbedragSoort.ZWARE_ONDERSTEUNING, "600.00"),
                BatenCalculatorTests.bedrag(2027, NormbedragSoort.SBO, "6800.00"),
                BatenCalculatorTests.bedrag(2027, NormbedragSoort.SO_LAAG, "13000.00"),
                BatenCalculatorTests.bedrag(2027, NormbedragSoort.SO_MIDDEN, "21500.00"),
                BatenCalculatorTests.bedrag(2027, NormbedragSoort.SO_HOOG, "32000.00"),
                BatenCalculatorTests.bedrag(2028, NormbedragSoort.LICHTE_ONDERSTEUNING, "215.00"),
                BatenCalculatorTests.bedrag(2026, NormbedragSoort.INDEXATIE, "1.2345"));
    }

    private static List<Prognose> prognoses() {
        List<Prognose> p = new ArrayList<>();
        int[] basis = {10000, 9900, 9800, 9700};
        for (int i = 0; i < 4; i++) {
            int jaar = 2027 + i;
            p.add(new Prognose(jaar, TelSoort.BASIS, basis[i]));
            p.add(new Prognose(jaar, TelSoort.SBO, 250));
            p.add(new Prognose(jaar, TelSoort.SO_LAAG, 60));
            p.add(new Prognose(jaar, TelSoort.SO_MIDDEN, 20));
            p.add(new Prognose(jaar, TelSoort.SO_HOOG, 10));
        }
        return p;
    }

    private static List<ModelComponent> componenten() {
        return List.of(
                component(1, ComponentSoort.PER_LEERLING, Begrotingspost.REGULIER, "100.00", null, null, null, true),
                component(2, ComponentSoort.CENTRALE_POST, Begrotingspost.OZA, null, "10", null, null, false),
                component(3, ComponentSoort.CENTRALE_POST, Begrotingspost.UITVOERINGSORGANISATIE, "200000.00", null, null, null, false),
                component(4, ComponentSoort.WERKGEBIEDBUDGET, Begrotingspost.WERKGEBIEDEN, "300000.00", null, "2", null, false));
    }

    private static List<SchoolTelling> scholen() {
        UUID bestuur = UUID.randomUUID();
        return List.of(new SchoolTelling(UUID.randomUUID(), bestuur, UUID.randomUUID(), true, 5000),
                new SchoolTelling(UUID.randomUUID(), bestuur, UUID.randomUUID(), true, 4000));
    }

    private static BegrotingInvoer invoer(List<Scenario> scenarios) {
        return new BegrotingInvoer(2027, new BigDecimal("2"), bedragen(), prognoses(), Map.of(), componenten(),
                scholen(), scenarios);
    }

    @Test
    void computesTheBudgetYearAndThreeMoreYears() {
        Meerjarenbegroting m = BegrotingCalculator.bereken(invoer(List.of()));

        assertThat(m.jaar()).isEqualTo(2027);
        assertThat(m.scenarios()).hasSize(1);
        assertThat(m.basis().scenario()).isEqualTo(Scenario.BASIS);
        assertThat(m.basis().jaren()).extracting(BegrotingJaar::jaar).containsExactly(2027, 2028, 2029, 2030);
        assertThat(m.basis().jaar(2027).regels()).extracting(PostBedrag::post)
                .containsExactly(Begrotingspost.values());
    }

    @Test
    void computesTheFirstYearFromTheAmountsTheForecastAndTheModel() {
        BegrotingJaar j = BegrotingCalculator.bereken(invoer(List.of())).basis().jaar(2027);

        assertThat(j.bedrag(Begrotingspost.RIJKSBIJDRAGE_LICHT)).isEqualByComparingTo("2100000.00");
        assertThat(j.bedrag(Begrotingspost.RIJKSBIJDRAGE_ZWAAR)).isEqualByComparingTo("6000000.00");
        assertThat(j.baten()).isEqualByComparingTo("8100000.00");
        assertThat(j.bedrag(Begrotingspost.SBO)).isEqualByComparingTo("1700000.00");
        assertThat(j.bedrag(Begrotingspost.SO)).isEqualByComparingTo("1530000.00");
        assertThat(j.bedrag(Begrotingspost.REGULIER)).isEqualByComparingTo("900000.00");
        assertThat(j.bedrag(Begrotingspost.OZA)).isEqualByComparingTo("487000.00"); // 10% of 4,870,000 available
        assertThat(j.bedrag(Begrotingspost.UITVOERINGSORGANISATIE)).isEqualByComparingTo("200000.00");
        assertThat(j.bedrag(Begrotingspost.WERKGEBIEDEN)).isEqualByComparingTo("300000.00");
        assertThat(j.bedrag(Begrotingspost.MANAGEMENT_ORGANISATIE)).isEqualByComparingTo("0");
        assertThat(j.regel(Begrotingspost.MANAGEMENT_ORGANISATIE).afleiding()).isEqualTo("geen");
        assertThat(j.lasten()).isEqualByComparingTo("5117000.00");
        assertThat(j.resultaat()).isEqualByComparingTo("2983000.00");
        assertThat(j.indexeringen()).isEmpty();
        assertThat(j.regel(Begrotingspost.RIJKSBIJDRAGE_LICHT).afleiding()).contains("bruto-licht: 10.000 x € 210,00")
                .contains("teldatum 2026-02-01");
    }

    @Test
    void theFirstYearsResultEqualsTheRestOfTheModelsAllocation() {
        BegrotingJaar j = BegrotingCalculator.bereken(invoer(List.of())).basis().jaar(2027);

        Verdeling v = VerdeelCalculator.verdeel(j.batenBerekening().nettoOntvangst(), componenten(), scholen());

        assertThat(j.resultaat()).isEqualByComparingTo(v.rest());
    }

    @Test
    void indexesTheLatestKnownAmountsForYearsWithoutAmountsAndWritesItDown() {
        BegrotingJaar j = BegrotingCalculator.bereken(invoer(List.of())).basis().jaar(2028);

        // LICHTE_ONDERSTEUNING has its own 2028 amount; the others are the 2027 amounts x 1.02.
        assertThat(j.bedrag(Begrotingspost.RIJKSBIJDRAGE_LICHT)).isEqualByComparingTo("2128500.00");
        assertThat(j.bedrag(Begrotingspost.RIJKSBIJDRAGE_ZWAAR)).isEqualByComparingTo("6058800.00");
        assertThat(j.bedrag(Begrotingspost.SBO)).isEqualByComparingTo("1734000.00");
        assertThat(j.bedrag(Begrotingspost.SO)).isEqualByComparingTo("1560600.00");
        assertThat(j.indexeringen()).hasSize(5).anySatisfy(t -> assertThat(t).isEqualTo(
                "ZWARE_ONDERSTEUNING ALLE 2028: bedrag 2027 (versie 1) € 600,00 geïndexeerd 1 jaar à 2% = € 612,00"));
        assertThat(j.indexeringen()).noneMatch(t -> t.startsWith("LICHTE_ONDERSTEUNING"));
        assertThat(j.regel(Begrotingspost.RIJKSBIJDRAGE_ZWAAR).afleiding()).contains("geïndexeerd 1 jaar");
        // Fixed model amounts are indexed, per-pupil components follow the forecast BASIS (9,000 x 9,900/10,000).
        assertThat(j.bedrag(Begrotingspost.REGULIER)).isEqualByComparingTo("908820.00");
        assertThat(j.bedrag(Begrotingspost.UITVOERINGSORGANISATIE)).isEqualByComparingTo("204000.00");
        assertThat(j.bedrag(Begrotingspost.WERKGEBIEDEN)).isEqualByComparingTo("306000.00");
        assertThat(j.bedrag(Begrotingspost.OZA)).isEqualByComparingTo("489270.00");
        assertThat(j.resultaat()).isEqualByComparingTo("2984610.00");

        BegrotingJaar j2030 = BegrotingCalculator.bereken(invoer(List.of())).basis().jaar(2030);
        // 600 x 1.02^3 = 636.7248 -> 636.72 (rounded once); lichte from 2028: 215 x 1.02^2 = 223.686 -> 223.69.
        assertThat(j2030.bedrag(Begrotingspost.RIJKSBIJDRAGE_ZWAAR)).isEqualByComparingTo("6176184.00");
        assertThat(j2030.bedrag(Begrotingspost.RIJKSBIJDRAGE_LICHT)).isEqualByComparingTo("2169793.00");
    }

    @Test
    void showsAScenarioWithSoParticipationPlusTwoTenthsPointBesideTheBase() {
        Meerjarenbegroting m = BegrotingCalculator.bereken(invoer(List.of(SO_PLUS)));

        assertThat(m.scenarios()).extracting(s -> s.scenario().naam()).containsExactly("Basis", "SO +0,2");
        BegrotingJaar basis = m.basis().jaar(2027);
        BegrotingJaar so = m.scenario("SO +0,2").jaar(2027);
        // 0.2% of 10,000 = 20 pupils move from BASIS to SO, pro rata 60:20:10 -> 13, 5, 2 (largest remainder).
        assertThat(so.tellingen()).containsEntry(TelSoort.BASIS, 9980).containsEntry(TelSoort.SO_LAAG, 73)
                .containsEntry(TelSoort.SO_MIDDEN, 25).containsEntry(TelSoort.SO_HOOG, 12)
                .containsEntry(TelSoort.SBO, 250);
        assertThat(basis.tellingen()).containsEntry(TelSoort.BASIS, 10000).containsEntry(TelSoort.SO_LAAG, 60);
        assertThat(so.baten()).isEqualByComparingTo("8083800.00");
        assertThat(so.bedrag(Begrotingspost.SO)).isEqualByComparingTo("1870500.00");
        assertThat(so.bedrag(Begrotingspost.REGULIER)).isEqualByComparingTo("898200.00");
        assertThat(so.bedrag(Begrotingspost.OZA)).isEqualByComparingTo("451330.00");
        assertThat(so.lasten()).isEqualByComparingTo("5420030.00");
        assertThat(so.resultaat()).isEqualByComparingTo("2663770.00");
        assertThat(basis.resultaat().subtract(so.resultaat())).isEqualByComparingTo("319230.00");
        assertThat(m.scenario("SO +0,2").jaren()).hasSize(4);
    }

    @Test
    void appliesAPupilChangeAndAnExtraIndexationOfAScenario() {
        Scenario krimp = new Scenario("Krimp", BigDecimal.ZERO, new BigDecimal("0.1"), new BigDecimal("-1"),
                new BigDecimal("1"));

        Meerjarenbegroting m = BegrotingCalculator.bereken(invoer(List.of(krimp)));

        BegrotingJaar j = m.scenario("Krimp").jaar(2028);
        // BASIS 9,900 - 1% = 9,801; SBO + 0.1% of 9,801 = 9.801 -> 10 pupils; indexation 2% + 1 point = 3%.
        assertThat(j.tellingen()).containsEntry(TelSoort.BASIS, 9801).containsEntry(TelSoort.SBO, 260);
        assertThat(j.bedrag(Begrotingspost.RIJKSBIJDRAGE_ZWAAR)).isEqualByComparingTo("6057018.00"); // 9,801 x 618.00
        assertThat(j.bedrag(Begrotingspost.UITVOERINGSORGANISATIE)).isEqualByComparingTo("206000.00");
    }

    @Test
    void includesTheSubsidiesOfEachYear() {
        BegrotingInvoer invoer = new BegrotingInvoer(2027, new BigDecimal("2"), bedragen(), prognoses(),
                Map.of(2028, List.of(new Subsidie("Rijk: project", new BigDecimal("50000.00")))), componenten(),
                scholen(), List.of());

        Meerjarenbegroting m = BegrotingCalculator.bereken(invoer);

        assertThat(m.basis().jaar(2027).bedrag(Begrotingspost.SUBSIDIE)).isEqualByComparingTo("0");
        assertThat(m.basis().jaar(2028).bedrag(Begrotingspost.SUBSIDIE)).isEqualByComparingTo("50000.00");
    }

    @Test
    void refusesAMissingForecastWithItsYearAndKind() {
        List<Prognose> prognoses = new ArrayList<>(prognoses());
        prognoses.removeIf(p -> p.jaar() == 2029 && p.soort() == TelSoort.SO_MIDDEN);
        BegrotingInvoer invoer = new BegrotingInvoer(2027, new BigDecimal("2"), bedragen(), prognoses, Map.of(),
                componenten(), scholen(), List.of());

        assertRefused(() -> BegrotingCalculator.bereken(invoer), "prognose-ontbreekt", 2029, TelSoort.SO_MIDDEN);
    }

    @Test
    void refusesAnAmountThatIsKnownOnlyForLaterYears() {
        List<NormbedragWaarde> bedragen = new ArrayList<>(bedragen());
        bedragen.removeIf(n -> n.soort() == NormbedragSoort.SO_HOOG);
        bedragen.add(BatenCalculatorTests.bedrag(2029, NormbedragSoort.SO_HOOG, "33000.00"));
        BegrotingInvoer invoer = new BegrotingInvoer(2027, new BigDecimal("2"), bedragen, prognoses(), Map.of(),
                componenten(), scholen(), List.of());

        assertRefused(() -> BegrotingCalculator.bereken(invoer), "normbedrag-ontbreekt", 2027, NormbedragSoort.SO_HOOG);
    }
}
