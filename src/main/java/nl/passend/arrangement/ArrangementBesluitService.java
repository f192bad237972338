package nl.passend.arrangement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.dossier.PupilScope;
import nl.passend.shared.PassendException;
import nl.passend.shared.db.Versioned;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.werkvoorraad.DeadlineRequest;
import nl.passend.werkvoorraad.DeadlineService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The besluit on an aanvraag after the MDO: toekennen (with the arrangement, its beschikkingsnummer and the
 * budget check: over budget is allowed with a reason), afwijzen, or aanhouden (it comes back in
 * behandeling later). Each with grounds, audited, moving the worklist deadlines. The besluit is taken on an
 * aanvraag after its MDO only, with the version last read; resuming is for an aangehouden aanvraag only.
 */
@Service
@Transactional
public class ArrangementBesluitService {

    private final JdbcClient jdbc;
    private final OndersteuningsaanvraagAccess aanvragen;
    private final ArrangementAccess arrangementen;
    private final ArrangementService arrangementService;
    private final ArrangementBudget budget;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final Clock clock;

    ArrangementBesluitService(JdbcClient jdbc, OndersteuningsaanvraagAccess aanvragen, ArrangementAccess arrangementen,
                              ArrangementService arrangementService, ArrangementBudget budget, DeadlineService deadlines,
                              AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.aanvragen = aanvragen;
        this.arrangementen = arrangementen;
        this.arrangementService = arrangementService;
        this.budget = budget;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** The budget check a grant would get, to warn before it is made (the werkgebied defaults to the school's). */
    @Transactional(readOnly = true)
    public BudgetCheck checkBudget(CurrentUser user, UUID aanvraagId, ToekenningInput in) {
        Ondersteuningsaanvraag a = aanvragen.load(user, aanvraagId, Permission.AANVRAAG_DECIDE);
        return budget.check(user, in.budget(), werkgebied(user, a, in), in.start(), in.bedrag());
    }

    /** Grants the aanvraag: records the besluit and the arrangement; the evaluation moments become deadlines. */
    public Arrangement grant(CurrentUser user, UUID aanvraagId, ToekenningInput in, Integer version) {
        Ondersteuningsaanvraag a = aanvragen.load(user, aanvraagId, Permission.AANVRAAG_DECIDE);
        OndersteuningsaanvraagAccess.expect(a, OndersteuningsaanvraagStatus.MDO);
        Versioned.require(version);
        validate(in);
        UUID werkgebiedId = werkgebied(user, a, in);
        if (in.budget() == BudgetSoort.CENTRAAL && in.begrotingspost() == null) {
            throw new PassendException.RuleViolation("arrangement-begrotingspost-required");
        }
        int momenten = jdbc.sql("SELECT count(*) FROM arrangement_evaluatiemoment WHERE aanvraag_id = ?")
                .param(aanvraagId).query(Integer.class).single();
        if (momenten == 0) {
            throw new PassendException.RuleViolation("arrangement-evaluatiemoment-required");
        }
        BudgetCheck check = budget.check(user, in.budget(), werkgebiedId, in.start(), in.bedrag());
        if (check.boven() && OndersteuningsaanvraagService.blank(in.overschrijdingReden())) {
            throw new PassendException.RuleViolation("arrangement-over-budget-reason-required", check.resterend());
        }
        aanvragen.move(user, aanvraagId, OndersteuningsaanvraagStatus.MDO, OndersteuningsaanvraagStatus.LOPEND, version);
        LocalDate today = LocalDate.now(clock);
        recordBesluit(user, aanvraagId, BesluitUitkomst.TOEGEKEND, in.gronden(), null, today);
        int jaar = today.getYear();
        int volgnummer = jdbc.sql("""
                INSERT INTO arrangement_volgnummer (swv_id, jaar, laatste) VALUES (?, ?, 1)
                ON CONFLICT (swv_id, jaar) DO UPDATE SET laatste = arrangement_volgnummer.laatste + 1 RETURNING laatste""")
                .params(user.requireTenant(), jaar).query(Integer.class).single();
        String nummer = "ARR-%d-%04d".formatted(jaar, volgnummer);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO arrangement (id, swv_id, aanvraag_id, school_id, leerling_id, jaar, volgnummer,
                    beschikkingsnummer, soort, aanbieder, start_op, eind_op, uren, bedrag, budget, werkgebied_id,
                    begrotingspost, boven_budget, overschrijding_reden, status, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'LOPEND', ?)""")
                .params(id, user.requireTenant(), aanvraagId, a.schoolId(), a.leerlingId(), jaar, volgnummer, nummer,
                        in.soort().name(), in.aanbieder().trim(), in.start(), in.eind(), in.uren(), in.bedrag(),
                        in.budget().name(), in.budget() == BudgetSoort.WERKGEBIED ? werkgebiedId : null,
                        in.budget() == BudgetSoort.CENTRAAL ? in.begrotingspost().name() : null, check.boven(),
                        check.boven() ? in.overschrijdingReden().trim() : null, user.accountId())
                .update();
        deadlines.close(aanvraagId, ArrangementDeadlines.BESLUIT);
        arrangementService.openEvaluaties(a, today);
        audit.record(user, "ondersteuningsaanvraag.grant", "ondersteuningsaanvraag", aanvraagId);
        return arrangementen.load(user, id);
    }

    /** Refuses the aanvraag, with grounds. */
    public Ondersteuningsaanvraag refuse(CurrentUser user, UUID aanvraagId, String gronden, Integer version) {
        return close(user, aanvraagId, BesluitUitkomst.AFGEWEZEN, gronden, null, version);
    }

    /**
     * Holds the aanvraag (aanhouden), with grounds, until a date (six weeks when none is given): then it
     * is taken in behandeling again.
     */
    public Ondersteuningsaanvraag hold(CurrentUser user, UUID aanvraagId, String gronden, LocalDate tot, Integer version) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = tot != null ? tot : today.plusDays(ArrangementDeadlines.HERVATTEN_DAYS);
        if (!until.isAfter(today)) {
            throw new PassendException.RuleViolation("ondersteuningsaanvraag-hold-date-in-past");
        }
        return close(user, aanvraagId, BesluitUitkomst.AANGEHOUDEN, gronden, until, version);
    }

    /** Takes an aangehouden aanvraag in behandeling again (towards a new MDO). */
    public Ondersteuningsaanvraag resume(CurrentUser user, UUID aanvraagId, Integer version) {
        Ondersteuningsaanvraag a = aanvragen.load(user, aanvraagId, Permission.AANVRAAG_HANDLE);
        OndersteuningsaanvraagAccess.expect(a, OndersteuningsaanvraagStatus.BESLOTEN);
        if (a.besluitUitkomst() != BesluitUitkomst.AANGEHOUDEN) {
            throw new PassendException.Conflict("ondersteuningsaanvraag-not-held");
        }
        aanvragen.move(user, aanvraagId, OndersteuningsaanvraagStatus.BESLOTEN, OndersteuningsaanvraagStatus.IN_BEHANDELING,
                version);
        LocalDate today = LocalDate.now(clock);
        deadlines.close(aanvraagId, ArrangementDeadlines.HERVATTEN);
        deadlines.open(OndersteuningsaanvraagService.request(ArrangementDeadlines.MDO, a, Role.CONSULENT,
                a.consulentId(), today, ArrangementDeadlines.MDO_DAYS));
        audit.record(user, "ondersteuningsaanvraag.resume", "ondersteuningsaanvraag", aanvraagId);
        return aanvragen.load(user, aanvraagId, Permission.AANVRAAG_READ);
    }

    private Ondersteuningsaanvraag close(CurrentUser user, UUID aanvraagId, BesluitUitkomst uitkomst, String gronden,
                                         LocalDate tot, Integer version) {
        if (OndersteuningsaanvraagService.blank(gronden)) {
            throw new PassendException.RuleViolation("ondersteuningsaanvraag-grounds-required");
        }
        Ondersteuningsaanvraag a = aanvragen.load(user, aanvraagId, Permission.AANVRAAG_DECIDE);
        OndersteuningsaanvraagAccess.expect(a, OndersteuningsaanvraagStatus.MDO);
        aanvragen.move(user, aanvraagId, OndersteuningsaanvraagStatus.MDO, OndersteuningsaanvraagStatus.BESLOTEN, version);
        LocalDate today = LocalDate.now(clock);
        recordBesluit(user, aanvraagId, uitkomst, gronden, tot, today);
        deadlines.close(aanvraagId, ArrangementDeadlines.BESLUIT);
        if (uitkomst == BesluitUitkomst.AANGEHOUDEN) {
            deadlines.open(new DeadlineRequest(ArrangementDeadlines.HERVATTEN,
                    ArrangementDeadlines.SUBJECT, aanvraagId, a.leerlingId(), a.schoolId(), Role.CONSULENT,
                    a.consulentId(), today, tot));
        }
        audit.record(user, uitkomst == BesluitUitkomst.AFGEWEZEN ? "ondersteuningsaanvraag.refuse"
                : "ondersteuningsaanvraag.hold", "ondersteuningsaanvraag", aanvraagId);
        return aanvragen.load(user, aanvraagId, Permission.AANVRAAG_READ);
    }

    private void recordBesluit(CurrentUser user, UUID id, BesluitUitkomst uitkomst, String gronden, LocalDate tot,
                               LocalDate today) {
        jdbc.sql("""
                UPDATE ondersteuningsaanvraag SET besluit_uitkomst = ?, besluit_gronden = ?, besloten_op = ?,
                       besloten_door = ?, aangehouden_tot = ? WHERE id = ?""")
                .params(uitkomst.name(), gronden == null ? null : gronden.trim(), today, user.accountId(), tot, id)
                .update();
    }

    /**
     * The werkgebied whose budget a grant is charged to: the school's, unless another is named. Only SWV
     * staff who decide for the whole SWV (the director) may name another; a consulent decides within the
     * school's werkgebied.
     */
    private static UUID werkgebied(CurrentUser user, Ondersteuningsaanvraag a, ToekenningInput in) {
        if (in.werkgebiedId() == null || in.werkgebiedId().equals(a.werkgebiedId())) {
            return a.werkgebiedId();
        }
        if (!PupilScope.seesWholeSwv(user, Permission.AANVRAAG_DECIDE)) {
            throw new PassendException.Forbidden("arrangement-werkgebied-not-schools");
        }
        return in.werkgebiedId();
    }

    private static void validate(ToekenningInput in) {
        if (OndersteuningsaanvraagService.blank(in.gronden()) || in.soort() == null
                || OndersteuningsaanvraagService.blank(in.aanbieder()) || in.start() == null || in.eind() == null
                || in.budget() == null) {
            throw new PassendException.RuleViolation("arrangement-grant-incomplete");
        }
        if (in.eind().isBefore(in.start())) {
            throw new PassendException.RuleViolation("arrangement-end-before-start");
        }
        if (in.uren() == null && in.bedrag() == null) {
            throw new PassendException.RuleViolation("arrangement-hours-or-amount-required");
        }
        if ((in.uren() != null && in.uren().signum() <= 0) || (in.bedrag() != null && in.bedrag().signum() < 0)) {
            throw new PassendException.RuleViolation("arrangement-amount-invalid");
        }
    }
}
