package nl.passend.finance;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.finance.calc.BegrotingCalculator;
import nl.passend.finance.calc.Cents;
import nl.passend.finance.calc.Meerjarenbegroting;
import nl.passend.finance.calc.Prognose;
import nl.passend.finance.calc.Scenario;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The begroting of a year with its meerjarenbegroting: started from a vastgesteld verdeelmodel with
 * forecast counts prefilled from the latest bekostigingstelling, scenario variants computed side by
 * side (pure {@link BegrotingCalculator}), and vaststellen, which freezes the base lines with their
 * derivation (one vastgestelde begroting per year). Finance staff see everything; bestuur and
 * toezicht (FINANCE_BUDGET_READ) see vastgestelde begrotingen only, as totals per post.
 */
@Service
@Transactional
public class BegrotingService {

    private final JdbcClient jdbc;
    private final ConceptVersie versie;
    private final BegrotingStore store;
    private final VerdeelmodelStore modellen;
    private final BegrotingBerekening berekeningen;
    private final AuditLog audit;

    BegrotingService(JdbcClient jdbc, BegrotingStore store, VerdeelmodelStore modellen,
                     BegrotingBerekening berekeningen, AuditLog audit) {
        this.jdbc = jdbc;
        this.versie = ConceptVersie.begroting(jdbc);
        this.store = store;
        this.modellen = modellen;
        this.berekeningen = berekeningen;
        this.audit = audit;
    }

    /** Finance staff: every begroting; bestuur and toezicht: the vastgestelde ones. */
    @Transactional(readOnly = true)
    public List<Begroting> list(CurrentUser user) {
        boolean all = canReadConcepts(user);
        return store.list(user.requireTenant(), !all);
    }

    /** A begroting; a concept is not found for users who may see vastgestelde begrotingen only. */
    @Transactional(readOnly = true)
    public Begroting get(CurrentUser user, UUID id) {
        boolean all = canReadConcepts(user);
        Begroting b = store.get(user.requireTenant(), id);
        if (!all && b.status() != BegrotingStatus.VASTGESTELD) {
            throw new PassendException.NotFound("begroting-not-found");
        }
        return b;
    }

    /**
     * The annual budget per post of the vastgestelde begroting of {@code jaar} (its first year; every
     * post present, zero where nothing), or empty when that year has none. For budget vs actual.
     */
    @Transactional(readOnly = true)
    public Optional<Map<Begrotingspost, BigDecimal>> jaarbegroting(CurrentUser user, int jaar) {
        if (!user.can(Permission.FINANCE_READ) && !user.can(Permission.FINANCE_BUDGET_READ)
                && !user.can(Permission.FINANCE_REPORT_READ)) {
            throw new PassendException.Forbidden("forbidden");
        }
        return store.vastgesteld(user.requireTenant(), jaar).map(b -> {
            Map<Begrotingspost, BigDecimal> result = new EnumMap<>(Begrotingspost.class);
            for (Begrotingspost post : Begrotingspost.values()) {
                result.put(post, Cents.zero());
            }
            b.regels().stream().filter(r -> r.jaar() == jaar).forEach(r -> result.put(r.post(), r.bedrag()));
            return result;
        });
    }

    /**
     * The meerjarenbegroting, base first and every scenario side by side, computed now from the
     * begroting's model (with the school counts it was adopted on), prognoses and indexation and the
     * amounts known today.
     */
    @Transactional(readOnly = true)
    public Meerjarenbegroting bereken(CurrentUser user, UUID id) {
        user.require(Permission.FINANCE_READ);
        return berekeningen.compute(user, store.get(user.requireTenant(), id));
    }

    public Begroting create(CurrentUser user, BegrotingInput input) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        requireModel(swv, input.getVerdeelmodelId());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO begroting (id, swv_id, jaar, naam, verdeelmodel_id, status, indexatie_percentage, created_by)
                VALUES (?, ?, ?, ?, ?, 'CONCEPT', ?, ?)""")
                .params(id, swv, input.getJaar(), input.getNaam(), input.getVerdeelmodelId(),
                        input.getIndexatiePercentage(), user.accountId()).update();
        insertPrognoses(swv, id, berekeningen.prefill(user, input.getJaar()));
        audit.record(user, "finance.begroting.create", "begroting", id);
        return store.get(swv, id);
    }

    /** Changes the name, model and indexation of a concept (its year stays). */
    public Begroting update(CurrentUser user, UUID id, BegrotingInput input) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        Begroting b = requireConcept(store.get(swv, id));
        if (input.getJaar() != null && input.getJaar() != b.jaar()) {
            throw new PassendException.RuleViolation("begroting-jaar-vast");
        }
        requireModel(swv, input.getVerdeelmodelId());
        int rows = jdbc.sql("""
                UPDATE begroting SET naam = ?, verdeelmodel_id = ?, indexatie_percentage = ?, updated_at = now(),
                       updated_by = ?, version = version + 1
                 WHERE swv_id = ? AND id = ? AND status = 'CONCEPT' AND version = ?""")
                .params(input.getNaam(), input.getVerdeelmodelId(), input.getIndexatiePercentage(), user.accountId(),
                        swv, id, ConceptVersie.expected(b.version(), input.getVersion())).update();
        versie.checkOne(rows);
        audit.record(user, "finance.begroting.update", "begroting", id);
        return store.get(swv, id);
    }

    /** Replaces the forecast counts of a concept. */
    public Begroting setPrognoses(CurrentUser user, UUID id, BegrotingPrognoseInput input) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        Begroting b = requireConcept(store.get(swv, id));
        List<Prognose> prognoses = input.prognoses();
        for (Prognose p : prognoses) {
            if (!b.jaren().contains(p.jaar())) {
                throw new PassendException.RuleViolation("begroting-prognose-jaar", b.jaar(), b.jaar() + 3);
            }
        }
        if (prognoses.stream().map(p -> p.jaar() + ":" + p.soort()).distinct().count() != prognoses.size()) {
            throw new PassendException.RuleViolation("begroting-prognose-dubbel");
        }
        versie.touch(user, b.id(), b.version(), input.getVersion());
        jdbc.sql("DELETE FROM begroting_prognose WHERE swv_id = ? AND begroting_id = ?").params(swv, id).update();
        insertPrognoses(swv, id, prognoses);
        audit.record(user, "finance.begroting.prognose", "begroting", id);
        return store.get(swv, id);
    }

    public Begroting addScenario(CurrentUser user, UUID id, BegrotingScenarioInput input) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        Begroting b = requireConcept(store.get(swv, id));
        if (input.getNaam().equalsIgnoreCase(Scenario.BASIS.naam())) {
            throw new PassendException.RuleViolation("begroting-scenario-naam-basis");
        }
        versie.touch(user, b.id(), b.version(), null);
        UUID scenarioId = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO begroting_scenario (id, swv_id, begroting_id, naam, so_deelname_delta, sbo_deelname_delta,
                           leerlingen_delta_pct, indexatie_delta, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(scenarioId, swv, id, input.getNaam(), input.getSoDeelnameDelta(),
                            input.getSboDeelnameDelta(), input.getLeerlingenDeltaPct(), input.getIndexatieDelta(),
                            user.accountId()).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("begroting-scenario-naam-bestaat");
        }
        audit.record(user, "finance.begroting.scenario.add", "begroting-scenario", scenarioId);
        return store.get(swv, id);
    }

    public Begroting removeScenario(CurrentUser user, UUID id, UUID scenarioId) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        Begroting b = requireConcept(store.get(swv, id));
        if (b.scenarios().stream().noneMatch(s -> s.id().equals(scenarioId))) {
            throw new PassendException.NotFound("begroting-scenario-not-found");
        }
        versie.touch(user, b.id(), b.version(), null);
        jdbc.sql("DELETE FROM begroting_scenario WHERE swv_id = ? AND begroting_id = ? AND id = ?")
                .params(swv, id, scenarioId).update();
        audit.record(user, "finance.begroting.scenario.remove", "begroting-scenario", scenarioId);
        return store.get(swv, id);
    }

    /**
     * Adopts the begroting: computes it, freezes the base lines of all four years with their derivation
     * in begroting_regel and stores the computation (berekening BEGROTING). One per year.
     */
    public Begroting vaststellen(CurrentUser user, UUID id, Integer version) {
        user.require(Permission.FINANCE_ADOPT);
        UUID swv = user.requireTenant();
        Begroting b = store.get(swv, id);
        b.status().requireMoveTo(BegrotingStatus.VASTGESTELD);
        if (store.vastgesteld(swv, b.jaar()).isPresent()) {
            throw new PassendException.Conflict("begroting-jaar-al-vastgesteld", b.jaar());
        }
        Meerjarenbegroting result = berekeningen.compute(user, b);
        int rows;
        try {
            rows = jdbc.sql("""
                    UPDATE begroting SET status = 'VASTGESTELD', vastgesteld_op = now(), vastgesteld_door = ?,
                           updated_at = now(), updated_by = ?, version = version + 1
                     WHERE swv_id = ? AND id = ? AND status = 'CONCEPT' AND version = ?""")
                    .params(user.accountId(), user.accountId(), swv, id, ConceptVersie.expected(b.version(), version))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("begroting-jaar-al-vastgesteld", b.jaar());
        }
        versie.checkOne(rows);
        UUID berekening = berekeningen.store(user, b, result);
        audit.record(user, "finance.begroting.vaststellen", "begroting", id);
        audit.record(user, "finance.berekening.create", "berekening", berekening);
        return store.get(swv, id);
    }

    private void insertPrognoses(UUID swv, UUID begrotingId, List<Prognose> prognoses) {
        for (Prognose p : prognoses) {
            jdbc.sql("INSERT INTO begroting_prognose (swv_id, begroting_id, jaar, soort, aantal) VALUES (?, ?, ?, ?, ?)")
                    .params(swv, begrotingId, p.jaar(), p.soort().name(), p.aantal()).update();
        }
    }

    private void requireModel(UUID swv, UUID modelId) {
        Verdeelmodel model = modellen.find(swv, modelId)
                .orElseThrow(() -> new PassendException.RuleViolation("begroting-verdeelmodel-onbekend"));
        if (model.status() != VerdeelmodelStatus.VASTGESTELD) {
            throw new PassendException.RuleViolation("begroting-verdeelmodel-niet-vastgesteld");
        }
    }

    private static boolean canReadConcepts(CurrentUser user) {
        if (user.can(Permission.FINANCE_READ)) {
            return true;
        }
        user.require(Permission.FINANCE_BUDGET_READ);
        return false;
    }

    private static Begroting requireConcept(Begroting b) {
        if (b.status() != BegrotingStatus.CONCEPT) {
            throw new PassendException.Conflict("begroting-niet-concept");
        }
        return b;
    }
}
