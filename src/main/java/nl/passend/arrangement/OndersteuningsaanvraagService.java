package nl.passend.arrangement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
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
 * The aanvraag extra ondersteuning up to the MDO: concept, submitting (through the bestuur's fiat when the
 * SWV requires it), taking it in behandeling, asking and giving information, recording the MDO. One method
 * per act; each is audited and moves the aanvraag's worklist deadlines. Every act names the state it starts
 * from (another state is refused with that state's code) and carries the version last read. The besluit is in
 * {@link ArrangementBesluitService}, the evaluation in {@link ArrangementService}.
 */
@Service
@Transactional
public class OndersteuningsaanvraagService {

    private final JdbcClient jdbc;
    private final OndersteuningsaanvraagAccess access;
    private final LeerlingService leerlingen;
    private final ArrangementSettingsService settings;
    private final GroeidocumentLink groeidocumenten;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final Clock clock;

    OndersteuningsaanvraagService(JdbcClient jdbc, OndersteuningsaanvraagAccess access, LeerlingService leerlingen,
                                  ArrangementSettingsService settings, GroeidocumentLink groeidocumenten,
                                  DeadlineService deadlines, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.leerlingen = leerlingen;
        this.settings = settings;
        this.groeidocumenten = groeidocumenten;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional // not read-only: the read is audited
    public Ondersteuningsaanvraag get(CurrentUser user, UUID id) {
        Ondersteuningsaanvraag a = access.load(user, id, Permission.AANVRAAG_READ);
        audit.record(user, "ondersteuningsaanvraag.read", "ondersteuningsaanvraag", id);
        return a;
    }

    /** Aanvragen within scope, optionally of one state or one pupil, most recently changed first. */
    @Transactional // not read-only: the read is audited
    public List<Ondersteuningsaanvraag> list(CurrentUser user, OndersteuningsaanvraagStatus status, UUID leerlingId) {
        List<Ondersteuningsaanvraag> rows = access.list(user, status, leerlingId);
        audit.record(user, "ondersteuningsaanvraag.list", "ondersteuningsaanvraag", null);
        return rows;
    }

    /** Whether the user may see this aanvraag's health details (groeidocument, MDO perspectives and outcome). */
    @Transactional(readOnly = true)
    public boolean canReadHealth(CurrentUser user, UUID id) {
        return access.canReadHealth(user, id);
    }

    /** The evaluation moments agreed in the MDO, by date. */
    @Transactional(readOnly = true)
    public List<Evaluatiemoment> evaluatiemomenten(CurrentUser user, UUID id) {
        access.load(user, id, Permission.AANVRAAG_READ);
        return jdbc.sql("SELECT * FROM arrangement_evaluatiemoment WHERE aanvraag_id = ? ORDER BY datum").param(id)
                .query((rs, n) -> new Evaluatiemoment(rs.getObject("id", UUID.class), id,
                        rs.getObject("datum", LocalDate.class), rs.getBoolean("geevalueerd"))).list();
    }

    /** Starts an aanvraag as a concept of the school (also used by the OSO import). */
    public Ondersteuningsaanvraag createConcept(CurrentUser user, AanvraagInput in) {
        user.require(Permission.AANVRAAG_FILE);
        if (in.leerlingId() != null && in.groeidocumentVersieId() == null) {
            // the school attaches the pupil's groeidocument as it stands now
            in = new AanvraagInput(in.schoolId(), in.leerlingId(), in.groep(), in.aantal(), in.route(), in.vraag(),
                    groeidocumenten.current(user, in.leerlingId()).orElse(null));
        }
        validate(user, in);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO ondersteuningsaanvraag (id, swv_id, school_id, leerling_id, groep, aantal, route, vraag,
                    groeidocument_versie_id, status, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'CONCEPT', ?)""")
                .params(id, user.requireTenant(), in.schoolId(), in.leerlingId(), groep(in), groepAantal(in),
                        in.route().name(), in.vraag().trim(), in.groeidocumentVersieId(), user.accountId())
                .update();
        audit.record(user, "ondersteuningsaanvraag.create", "ondersteuningsaanvraag", id);
        return access.load(user, id, Permission.AANVRAAG_READ);
    }

    /** Rewrites a concept (pupil or group, route, question, groeidocument version). */
    public Ondersteuningsaanvraag updateConcept(CurrentUser user, UUID id, AanvraagInput in, Integer version) {
        Ondersteuningsaanvraag a = access.load(user, id, Permission.AANVRAAG_FILE);
        OndersteuningsaanvraagAccess.expect(a, OndersteuningsaanvraagStatus.CONCEPT);
        int expected = Versioned.require(version);
        validate(user, in);
        int n = jdbc.sql("""
                UPDATE ondersteuningsaanvraag SET school_id = ?, leerling_id = ?, groep = ?, aantal = ?, route = ?,
                       vraag = ?, groeidocument_versie_id = ?, updated_at = now(), updated_by = ?, version = version + 1
                 WHERE id = ? AND status = 'CONCEPT' AND version = ?""")
                .params(in.schoolId(), in.leerlingId(), groep(in), groepAantal(in), in.route().name(), in.vraag().trim(),
                        in.groeidocumentVersieId(), user.accountId(), id, expected)
                .update();
        if (n != 1) {
            throw new PassendException.Conflict("stale-version");
        }
        audit.record(user, "ondersteuningsaanvraag.update", "ondersteuningsaanvraag", id);
        return access.load(user, id, Permission.AANVRAAG_READ);
    }

    /** Files the concept: to the bestuur for its fiat when the SWV requires it, otherwise to the SWV. */
    public Ondersteuningsaanvraag submit(CurrentUser user, UUID id, Integer version) {
        Ondersteuningsaanvraag a = access.load(user, id, Permission.AANVRAAG_FILE);
        OndersteuningsaanvraagAccess.expect(a, OndersteuningsaanvraagStatus.CONCEPT);
        Versioned.require(version);
        if (a.leerlingId() != null && a.groeidocumentVersieId() == null) {
            UUID versie = groeidocumenten.current(user, a.leerlingId()).orElseThrow(
                    () -> new PassendException.RuleViolation("ondersteuningsaanvraag-groeidocument-required"));
            jdbc.sql("UPDATE ondersteuningsaanvraag SET groeidocument_versie_id = ? WHERE id = ?").params(versie, id)
                    .update();
        }
        LocalDate today = LocalDate.now(clock);
        if (settings.current(user.requireTenant()).fiatBestuur()) {
            access.move(user, id, OndersteuningsaanvraagStatus.CONCEPT, OndersteuningsaanvraagStatus.FIAT_GEVRAAGD, version);
            deadlines.open(request(ArrangementDeadlines.FIAT, a, Role.BESTUUR, null, today, ArrangementDeadlines.FIAT_DAYS));
        } else {
            access.move(user, id, OndersteuningsaanvraagStatus.CONCEPT, OndersteuningsaanvraagStatus.INGEDIEND, version);
            markSubmitted(a, today);
        }
        audit.record(user, "ondersteuningsaanvraag.submit", "ondersteuningsaanvraag", id);
        return access.load(user, id, Permission.AANVRAAG_READ);
    }

    /**
     * The bestuur approves (the aanvraag goes to the SWV) or sends it back to the school as a concept with
     * its reason.
     */
    public Ondersteuningsaanvraag fiatteer(CurrentUser user, UUID id, boolean akkoord, String toelichting, Integer version) {
        Ondersteuningsaanvraag a = access.load(user, id, Permission.AANVRAAG_FIAT);
        OndersteuningsaanvraagAccess.expect(a, OndersteuningsaanvraagStatus.FIAT_GEVRAAGD);
        if (!akkoord && blank(toelichting)) {
            throw new PassendException.RuleViolation("ondersteuningsaanvraag-fiat-reason-required");
        }
        LocalDate today = LocalDate.now(clock);
        access.move(user, id, OndersteuningsaanvraagStatus.FIAT_GEVRAAGD, akkoord ? OndersteuningsaanvraagStatus.INGEDIEND
                : OndersteuningsaanvraagStatus.CONCEPT, version);
        jdbc.sql("UPDATE ondersteuningsaanvraag SET fiat_toelichting = ?, fiat_door = ?, fiat_op = ? WHERE id = ?")
                .params(blank(toelichting) ? null : toelichting.trim(), user.accountId(), today, id).update();
        deadlines.close(id, ArrangementDeadlines.FIAT);
        if (akkoord) {
            markSubmitted(a, today);
        }
        audit.record(user, akkoord ? "ondersteuningsaanvraag.fiat" : "ondersteuningsaanvraag.fiat-refuse",
                "ondersteuningsaanvraag", id);
        return access.load(user, id, Permission.AANVRAAG_READ);
    }

    /** Takes the aanvraag in behandeling and assigns the consulent (the acting user when none is named). */
    public Ondersteuningsaanvraag takeInBehandeling(CurrentUser user, UUID id, UUID consulentId, Integer version) {
        Ondersteuningsaanvraag a = access.load(user, id, Permission.AANVRAAG_HANDLE);
        OndersteuningsaanvraagAccess.expect(a, OndersteuningsaanvraagStatus.INGEDIEND);
        UUID consulent = consulentId != null ? consulentId : user.accountId();
        access.move(user, id, OndersteuningsaanvraagStatus.INGEDIEND, OndersteuningsaanvraagStatus.IN_BEHANDELING, version);
        jdbc.sql("UPDATE ondersteuningsaanvraag SET consulent_id = ? WHERE id = ?").params(consulent, id).update();
        LocalDate today = LocalDate.now(clock);
        deadlines.close(id, ArrangementDeadlines.INTAKE);
        deadlines.open(request(ArrangementDeadlines.MDO, a, Role.CONSULENT, consulent, today, ArrangementDeadlines.MDO_DAYS));
        audit.record(user, "ondersteuningsaanvraag.take", "ondersteuningsaanvraag", id);
        return access.load(user, id, Permission.AANVRAAG_READ);
    }

    /** The aanvraag is not complete: back to the school with a question. */
    public Ondersteuningsaanvraag requestInformation(CurrentUser user, UUID id, String vraag, Integer version) {
        if (blank(vraag)) {
            throw new PassendException.RuleViolation("ondersteuningsaanvraag-question-required");
        }
        Ondersteuningsaanvraag a = access.load(user, id, Permission.AANVRAAG_HANDLE);
        OndersteuningsaanvraagAccess.expect(a, OndersteuningsaanvraagStatus.IN_BEHANDELING);
        access.move(user, id, OndersteuningsaanvraagStatus.IN_BEHANDELING, OndersteuningsaanvraagStatus.INFORMATIE_GEVRAAGD,
                version);
        jdbc.sql("UPDATE ondersteuningsaanvraag SET informatie_vraag = ?, informatie_antwoord = NULL WHERE id = ?")
                .params(vraag.trim(), id).update();
        deadlines.open(request(ArrangementDeadlines.INFORMATIE, a, Role.IB, null, LocalDate.now(clock),
                ArrangementDeadlines.INFORMATIE_DAYS));
        audit.record(user, "ondersteuningsaanvraag.request-information", "ondersteuningsaanvraag", id);
        return access.load(user, id, Permission.AANVRAAG_READ);
    }

    /** The school answers the question (optionally with a newer groeidocument version) and hands the aanvraag back. */
    public Ondersteuningsaanvraag supplement(CurrentUser user, UUID id, String antwoord, UUID groeidocumentVersieId,
                                            Integer version) {
        if (blank(antwoord)) {
            throw new PassendException.RuleViolation("ondersteuningsaanvraag-answer-required");
        }
        Ondersteuningsaanvraag a = access.load(user, id, Permission.AANVRAAG_FILE);
        OndersteuningsaanvraagAccess.expect(a, OndersteuningsaanvraagStatus.INFORMATIE_GEVRAAGD);
        if (groeidocumentVersieId != null) {
            groeidocumenten.requireVersionOf(user, groeidocumentVersieId, a.leerlingId());
        }
        access.move(user, id, OndersteuningsaanvraagStatus.INFORMATIE_GEVRAAGD, OndersteuningsaanvraagStatus.IN_BEHANDELING,
                version);
        jdbc.sql("""
                UPDATE ondersteuningsaanvraag SET informatie_antwoord = ?,
                       groeidocument_versie_id = coalesce(?, groeidocument_versie_id) WHERE id = ?""")
                .params(antwoord.trim(), groeidocumentVersieId, id).update();
        deadlines.close(id, ArrangementDeadlines.INFORMATIE);
        audit.record(user, "ondersteuningsaanvraag.supplement", "ondersteuningsaanvraag", id);
        return access.load(user, id, Permission.AANVRAAG_READ);
    }

    /** Records the MDO and the evaluation moments agreed; the besluit is due next. */
    public Ondersteuningsaanvraag recordMdo(CurrentUser user, UUID id, MdoInput in, Integer version) {
        if (in.datum() == null || blank(in.deelnemers()) || blank(in.uitkomst())) {
            throw new PassendException.RuleViolation("ondersteuningsaanvraag-mdo-incomplete");
        }
        LocalDate today = LocalDate.now(clock);
        if (in.datum().isAfter(today)) {
            throw new PassendException.RuleViolation("ondersteuningsaanvraag-mdo-in-future");
        }
        if (in.evaluatiemomenten().stream().anyMatch(d -> !d.isAfter(in.datum()))) {
            throw new PassendException.RuleViolation("ondersteuningsaanvraag-evaluatiemoment-after-mdo");
        }
        Ondersteuningsaanvraag a = access.load(user, id, Permission.AANVRAAG_HANDLE);
        OndersteuningsaanvraagAccess.expect(a, OndersteuningsaanvraagStatus.IN_BEHANDELING);
        access.move(user, id, OndersteuningsaanvraagStatus.IN_BEHANDELING, OndersteuningsaanvraagStatus.MDO, version);
        jdbc.sql("""
                UPDATE ondersteuningsaanvraag SET mdo_datum = ?, mdo_deelnemers = ?, mdo_perspectieven = ?,
                       mdo_uitkomst = ? WHERE id = ?""")
                .params(in.datum(), in.deelnemers().trim(), blank(in.perspectieven()) ? null : in.perspectieven().trim(),
                        in.uitkomst().trim(), id).update();
        jdbc.sql("DELETE FROM arrangement_evaluatiemoment WHERE aanvraag_id = ?").param(id).update();
        for (LocalDate datum : in.evaluatiemomenten()) {
            jdbc.sql("INSERT INTO arrangement_evaluatiemoment (swv_id, aanvraag_id, datum) VALUES (?, ?, ?)")
                    .params(user.requireTenant(), id, datum).update();
        }
        deadlines.close(id, ArrangementDeadlines.MDO);
        UUID consulent = jdbc.sql("SELECT consulent_id FROM ondersteuningsaanvraag WHERE id = ?").param(id)
                .query(UUID.class).optional().orElse(null);
        deadlines.open(request(ArrangementDeadlines.BESLUIT, a, Role.CONSULENT, consulent, today,
                ArrangementDeadlines.BESLUIT_DAYS));
        audit.record(user, "ondersteuningsaanvraag.mdo", "ondersteuningsaanvraag", id);
        return access.load(user, id, Permission.AANVRAAG_READ);
    }

    private void markSubmitted(Ondersteuningsaanvraag a, LocalDate today) {
        jdbc.sql("UPDATE ondersteuningsaanvraag SET ingediend_op = ? WHERE id = ?").params(today, a.id()).update();
        deadlines.open(request(ArrangementDeadlines.INTAKE, a, Role.CONSULENT, null, today,
                ArrangementDeadlines.INTAKE_DAYS));
    }

    static DeadlineRequest request(String soort, Ondersteuningsaanvraag a, Role owner, UUID ownerAccount,
                                   LocalDate today, int days) {
        return new DeadlineRequest(soort, ArrangementDeadlines.SUBJECT, a.id(), a.leerlingId(), a.schoolId(), owner,
                ownerAccount, today, today.plusDays(days));
    }

    private void validate(CurrentUser user, AanvraagInput in) {
        if (in.schoolId() == null || in.route() == null || blank(in.vraag())) {
            throw new PassendException.RuleViolation("ondersteuningsaanvraag-incomplete");
        }
        if (!leerlingen.schoolInScope(user, Permission.AANVRAAG_FILE, in.schoolId())) {
            throw new PassendException.Forbidden("ondersteuningsaanvraag-school-not-yours");
        }
        boolean groep = !blank(in.groep()) || in.aantal() != null;
        if (in.leerlingId() != null && groep) {
            throw new PassendException.RuleViolation("ondersteuningsaanvraag-pupil-or-group");
        }
        if (in.leerlingId() == null) {
            if (blank(in.groep()) || in.aantal() == null || in.aantal() < 1) {
                throw new PassendException.RuleViolation("ondersteuningsaanvraag-group-incomplete");
            }
        } else {
            Leerling leerling = leerlingen.find(user, in.leerlingId());
            if (!in.schoolId().equals(leerling.schoolId())) {
                throw new PassendException.RuleViolation("ondersteuningsaanvraag-school-not-pupils");
            }
        }
        if (in.groeidocumentVersieId() != null) {
            groeidocumenten.requireVersionOf(user, in.groeidocumentVersieId(), in.leerlingId());
        }
    }

    private static String groep(AanvraagInput in) {
        return in.leerlingId() == null ? in.groep().trim() : null;
    }

    private static Integer groepAantal(AanvraagInput in) {
        return in.leerlingId() == null ? in.aantal() : null;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
