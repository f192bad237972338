package nl.passend.arrangement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.werkvoorraad.DeadlineRequest;
import nl.passend.werkvoorraad.DeadlineService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Granted arrangements: reading them (within scope; also for invoices and the settlement per bestuur) and
 * the evaluation with the parents that extends or closes one. The evaluation moments agreed in the MDO are
 * worklist deadlines of the consulent until evaluated.
 */
@Service
@Transactional
public class ArrangementService {

    private final JdbcClient jdbc;
    private final ArrangementAccess access;
    private final OndersteuningsaanvraagAccess aanvragen;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final Clock clock;

    ArrangementService(JdbcClient jdbc, ArrangementAccess access, OndersteuningsaanvraagAccess aanvragen,
                       DeadlineService deadlines, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.aanvragen = aanvragen;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional // not read-only: the read is audited
    public Arrangement get(CurrentUser user, UUID id) {
        Arrangement a = access.load(user, id);
        audit.record(user, "arrangement.read", "arrangement", id);
        return a;
    }

    /** Arrangements within scope matching the filter, by beschikkingsnummer. */
    @Transactional // not read-only: the read is audited
    public List<Arrangement> list(CurrentUser user, ArrangementFilter filter) {
        List<Arrangement> rows = access.list(user, filter == null ? ArrangementFilter.all() : filter);
        audit.record(user, "arrangement.list", "arrangement", null);
        return rows;
    }

    /** The arrangement with this beschikkingsnummer, if it exists within scope (for registering invoices). */
    @Transactional(readOnly = true)
    public Optional<Arrangement> findByBeschikkingsnummer(CurrentUser user, String beschikkingsnummer) {
        Optional<UUID> id = jdbc.sql("SELECT id FROM arrangement WHERE swv_id = ? AND beschikkingsnummer = ?")
                .params(user.requireTenant(), beschikkingsnummer == null ? "" : beschikkingsnummer.trim())
                .query(UUID.class).optional();
        try {
            return id.map(i -> access.load(user, i));
        } catch (PassendException.NotFound e) {
            return Optional.empty();
        }
    }

    /** The arrangement granted on an aanvraag, if any (the aanvraag's own scope applies). */
    @Transactional(readOnly = true)
    public Optional<Arrangement> ofAanvraag(CurrentUser user, UUID aanvraagId) {
        aanvragen.load(user, aanvraagId, Permission.AANVRAAG_READ);
        return access.ofAanvraag(aanvraagId);
    }

    /** The arrangement an evaluation moment (a worklist deadline's subject) belongs to, within scope. */
    @Transactional(readOnly = true)
    public Optional<UUID> ofEvaluatiemoment(CurrentUser user, UUID momentId) {
        return jdbc.sql("""
                SELECT r.id FROM arrangement_evaluatiemoment m JOIN arrangement r ON r.aanvraag_id = m.aanvraag_id
                 WHERE m.swv_id = ? AND m.id = ?""").params(user.requireTenant(), momentId).query(UUID.class).optional()
                .map(id -> access.load(user, id).id());
    }

    /**
     * The evaluations of an arrangement, oldest first. Who took part and the findings are health details:
     * left out for a user who may not read those of the aanvraag (a bestuur), as its groeidocument is.
     */
    @Transactional // not read-only: the read is audited
    public List<Evaluatie> evaluaties(CurrentUser user, UUID arrangementId) {
        Arrangement a = access.load(user, arrangementId);
        boolean health = aanvragen.load(user, a.aanvraagId(), Permission.AANVRAAG_READ).healthVisible();
        audit.record(user, "arrangement.evaluaties-read", "arrangement", arrangementId);
        return jdbc.sql("SELECT * FROM arrangement_evaluatie WHERE arrangement_id = ? ORDER BY datum, created_at")
                .param(arrangementId)
                .query((rs, n) -> new Evaluatie(rs.getObject("id", UUID.class), arrangementId,
                        rs.getObject("datum", LocalDate.class), rs.getString("deelnemers"),
                        rs.getBoolean("ouders_aanwezig"), rs.getBoolean("leerling_aanwezig"),
                        rs.getString("bevindingen"), EvaluatieUitkomst.valueOf(rs.getString("uitkomst")),
                        rs.getObject("oude_eind_op", LocalDate.class), rs.getObject("nieuwe_eind_op", LocalDate.class)))
                .list().stream().map(e -> health ? e : e.withoutHealthDetails()).toList();
    }

    /**
     * Records an evaluation (the first open evaluation moment counts as done): the arrangement runs on
     * until a later end date, with a new evaluation moment on that date, or it closes and the aanvraag
     * with it. {@code version} is the aanvraag's and required: of two evaluations made at the same time only
     * the first passes.
     */
    public Arrangement evaluate(CurrentUser user, UUID arrangementId, EvaluatieInput in, Integer version) {
        if (in.datum() == null || in.uitkomst() == null || OndersteuningsaanvraagService.blank(in.deelnemers())
                || OndersteuningsaanvraagService.blank(in.bevindingen())) {
            throw new PassendException.RuleViolation("arrangement-evaluatie-incomplete");
        }
        LocalDate today = LocalDate.now(clock);
        if (in.datum().isAfter(today)) {
            throw new PassendException.RuleViolation("arrangement-evaluatie-in-future");
        }
        Arrangement arr = access.load(user, arrangementId);
        Ondersteuningsaanvraag a = aanvragen.load(user, arr.aanvraagId(), Permission.AANVRAAG_HANDLE);
        if (!a.status().lopend()) {
            throw new PassendException.Conflict(a.status().code());
        }
        boolean verlengen = in.uitkomst() == EvaluatieUitkomst.VERLENGEN;
        if (verlengen && (in.nieuweEind() == null || !in.nieuweEind().isAfter(arr.eind()))) {
            throw new PassendException.RuleViolation("arrangement-verlenging-needs-later-end");
        }
        aanvragen.move(user, a.id(), a.status(), verlengen ? OndersteuningsaanvraagStatus.GEEVALUEERD
                : OndersteuningsaanvraagStatus.AFGESLOTEN, version);
        UUID moment = jdbc.sql("""
                SELECT id FROM arrangement_evaluatiemoment WHERE aanvraag_id = ? AND NOT geevalueerd
                 ORDER BY datum LIMIT 1""").param(a.id()).query(UUID.class).optional().orElse(null);
        jdbc.sql("""
                INSERT INTO arrangement_evaluatie (swv_id, arrangement_id, evaluatiemoment_id, datum, deelnemers,
                    ouders_aanwezig, leerling_aanwezig, bevindingen, uitkomst, oude_eind_op, nieuwe_eind_op, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(user.requireTenant(), arrangementId, moment, in.datum(), in.deelnemers().trim(),
                        in.oudersAanwezig(), in.leerlingAanwezig(), in.bevindingen().trim(), in.uitkomst().name(),
                        arr.eind(), verlengen ? in.nieuweEind() : null, user.accountId())
                .update();
        if (moment != null) {
            jdbc.sql("UPDATE arrangement_evaluatiemoment SET geevalueerd = true WHERE id = ?").param(moment).update();
            deadlines.close(moment, ArrangementDeadlines.EVALUATIE);
        }
        if (verlengen) {
            jdbc.sql("UPDATE arrangement SET eind_op = ?, updated_at = now(), version = version + 1 WHERE id = ?")
                    .params(in.nieuweEind(), arrangementId).update();
            int open = jdbc.sql("SELECT count(*) FROM arrangement_evaluatiemoment WHERE aanvraag_id = ? AND NOT geevalueerd")
                    .param(a.id()).query(Integer.class).single();
            if (open == 0) {
                UUID nieuw = jdbc.sql("""
                        INSERT INTO arrangement_evaluatiemoment (swv_id, aanvraag_id, datum) VALUES (?, ?, ?) RETURNING id""")
                        .params(user.requireTenant(), a.id(), in.nieuweEind()).query(UUID.class).single();
                openEvaluatie(a, nieuw, in.nieuweEind(), today);
            }
        } else {
            jdbc.sql("""
                    UPDATE arrangement SET status = 'AFGESLOTEN', afgesloten_op = ?, updated_at = now(),
                           version = version + 1 WHERE id = ?""").params(in.datum(), arrangementId).update();
            List<UUID> open = jdbc.sql("SELECT id FROM arrangement_evaluatiemoment WHERE aanvraag_id = ? AND NOT geevalueerd")
                    .param(a.id()).query(UUID.class).list();
            open.forEach(deadlines::closeAll);
            deadlines.closeAll(a.id());
        }
        audit.record(user, verlengen ? "arrangement.extend" : "arrangement.close", "arrangement", arrangementId);
        return access.load(user, arrangementId);
    }

    /** Puts the evaluation moments of a newly granted arrangement on the consulent's worklist. */
    void openEvaluaties(Ondersteuningsaanvraag a, LocalDate today) {
        List<Evaluatiemoment> momenten = jdbc.sql(
                        "SELECT id, datum FROM arrangement_evaluatiemoment WHERE aanvraag_id = ? AND NOT geevalueerd")
                .param(a.id()).query((rs, n) -> new Evaluatiemoment(rs.getObject("id", UUID.class), a.id(),
                        rs.getObject("datum", LocalDate.class), false)).list();
        momenten.forEach(m -> openEvaluatie(a, m.id(), m.datum(), today));
    }

    private void openEvaluatie(Ondersteuningsaanvraag a, UUID momentId, LocalDate datum, LocalDate today) {
        UUID consulent = jdbc.sql("SELECT consulent_id FROM ondersteuningsaanvraag WHERE id = ?").param(a.id())
                .query(UUID.class).optional().orElse(null);
        deadlines.open(new DeadlineRequest(ArrangementDeadlines.EVALUATIE, ArrangementDeadlines.SUBJECT_EVALUATIE,
                momentId, a.leerlingId(), a.schoolId(), Role.CONSULENT, consulent, today.isAfter(datum) ? datum : today,
                datum));
    }
}
