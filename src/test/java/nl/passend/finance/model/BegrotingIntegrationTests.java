package nl.passend.finance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import nl.passend.finance.Begroting;
import nl.passend.finance.BegrotingInput;
import nl.passend.finance.BegrotingScenarioInput;
import nl.passend.finance.BegrotingService;
import nl.passend.finance.BegrotingStatus;
import nl.passend.finance.Begrotingspost;
import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.TelSoort;
import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.calc.ComponentSoort;
import nl.passend.finance.calc.Meerjarenbegroting;
import nl.passend.finance.calc.ScenarioBegroting;
import nl.passend.shared.PassendException;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The begroting: prefilled prognoses, a scenario side by side with the base, vaststellen and who sees what. */
@PassendIntegrationTest
class BegrotingIntegrationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    BegrotingService begrotingen;
    ModelWorld worlds;

    @BeforeEach
    void setUp() {
        worlds = new ModelWorld(context);
    }

    private Verdeelmodel adoptedModel(ModelWorld.World w) {
        return w.adopt(w.concept(ModelWorld.vasteVoet("12345.67"),
                ModelWorld.component(ComponentSoort.PER_LEERLING, "Per leerling", Begrotingspost.REGULIER, "123.45", null, true),
                ModelWorld.component(ComponentSoort.CENTRALE_POST, "OZA", Begrotingspost.OZA, "250000.00", null, false)),
                null);
    }

    private Begroting begroting(ModelWorld.World w, Verdeelmodel model, String naam) {
        BegrotingInput in = new BegrotingInput();
        in.setJaar(ModelWorld.JAAR);
        in.setNaam(naam);
        in.setVerdeelmodelId(model.id());
        in.setIndexatiePercentage(new BigDecimal("2.5"));
        return w.as(w.controller, u -> begrotingen.create(u, in));
    }

    @Test
    void showsAScenarioSideBySideWithTheBase() {
        ModelWorld.World w = worlds.create().withBaten();
        Begroting b = begroting(w, adoptedModel(w), "Begroting " + ModelWorld.JAAR);
        // Prefilled from the latest bekostigingstelling, for all four years.
        assertThat(b.prognoses()).hasSize(4 * TelSoort.values().length);
        assertThat(b.prognose(ModelWorld.JAAR + 3, TelSoort.BASIS)).isEqualTo(10_019);

        BegrotingScenarioInput so = new BegrotingScenarioInput();
        so.setNaam("SO-deelname +0,2");
        so.setSoDeelnameDelta(new BigDecimal("0.2"));
        w.as(w.controller, u -> begrotingen.addScenario(u, b.id(), so));

        Meerjarenbegroting m = w.as(w.controller, u -> begrotingen.bereken(u, b.id()));
        assertThat(m.scenarios()).hasSize(2);
        assertThat(m.basis().scenario().isBasis()).isTrue();
        ScenarioBegroting variant = m.scenario("SO-deelname +0,2");
        for (int jaar = ModelWorld.JAAR; jaar <= ModelWorld.JAAR + 3; jaar++) {
            var basis = m.basis().jaar(jaar);
            var meerSo = variant.jaar(jaar);
            assertThat(meerSo.bedrag(Begrotingspost.SO)).as("SO " + jaar).isGreaterThan(basis.bedrag(Begrotingspost.SO));
            assertThat(basis.resultaat()).isEqualByComparingTo(basis.baten().subtract(basis.lasten()));
        }
        assertThat(m.basis().jaar(ModelWorld.JAAR).bedrag(Begrotingspost.RIJKSBIJDRAGE_LICHT))
                .isEqualByComparingTo(new BigDecimal("205.37").multiply(BigDecimal.valueOf(10_019)));
    }

    @Test
    void prefillsEachKindOnceWhenTheCountCarriesAgeBandsBesideAllAges() {
        ModelWorld.World w = worlds.create().withBaten()
                .telling(TelSoort.SBO, Leeftijdsklasse.ONDER_8, 80)
                .telling(TelSoort.SBO, Leeftijdsklasse.VANAF_8, 107);
        Begroting b = begroting(w, adoptedModel(w), "Begroting met leeftijdsklassen");
        assertThat(b.prognose(ModelWorld.JAAR, TelSoort.SBO)).isEqualTo(187);
        assertThat(b.prognose(ModelWorld.JAAR + 3, TelSoort.SO_MIDDEN)).isEqualTo(9);
    }

    @Test
    void firstYearsBaseResultIsTheAdoptedModelsRestEvenAfterTheSchoolCountsChange() {
        ModelWorld.World w = worlds.create().withBaten();
        Verdeelmodel model = adoptedModel(w);
        BigDecimal rest = w.as(w.controller, u -> worlds.modellen.verdeling(u, model.id())).rest();
        Begroting b = begroting(w, model, "Begroting " + ModelWorld.JAAR);
        // After adoption a school opens with 500 pupils on the model's teldatum: the model's allocation
        // (and so the begroting) stays what was adopted.
        w.count(w.baoSchool(1), 500);

        Meerjarenbegroting m = w.as(w.controller, u -> begrotingen.bereken(u, b.id()));
        var eersteJaar = m.basis().jaar(ModelWorld.JAAR);
        assertThat(eersteJaar.resultaat()).isEqualByComparingTo(rest);
        // Vaste voet 7 schools x 12.345,67 + 1019 pupils x 123,45: the adopted counts, not today's.
        assertThat(eersteJaar.bedrag(Begrotingspost.REGULIER)).isEqualByComparingTo(new BigDecimal("12345.67")
                .multiply(BigDecimal.valueOf(7)).add(new BigDecimal("123.45").multiply(BigDecimal.valueOf(1019))));
    }

    @Test
    void bestuurSeesTheVastgesteldeBegrotingButNoConcept() {
        ModelWorld.World w = worlds.create().withBaten();
        Verdeelmodel model = adoptedModel(w);
        Begroting adopted = begroting(w, model, "Begroting");
        Begroting concept = begroting(w, model, "Alternatief");
        assertThat(w.as(w.bestuurUser, begrotingen::list)).isEmpty();

        Begroting vastgesteld = w.as(w.directeur, u -> begrotingen.vaststellen(u, adopted.id(), null));
        assertThat(vastgesteld.status()).isEqualTo(BegrotingStatus.VASTGESTELD);
        assertThat(vastgesteld.regels()).hasSize(4 * Begrotingspost.values().length)
                .allSatisfy(r -> assertThat(r.afleiding()).isNotBlank());

        assertThat(w.as(w.bestuurUser, begrotingen::list)).extracting(Begroting::id).containsExactly(adopted.id());
        assertThat(w.as(w.bestuurUser, u -> begrotingen.get(u, adopted.id())).regels()).isNotEmpty();
        assertThatThrownBy(() -> w.as(w.bestuurUser, u -> begrotingen.get(u, concept.id())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> w.as(w.bestuurUser, u -> begrotingen.bereken(u, adopted.id())))
                .isInstanceOf(PassendException.Forbidden.class);

        Map<Begrotingspost, BigDecimal> jaar = w.as(w.toezicht, u -> begrotingen.jaarbegroting(u, ModelWorld.JAAR))
                .orElseThrow();
        assertThat(jaar).hasSize(Begrotingspost.values().length);
        assertThat(jaar.get(Begrotingspost.OZA)).isEqualByComparingTo("250000.00");
        Optional<Map<Begrotingspost, BigDecimal>> volgendJaar =
                w.as(w.toezicht, u -> begrotingen.jaarbegroting(u, ModelWorld.JAAR + 1));
        assertThat(volgendJaar).isEmpty();

        assertThatThrownBy(() -> w.as(w.directeur, u -> begrotingen.vaststellen(u, concept.id(), null)))
                .isInstanceOf(PassendException.Conflict.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("begroting-jaar-al-vastgesteld");
        assertThatThrownBy(() -> w.as(w.controller, u -> begrotingen.addScenario(u, adopted.id(), new BegrotingScenarioInput())))
                .isInstanceOf(PassendException.Conflict.class);
    }
}
