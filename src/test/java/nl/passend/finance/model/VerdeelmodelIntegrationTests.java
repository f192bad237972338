package nl.passend.finance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelComponentInput;
import nl.passend.finance.VerdeelmodelInput;
import nl.passend.finance.VerdeelmodelOprInput;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.finance.VerdeelmodelStatus;
import nl.passend.finance.VerdeelmodelUitkomst;
import nl.passend.finance.VerdeelmodelVaststellingInput;
import nl.passend.finance.calc.ComponentSoort;
import nl.passend.finance.calc.ComponentUitkomst;
import nl.passend.finance.calc.OntvangerSoort;
import nl.passend.finance.calc.Toedeling;
import nl.passend.finance.calc.Verdeling;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.School;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The verdeelmodel's life (concept, OPR consent, vaststellen, vervangen) and an allocation that adds up. */
@PassendIntegrationTest
class VerdeelmodelIntegrationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    VerdeelmodelService modellen;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    ModelWorld worlds;

    @BeforeEach
    void setUp() {
        worlds = new ModelWorld(context);
    }

    @Test
    void refusesVaststellenBeforeTheOprConsented() {
        ModelWorld.World w = worlds.create();
        Verdeelmodel concept = w.concept(ModelWorld.vasteVoet("10000.00"));
        VerdeelmodelVaststellingInput in = new VerdeelmodelVaststellingInput();
        in.setBeschikbaar(new BigDecimal("1000000.00"));

        assertThatThrownBy(() -> w.as(w.directeur, u -> modellen.vaststellen(u, concept.id(), in)))
                .isInstanceOf(PassendException.Conflict.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("verdeelmodel-status-concept");
        assertThatThrownBy(() -> w.as(w.controller, u -> modellen.vaststellen(u, concept.id(), in)))
                .isInstanceOf(PassendException.Forbidden.class);
        assertThat(w.as(w.controller, u -> modellen.get(u, concept.id())).status()).isEqualTo(VerdeelmodelStatus.CONCEPT);

        // Consent given on a screen opened before the controller changed the model is refused as concurrent.
        int seen = concept.version();
        w.as(w.controller, u -> modellen.addComponent(u, concept.id(), ModelWorld.vasteVoet("1.00")));
        VerdeelmodelOprInput stale = new VerdeelmodelOprInput();
        stale.setDatum(LocalDate.of(2026, 6, 15));
        stale.setKenmerk("OPR-1");
        stale.setVersion(seen);
        assertThatThrownBy(() -> w.as(w.directeur, u -> modellen.recordOprInstemming(u, concept.id(), stale)))
                .isInstanceOf(PassendException.Conflict.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("verdeelmodel-gelijktijdig-gewijzigd");
    }

    @Test
    void refusesVaststellenWhileABaoSchoolHasNoCountOnTheTeldatum() {
        ModelWorld.World w = worlds.create();
        School nieuw = w.baoSchool(2);
        School leeg = w.baoSchool(0);
        Verdeelmodel m = w.opr(w.concept(ModelWorld.vasteVoet("10000.00"),
                ModelWorld.component(ComponentSoort.PER_LEERLING, "Per leerling", Begrotingspost.REGULIER, "100.00",
                        null, true)));
        VerdeelmodelVaststellingInput in = new VerdeelmodelVaststellingInput();
        in.setBeschikbaar(new BigDecimal("1000000.00"));

        // Taking part with 0 pupils would leave their besturen without per-pupil money for a year.
        assertThatThrownBy(() -> w.as(w.directeur, u -> modellen.vaststellen(u, m.id(), in)))
                .isInstanceOfSatisfying(PassendException.RuleViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("verdeelmodel-school-zonder-telling");
                    assertThat(e.arguments()).containsExactly(2, "1-10-2026");
                });
        assertThat(w.as(w.controller, u -> modellen.get(u, m.id())).status())
                .isEqualTo(VerdeelmodelStatus.OPR_INSTEMMING);

        // Once every BAO school has a count (0 for a school that really has no pupils) it can be adopted.
        w.count(nieuw, 48);
        w.count(leeg, 0);
        Verdeelmodel adopted = w.as(w.directeur, u -> modellen.vaststellen(u, m.id(), in));
        assertThat(adopted.status()).isEqualTo(VerdeelmodelStatus.VASTGESTELD);
        VerdeelmodelUitkomst stored = w.as(w.controller, u -> modellen.uitkomst(u, m.id(), null));
        assertThat(stored.scholenZonderTelling()).isEmpty();
        // 9 BAO schools x 10.000 + (1019 + 48 + 0) pupils x 100.
        assertThat(stored.totaalBesturen()).isEqualByComparingTo("196700.00");
    }

    @Test
    void vastgesteldModelRefusesChangesInTheServiceAndInTheDatabase() {
        ModelWorld.World w = worlds.create();
        Verdeelmodel m = w.adopt(w.concept(ModelWorld.vasteVoet("10000.00")), "1000000.00");
        assertThat(m.status()).isEqualTo(VerdeelmodelStatus.VASTGESTELD);
        UUID componentId = m.componenten().get(0).id();

        assertThatThrownBy(() -> w.as(w.controller, u -> modellen.addComponent(u, m.id(), ModelWorld.vasteVoet("1.00"))))
                .isInstanceOf(PassendException.Conflict.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("verdeelmodel-niet-concept");
        assertThatThrownBy(() -> w.as(w.controller, u -> modellen.removeComponent(u, m.id(), componentId, null)))
                .isInstanceOf(PassendException.Conflict.class);

        // Past the service: the V12 triggers refuse a direct change of the component and of the model.
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> TenantContext.runAs(w.tenant.id(), () -> tx.executeWithoutResult(s ->
                jdbc.sql("UPDATE verdeelmodel_component SET bedrag = 1 WHERE id = ?").param(componentId).update())))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> TenantContext.runAs(w.tenant.id(), () -> tx.executeWithoutResult(s ->
                jdbc.sql("UPDATE verdeelmodel SET naam = 'anders' WHERE id = ?").param(m.id()).update())))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("immutable");
        assertThat(w.as(w.controller, u -> modellen.get(u, m.id())).componenten().get(0).bedrag())
                .isEqualByComparingTo("10000.00");
    }

    @Test
    void newerVersionReplacesTheVastgesteldeFromItsStartDate() {
        ModelWorld.World w = worlds.create();
        Verdeelmodel v1 = w.adopt(w.concept(ModelWorld.vasteVoet("10000.00")), "1000000.00");
        Verdeelmodel copy = w.as(w.controller, u -> modellen.newVersion(u, v1.id()));
        assertThat(copy.versie()).isEqualTo(2);
        assertThat(copy.componenten()).hasSize(1);

        // Starting on the same day as the version in force is refused at vaststellen.
        w.opr(copy);
        VerdeelmodelVaststellingInput in = new VerdeelmodelVaststellingInput();
        in.setBeschikbaar(new BigDecimal("1000000.00"));
        assertThatThrownBy(() -> w.as(w.directeur, u -> modellen.vaststellen(u, copy.id(), in)))
                .isInstanceOf(PassendException.RuleViolation.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("verdeelmodel-geldig-vanaf-niet-later");

        Verdeelmodel v3 = w.as(w.controller, u -> modellen.newVersion(u, v1.id()));
        VerdeelmodelInput later = VerdeelmodelInput.of(v3);
        later.setGeldigVanaf(LocalDate.of(ModelWorld.JAAR, 8, 1));
        w.as(w.controller, u -> modellen.update(u, v3.id(), later));
        Verdeelmodel adopted = w.adopt(w.as(w.controller, u -> modellen.get(u, v3.id())), "1100000.00");

        assertThat(adopted.status()).isEqualTo(VerdeelmodelStatus.VASTGESTELD);
        assertThat(adopted.vervangtId()).isEqualTo(v1.id());
        assertThat(w.as(w.controller, u -> modellen.get(u, v1.id())).status()).isEqualTo(VerdeelmodelStatus.VERVANGEN);
        Optional<Verdeelmodel> july = w.as(w.bestuurUser, u -> modellen.inForce(u, LocalDate.of(ModelWorld.JAAR, 7, 31)));
        Optional<Verdeelmodel> august = w.as(w.bestuurUser, u -> modellen.inForce(u, LocalDate.of(ModelWorld.JAAR, 8, 1)));
        Optional<Verdeelmodel> before = w.as(w.controller, u -> modellen.inForce(u, LocalDate.of(ModelWorld.JAAR - 1, 12, 31)));
        assertThat(july.map(Verdeelmodel::id)).contains(v1.id());
        assertThat(august.map(Verdeelmodel::id)).contains(v3.id());
        assertThat(before).isEmpty();
        // The replaced model's allocation stays readable exactly as adopted.
        assertThat(w.as(w.bestuurUser, u -> modellen.verdeling(u, v1.id())).beschikbaar())
                .isEqualByComparingTo("1000000.00");
    }

    @Test
    void allocationPerBestuurAndWerkgebiedAddsUpExactlyToTheComponentTotals() {
        ModelWorld.World w = worlds.create().withBaten();
        VerdeelmodelComponentInput werkgebied = ModelWorld.component(ComponentSoort.WERKGEBIEDBUDGET, "Werkgebieden",
                Begrotingspost.WERKGEBIEDEN, null, "7.3333", false);
        werkgebied.setFrictiePercentage(new BigDecimal("2.5"));
        Verdeelmodel concept = w.concept(
                ModelWorld.vasteVoet("12345.67"),
                ModelWorld.component(ComponentSoort.PER_LEERLING, "Per leerling", Begrotingspost.REGULIER, "123.45", null, true),
                werkgebied,
                ModelWorld.component(ComponentSoort.CENTRALE_POST, "OZA", Begrotingspost.OZA, "100000.01", null, false),
                ModelWorld.component(ComponentSoort.CENTRALE_POST, "Management", Begrotingspost.MANAGEMENT_ORGANISATIE,
                        null, "3.1", false));

        VerdeelmodelUitkomst computed = w.as(w.controller, u -> modellen.uitkomst(u, concept.id(), null));
        assertThat(computed.bron()).isEqualTo(VerdeelmodelUitkomst.Bron.BATEN);
        assertThat(computed.beschikbaar().signum()).isPositive();
        assertThat(computed.normbedragIds()).isNotEmpty();
        Verdeling v = computed.verdeling();
        for (ComponentUitkomst c : v.componenten()) {
            assertThat(c.toedelingen().stream().map(Toedeling::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(c.component().naam()).isEqualByComparingTo(c.totaal());
        }
        BigDecimal naarBesturen = sum(v, OntvangerSoort.BESTUUR);
        assertThat(computed.perBestuur().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(naarBesturen);
        assertThat(computed.totaalBesturen().add(computed.totaalWerkgebieden()).add(computed.frictiereserve())
                .add(computed.totaalCentraal())).isEqualByComparingTo(v.totaal());
        assertThat(v.totaal().add(v.rest())).isEqualByComparingTo(computed.beschikbaar());
        // Vaste voet 7 BAO schools x 12345.67 + per leerling 1019 pupils x 123.45, both to besturen.
        assertThat(naarBesturen).isEqualByComparingTo(new BigDecimal("12345.67").multiply(BigDecimal.valueOf(7))
                .add(new BigDecimal("123.45").multiply(BigDecimal.valueOf(1019))));
        for (Bestuur b : w.besturen) {
            List<BigDecimal> maanden = v.maandbedragen(b.id());
            assertThat(maanden).hasSize(12);
            assertThat(maanden.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(computed.perBestuur().get(b.id()));
        }

        Verdeelmodel adopted = w.adopt(concept, null);
        Verdeling stored = w.as(w.bestuurUser, u -> modellen.verdeling(u, adopted.id()));
        Map<java.util.UUID, BigDecimal> perBestuur = stored.perBestuur();
        for (Bestuur b : w.besturen) {
            assertThat(perBestuur.get(b.id())).isEqualByComparingTo(computed.perBestuur().get(b.id()));
        }
        assertThat(stored.totaal()).isEqualByComparingTo(v.totaal());
        Verdeelmodel another = w.concept();
        assertThatThrownBy(() -> w.as(w.bestuurUser, u -> modellen.verdeling(u, another.id())))
                .isInstanceOf(PassendException.Forbidden.class);
    }

    private static BigDecimal sum(Verdeling v, OntvangerSoort soort) {
        return v.componenten().stream().flatMap(c -> c.toedelingen().stream()).filter(t -> t.soort() == soort)
                .map(Toedeling::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
