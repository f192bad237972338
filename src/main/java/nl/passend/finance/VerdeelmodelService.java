package nl.passend.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.finance.calc.ComponentUitkomst;
import nl.passend.finance.calc.OntvangerSoort;
import nl.passend.finance.calc.Toedeling;
import nl.passend.finance.calc.Verdeling;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The verdeelmodel of a year and its acts: a concept with components, the OPR's consent, vaststellen
 * (replacing the vastgestelde version of the same year from the new one's start date), a new concept
 * version copied from an existing model, and the allocation it gives. Only a concept changes; the
 * database refuses any change afterwards as well (V12 and V14 triggers). Concurrent acts are refused with
 * {@code verdeelmodel-gelijktijdig-gewijzigd}.
 */
@Service
@Transactional
public class VerdeelmodelService {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final JdbcClient jdbc;
    private final ConceptVersie versie;
    private final VerdeelmodelStore store;
    private final VerdeelmodelVerdeling verdelingen;
    private final AuditLog audit;
    private final Clock clock;

    VerdeelmodelService(JdbcClient jdbc, VerdeelmodelStore store, VerdeelmodelVerdeling verdelingen, AuditLog audit,
                        Clock clock) {
        this.jdbc = jdbc;
        this.versie = ConceptVersie.verdeelmodel(jdbc);
        this.store = store;
        this.verdelingen = verdelingen;
        this.audit = audit;
        this.clock = clock;
    }

    /** All models, newest year and version first; optionally of one year. Components are not loaded. */
    @Transactional(readOnly = true)
    public List<Verdeelmodel> list(CurrentUser user, Integer jaar) {
        user.require(Permission.FINANCE_READ);
        return store.list(user.requireTenant(), jaar);
    }

    @Transactional(readOnly = true)
    public Verdeelmodel get(CurrentUser user, UUID id) {
        user.require(Permission.FINANCE_READ);
        return store.get(user.requireTenant(), id);
    }

    /**
     * The model in force on {@code date}: of the vastgestelde and vervangen models, the one with the
     * latest geldig_vanaf on or before the date (with its components). Readable for finance staff and
     * for holders of payment statements (it decides what a bestuur receives).
     */
    @Transactional(readOnly = true)
    public Optional<Verdeelmodel> inForce(CurrentUser user, LocalDate date) {
        requireReadOrStatements(user);
        return store.inForce(user.requireTenant(), date);
    }

    /**
     * The yearly budget of one werkgebied: the sum of its toedelingen over all components of the model in
     * force on {@code datum}, with that model's year (empty when no model is in force). An aggregate for
     * whoever decides on arrangements charged to the werkgebied (AANVRAAG_DECIDE) as well as for finance
     * staff; nothing else of the model is returned.
     */
    @Transactional(readOnly = true)
    public Optional<WerkgebiedBudget> werkgebiedBudget(CurrentUser user, LocalDate datum, UUID werkgebiedId) {
        if (!user.can(Permission.FINANCE_READ) && !user.can(Permission.AANVRAAG_DECIDE)) {
            throw new PassendException.Forbidden("forbidden");
        }
        return store.inForce(user.requireTenant(), datum).map(model -> {
            BigDecimal bedrag = BigDecimal.ZERO;
            for (ComponentUitkomst c : verdelingen.stored(user, model).verdeling().componenten()) {
                for (Toedeling t : c.toedelingen()) {
                    if (t.soort() == OntvangerSoort.WERKGEBIED && t.ontvangerId() != null
                            && t.ontvangerId().equals(werkgebiedId)) {
                        bedrag = bedrag.add(t.bedrag());
                    }
                }
            }
            return new WerkgebiedBudget(model.jaar(), bedrag);
        });
    }

    /** A werkgebied's yearly part of the verdeelmodel in force, and the model's year. */
    public record WerkgebiedBudget(int jaar, BigDecimal bedrag) {
    }

    /**
     * The allocation of a model. For a vastgesteld or vervangen model it is the computation stored when
     * it was vastgesteld (reproducible whatever changed since); for a concept it is computed now from
     * the netto ontvangst of the model's year and the BAO counts on its teldatum (refused with the baten
     * computation's own code when that cannot be made). A user with only BETAALOVERZICHT_READ (a bestuur)
     * reaches adopted models only; callers show such a user its own bestuur's part only.
     */
    @Transactional(readOnly = true)
    public Verdeling verdeling(CurrentUser user, UUID modelId) {
        requireReadOrStatements(user);
        Verdeelmodel model = store.get(user.requireTenant(), modelId);
        if (model.status().isAdopted()) {
            return verdelingen.stored(user, model).verdeling();
        }
        user.require(Permission.FINANCE_READ);
        return verdelingen.compute(user, model, null).verdeling();
    }

    /**
     * The allocation with its basis (available amount and its source, counts used, schools without a
     * count) for the screens and the API; {@code beschikbaar} (optional, concepts only) replaces the
     * netto ontvangst, as when the baten cannot be computed yet.
     */
    @Transactional(readOnly = true)
    public VerdeelmodelUitkomst uitkomst(CurrentUser user, UUID modelId, BigDecimal beschikbaar) {
        user.require(Permission.FINANCE_READ);
        Verdeelmodel model = store.get(user.requireTenant(), modelId);
        return model.status().isAdopted() ? verdelingen.stored(user, model) : verdelingen.compute(user, model, beschikbaar);
    }

    public Verdeelmodel create(CurrentUser user, VerdeelmodelInput input) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        checkDates(input.getJaar(), input.getGeldigVanaf());
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO verdeelmodel (id, swv_id, jaar, versie, naam, status, teldatum, geldig_vanaf, created_by)
                    VALUES (?, ?, ?, ?, ?, 'CONCEPT', ?, ?, ?)""")
                    .params(id, swv, input.getJaar(), store.nextVersie(swv, input.getJaar()), input.getNaam(),
                            input.getTeldatum(), input.getGeldigVanaf(), user.accountId()).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("verdeelmodel-gelijktijdig-gewijzigd");
        }
        audit.record(user, "finance.verdeelmodel.create", "verdeelmodel", id);
        return store.get(swv, id);
    }

    /** Changes the name and dates of a concept (its year stays). */
    public Verdeelmodel update(CurrentUser user, UUID id, VerdeelmodelInput input) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        Verdeelmodel model = requireConcept(store.get(swv, id));
        if (input.getJaar() != null && input.getJaar() != model.jaar()) {
            throw new PassendException.RuleViolation("verdeelmodel-jaar-vast");
        }
        checkDates(model.jaar(), input.getGeldigVanaf());
        int rows = jdbc.sql("""
                UPDATE verdeelmodel SET naam = ?, teldatum = ?, geldig_vanaf = ?, updated_at = now(), updated_by = ?,
                       version = version + 1
                 WHERE swv_id = ? AND id = ? AND status = 'CONCEPT' AND version = ?""")
                .params(input.getNaam(), input.getTeldatum(), input.getGeldigVanaf(), user.accountId(), swv, id,
                        ConceptVersie.expected(model.version(), input.getVersion())).update();
        versie.checkOne(rows);
        audit.record(user, "finance.verdeelmodel.update", "verdeelmodel", id);
        return store.get(swv, id);
    }

    /** A new concept version of the source's year, copying its name, dates and components. */
    public Verdeelmodel newVersion(CurrentUser user, UUID sourceId) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        Verdeelmodel source = store.get(swv, sourceId);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO verdeelmodel (id, swv_id, jaar, versie, naam, status, teldatum, geldig_vanaf, created_by)
                    VALUES (?, ?, ?, ?, ?, 'CONCEPT', ?, ?, ?)""")
                    .params(id, swv, source.jaar(), store.nextVersie(swv, source.jaar()), source.naam(),
                            source.teldatum(), source.geldigVanaf(), user.accountId()).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("verdeelmodel-gelijktijdig-gewijzigd");
        }
        for (VerdeelmodelComponent c : source.componenten()) {
            store.insertComponent(swv, id, UUID.randomUUID(), c.volgorde(), c, user.accountId());
        }
        audit.record(user, "finance.verdeelmodel.new-version", "verdeelmodel", id);
        return store.get(swv, id);
    }

    public Verdeelmodel addComponent(CurrentUser user, UUID modelId, VerdeelmodelComponentInput input) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        Verdeelmodel model = requireConcept(store.get(swv, modelId));
        VerdeelmodelComponent component = VerdeelmodelRules.checked(input, null);
        List<VerdeelmodelComponent> after = new ArrayList<>(model.componenten());
        after.add(component);
        VerdeelmodelRules.checkShares(after);
        versie.touch(user, model.id(), model.version(), input.getVersion());
        int volgorde = input.getVolgorde() != null ? input.getVolgorde() : store.nextVolgorde(swv, modelId);
        UUID id = UUID.randomUUID();
        try {
            store.insertComponent(swv, modelId, id, volgorde, component, user.accountId());
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("verdeelmodel-component-volgorde-bezet");
        } catch (DataIntegrityViolationException e) {
            throw new PassendException.Conflict("verdeelmodel-niet-concept");
        }
        audit.record(user, "finance.verdeelmodel.component.add", "verdeelmodel-component", id);
        return store.get(swv, modelId);
    }

    public Verdeelmodel updateComponent(CurrentUser user, UUID modelId, UUID componentId,
                                        VerdeelmodelComponentInput input) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        Verdeelmodel model = requireConcept(store.get(swv, modelId));
        VerdeelmodelComponent existing = component(model, componentId);
        VerdeelmodelComponent component = VerdeelmodelRules.checked(input, componentId);
        List<VerdeelmodelComponent> after = new ArrayList<>(model.componenten());
        after.replaceAll(c -> c.id().equals(componentId) ? component : c);
        VerdeelmodelRules.checkShares(after);
        versie.touch(user, model.id(), model.version(), input.getVersion());
        int volgorde = input.getVolgorde() != null ? input.getVolgorde() : existing.volgorde();
        try {
            jdbc.sql("""
                    UPDATE verdeelmodel_component SET volgorde = ?, soort = ?, naam = ?, post = ?, bedrag = ?,
                           percentage = ?, frictie_percentage = ?, peildatum = ?, verwacht_aantal = ?, maandelijks = ?
                     WHERE swv_id = ? AND verdeelmodel_id = ? AND id = ?""")
                    .params(volgorde, component.soort().name(), component.naam(), component.post().name(),
                            component.bedrag(), component.percentage(), component.frictiePercentage(),
                            component.peildatum(), component.verwachtAantal(), component.maandelijks(), swv, modelId,
                            componentId).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("verdeelmodel-component-volgorde-bezet");
        } catch (DataIntegrityViolationException e) {
            throw new PassendException.Conflict("verdeelmodel-niet-concept");
        }
        audit.record(user, "finance.verdeelmodel.component.update", "verdeelmodel-component", componentId);
        return store.get(swv, modelId);
    }

    public Verdeelmodel removeComponent(CurrentUser user, UUID modelId, UUID componentId, Integer version) {
        user.require(Permission.FINANCE_MANAGE);
        UUID swv = user.requireTenant();
        Verdeelmodel model = requireConcept(store.get(swv, modelId));
        component(model, componentId);
        versie.touch(user, model.id(), model.version(), version);
        try {
            jdbc.sql("DELETE FROM verdeelmodel_component WHERE swv_id = ? AND verdeelmodel_id = ? AND id = ?")
                    .params(swv, modelId, componentId).update();
        } catch (DataIntegrityViolationException e) {
            throw new PassendException.Conflict("verdeelmodel-niet-concept");
        }
        audit.record(user, "finance.verdeelmodel.component.remove", "verdeelmodel-component", componentId);
        return store.get(swv, modelId);
    }

    /** Records the OPR's consent (date and kenmerk); the model is frozen from now on. */
    public Verdeelmodel recordOprInstemming(CurrentUser user, UUID id, VerdeelmodelOprInput input) {
        user.require(Permission.FINANCE_ADOPT);
        UUID swv = user.requireTenant();
        Verdeelmodel model = store.get(swv, id);
        model.status().requireMoveTo(VerdeelmodelStatus.OPR_INSTEMMING);
        if (model.componenten().isEmpty()) {
            throw new PassendException.RuleViolation("verdeelmodel-zonder-componenten");
        }
        if (input.getDatum().isAfter(LocalDate.now(clock))) {
            throw new PassendException.RuleViolation("verdeelmodel-opr-datum-in-toekomst");
        }
        int rows = jdbc.sql("""
                UPDATE verdeelmodel SET status = 'OPR_INSTEMMING', opr_instemming_op = ?, opr_kenmerk = ?,
                       updated_at = now(), updated_by = ?, version = version + 1
                 WHERE swv_id = ? AND id = ? AND status = 'CONCEPT' AND version = ?""")
                .params(input.getDatum(), input.getKenmerk(), user.accountId(), swv, id,
                        ConceptVersie.expected(model.version(), input.getVersion())).update();
        versie.checkOne(rows);
        audit.record(user, "finance.verdeelmodel.opr-instemming", "verdeelmodel", id);
        return store.get(swv, id);
    }

    /**
     * Adopts a model after the OPR's consent; refused while a BAO school has no count on the model's
     * teldatum ({@code verdeelmodel-school-zonder-telling}). The vastgestelde version of the same year
     * (if any) must start earlier; it becomes vervangen in the same transaction. The allocation is computed and
     * stored (berekening VERDELING) so payments can be reproduced later.
     */
    public Verdeelmodel vaststellen(CurrentUser user, UUID id, VerdeelmodelVaststellingInput input) {
        user.require(Permission.FINANCE_ADOPT);
        UUID swv = user.requireTenant();
        Verdeelmodel model = store.get(swv, id);
        model.status().requireMoveTo(VerdeelmodelStatus.VASTGESTELD);
        int version = ConceptVersie.expected(model.version(), input.getVersion());
        VerdeelmodelUitkomst uitkomst = verdelingen.compute(user, model, input.getBeschikbaar());
        if (!uitkomst.scholenZonderTelling().isEmpty()) {
            // Taking part with 0 pupils would leave their besturen without per-pupil money for a year;
            // a school that really has no pupils gets a count of 0.
            throw new PassendException.RuleViolation("verdeelmodel-school-zonder-telling",
                    uitkomst.scholenZonderTelling().size(), DATUM.format(model.teldatum()));
        }
        Optional<Verdeelmodel> current = store.vastgesteld(swv, model.jaar());
        if (current.isPresent()) {
            Verdeelmodel old = current.get();
            if (!model.geldigVanaf().isAfter(old.geldigVanaf())) {
                throw new PassendException.RuleViolation("verdeelmodel-geldig-vanaf-niet-later", old.geldigVanaf());
            }
            int replaced = jdbc.sql("""
                    UPDATE verdeelmodel SET status = 'VERVANGEN', updated_at = now(), updated_by = ?, version = version + 1
                     WHERE swv_id = ? AND id = ? AND status = 'VASTGESTELD' AND version = ?""")
                    .params(user.accountId(), swv, old.id(), old.version()).update();
            versie.checkOne(replaced);
            audit.record(user, "finance.verdeelmodel.vervangen", "verdeelmodel", old.id());
        }
        int rows;
        try {
            rows = jdbc.sql("""
                    UPDATE verdeelmodel SET status = 'VASTGESTELD', vastgesteld_op = now(), vastgesteld_door = ?,
                           vervangt_id = ?, updated_at = now(), updated_by = ?, version = version + 1
                     WHERE swv_id = ? AND id = ? AND status = 'OPR_INSTEMMING' AND version = ?""")
                    .params(user.accountId(), current.map(Verdeelmodel::id).orElse(null), user.accountId(), swv, id,
                            version).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("verdeelmodel-gelijktijdig-gewijzigd");
        }
        versie.checkOne(rows);
        UUID berekening = verdelingen.store(user, model, uitkomst);
        audit.record(user, "finance.verdeelmodel.vaststellen", "verdeelmodel", id);
        audit.record(user, "finance.berekening.create", "berekening", berekening);
        return store.get(swv, id);
    }

    private static void requireReadOrStatements(CurrentUser user) {
        if (!user.can(Permission.FINANCE_READ) && !user.can(Permission.BETAALOVERZICHT_READ)) {
            throw new PassendException.Forbidden("forbidden");
        }
    }

    private static Verdeelmodel requireConcept(Verdeelmodel model) {
        if (!model.status().isChangeable()) {
            throw new PassendException.Conflict("verdeelmodel-niet-concept");
        }
        return model;
    }

    private static VerdeelmodelComponent component(Verdeelmodel model, UUID componentId) {
        return model.componenten().stream().filter(c -> c.id().equals(componentId)).findFirst()
                .orElseThrow(() -> new PassendException.NotFound("verdeelmodel-component-not-found"));
    }

    private static void checkDates(Integer jaar, LocalDate geldigVanaf) {
        if (jaar != null && geldigVanaf != null && geldigVanaf.getYear() != jaar) {
            throw new PassendException.RuleViolation("verdeelmodel-geldig-vanaf-buiten-jaar", jaar);
        }
    }
}
