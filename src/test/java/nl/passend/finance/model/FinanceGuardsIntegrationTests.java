package nl.passend.finance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.passend.finance.Begroting;
import nl.passend.finance.BegrotingInput;
import nl.passend.finance.BegrotingScenarioInput;
import nl.passend.finance.BegrotingService;
import nl.passend.finance.Normbedrag;
import nl.passend.finance.NormbedragCorrectieInput;
import nl.passend.finance.NormbedragService;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.NormbedragStatus;
import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelStatus;
import nl.passend.finance.VerdeelmodelVaststellingInput;
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

/**
 * The database guards of V14 (ADR 0008: what computations cite does not change), proven past the
 * services: direct SQL as the application inside the tenant is refused.
 */
@PassendIntegrationTest
class FinanceGuardsIntegrationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    NormbedragService normbedragen;
    @Autowired
    BegrotingService begrotingen;
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
    void normbedragChangesOnlyByBeingReplacedOnceByItsCorrection() {
        ModelWorld.World w = worlds.create().withBaten();
        Normbedrag licht = w.as(w.controller, u -> normbedragen.list(u, ModelWorld.JAAR)).stream()
                .filter(n -> n.soort() == NormbedragSoort.LICHTE_ONDERSTEUNING).findFirst().orElseThrow();

        refused(w, "immutable", "UPDATE normbedrag SET waarde = 1 WHERE id = ?", licht.id());
        refused(w, "immutable", "UPDATE normbedrag SET bron_regeling = 'anders', bron_datum = bron_datum - 1 WHERE id = ?",
                licht.id());
        refused(w, "immutable", "UPDATE normbedrag SET vervangen_door = id, vervangen_op = now() WHERE id = ?", licht.id());
        refused(w, "immutable", "UPDATE normbedrag SET vervangen_door = ?, vervangen_op = now(), waarde = 1 WHERE id = ?",
                UUID.randomUUID(), licht.id());

        // The correction is the one change: the old version points at its successor, once.
        Normbedrag nieuw = w.as(w.controller, u -> normbedragen.correct(u, licht.id(), correctie("206.00")));
        Normbedrag oud = w.as(w.controller, u -> normbedragen.get(u, licht.id()));
        assertThat(oud.vervangenDoor()).isEqualTo(nieuw.id());
        assertThat(oud.waarde()).isEqualByComparingTo("205.37");
        assertThat(nieuw.versie()).isEqualTo(2);
        refused(w, "immutable", "UPDATE normbedrag SET vervangen_door = NULL, vervangen_op = NULL WHERE id = ?", oud.id());
        refused(w, "immutable", "UPDATE normbedrag SET vervangen_door = id WHERE id = ?", oud.id());
        // A version no longer in force is not corrected again.
        assertThatThrownBy(() -> w.as(w.controller, u -> normbedragen.correct(u, licht.id(), correctie("207.00"))))
                .isInstanceOfSatisfying(PassendException.Conflict.class,
                        e -> assertThat(e.code()).isEqualTo("normbedrag-al-vervangen"));
    }

    @Test
    void modelWithTheOprsConsentCanOnlyBeVastgesteld() {
        ModelWorld.World w = worlds.create();
        Verdeelmodel concept = w.concept(ModelWorld.vasteVoet("10000.00"));
        // A concept does not skip the OPR's consent.
        refused(w, "consent", """
                UPDATE verdeelmodel SET status = 'VASTGESTELD', opr_instemming_op = DATE '2026-06-01',
                       opr_kenmerk = 'x', vastgesteld_op = now(), vastgesteld_door = gen_random_uuid()
                 WHERE id = ?""", concept.id());

        Verdeelmodel m = w.opr(concept);
        refused(w, "immutable", "UPDATE verdeelmodel SET naam = 'anders' WHERE id = ?", m.id());
        refused(w, "immutable", "UPDATE verdeelmodel SET opr_kenmerk = 'OPR-anders', version = version + 1 WHERE id = ?",
                m.id());
        refused(w, "immutable", "UPDATE verdeelmodel SET status = 'CONCEPT' WHERE id = ?", m.id());
        refused(w, "immutable", """
                UPDATE verdeelmodel SET status = 'VASTGESTELD', vastgesteld_op = now(), vastgesteld_door = gen_random_uuid(),
                       teldatum = teldatum + 1
                 WHERE id = ?""", m.id());

        VerdeelmodelVaststellingInput in = new VerdeelmodelVaststellingInput();
        in.setBeschikbaar(new BigDecimal("1000000.00"));
        Verdeelmodel adopted = w.as(w.directeur, u -> worlds.modellen.vaststellen(u, m.id(), in));
        assertThat(adopted.status()).isEqualTo(VerdeelmodelStatus.VASTGESTELD);
        assertThat(adopted.naam()).isEqualTo(concept.naam());
        assertThat(adopted.oprKenmerk()).isEqualTo("OPR-2026-07");
    }

    @Test
    void vastgesteldeBegrotingWithItsPrognosesAndScenariosIsFinal() {
        ModelWorld.World w = worlds.create().withBaten();
        Verdeelmodel model = w.adopt(w.concept(ModelWorld.vasteVoet("12345.67")), null);
        Begroting concept = begroting(w, model, "Alternatief");
        Begroting b = begroting(w, model, "Begroting");
        BegrotingScenarioInput scenario = new BegrotingScenarioInput();
        scenario.setNaam("Meer SO");
        scenario.setSoDeelnameDelta(new BigDecimal("0.2"));
        w.as(w.controller, u -> begrotingen.addScenario(u, b.id(), scenario));
        w.as(w.directeur, u -> begrotingen.vaststellen(u, b.id(), null));

        refused(w, "immutable", "UPDATE begroting SET naam = 'anders' WHERE id = ?", b.id());
        refused(w, "immutable", "UPDATE begroting SET updated_at = now(), version = version + 1 WHERE id = ?", b.id());
        refused(w, "immutable", "UPDATE begroting SET status = 'CONCEPT', vastgesteld_op = NULL WHERE id = ?", b.id());
        refused(w, "immutable", "DELETE FROM begroting WHERE id = ?", b.id());
        refused(w, "immutable", "UPDATE begroting_prognose SET aantal = aantal + 1 WHERE begroting_id = ?", b.id());
        refused(w, "immutable", "DELETE FROM begroting_prognose WHERE begroting_id = ?", b.id());
        refused(w, "immutable", """
                INSERT INTO begroting_prognose (swv_id, begroting_id, jaar, soort, aantal)
                VALUES (?, ?, ?, 'SBO', 1)""", w.tenant.id(), b.id(), ModelWorld.JAAR + 3);
        refused(w, "immutable", "UPDATE begroting_prognose SET begroting_id = ? WHERE begroting_id = ?", b.id(),
                concept.id());
        refused(w, "immutable", "UPDATE begroting_scenario SET so_deelname_delta = 5 WHERE begroting_id = ?", b.id());
        refused(w, "immutable", "DELETE FROM begroting_scenario WHERE begroting_id = ?", b.id());
        refused(w, "immutable", """
                INSERT INTO begroting_scenario (swv_id, begroting_id, naam) VALUES (?, ?, 'Achteraf')""",
                w.tenant.id(), b.id());

        // A concept begroting still changes.
        BegrotingScenarioInput other = new BegrotingScenarioInput();
        other.setNaam("Meer SBO");
        other.setSboDeelnameDelta(new BigDecimal("0.1"));
        assertThat(w.as(w.controller, u -> begrotingen.addScenario(u, concept.id(), other)).scenarios()).hasSize(1);
        Begroting vastgesteld = w.as(w.controller, u -> begrotingen.get(u, b.id()));
        assertThat(vastgesteld.naam()).isEqualTo("Begroting");
        assertThat(vastgesteld.scenarios()).extracting(s -> s.naam()).containsExactly("Meer SO");
    }

    /** A direct statement as the application inside the tenant is refused by a V14 trigger. */
    private void refused(ModelWorld.World w, String message, String sql, Object... params) {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> TenantContext.runAs(w.tenant.id(), () -> tx.executeWithoutResult(s ->
                jdbc.sql(sql).params(params).update())))
                .as(sql)
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(message);
    }

    private Begroting begroting(ModelWorld.World w, Verdeelmodel model, String naam) {
        BegrotingInput in = new BegrotingInput();
        in.setJaar(ModelWorld.JAAR);
        in.setNaam(naam);
        in.setVerdeelmodelId(model.id());
        in.setIndexatiePercentage(new BigDecimal("2.5"));
        return w.as(w.controller, u -> begrotingen.create(u, in));
    }

    private static NormbedragCorrectieInput correctie(String waarde) {
        NormbedragCorrectieInput in = new NormbedragCorrectieInput();
        in.setWaarde(new BigDecimal(waarde));
        in.setStatus(NormbedragStatus.DEFINITIEF);
        in.setBronRegeling("Regeling bekostiging WPO " + ModelWorld.JAAR + " (gewijzigd)");
        in.setBronVindplaats("Stcrt. test 2");
        in.setBronDatum(LocalDate.of(ModelWorld.JAAR - 1, 11, 1));
        in.setReden("Definitieve regeling");
        return in;
    }
}
