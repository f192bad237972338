package nl.passend.groeidocument;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.dossier.PupilScope;
import nl.passend.dossier.SqlFilter;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.werkvoorraad.DeadlineRequest;
import nl.passend.werkvoorraad.DeadlineService;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ontwikkelingsperspectief (WPO art. 40a). The school sets it within 6 weeks after enrolment (lid 3:
 * deadline {@value #DEADLINE_VASTSTELLEN} on the IB's worklist from the date of enrolment); the
 * handelingsdeel is set only with the parents' instemming (lid 5: a {@link Toestemming} about
 * OPP_HANDELINGSDEEL given after the handelingsdeel last changed); it is evaluated at least yearly with
 * the parents (lid 6: deadline {@value #DEADLINE_EVALUATIE}). Every save keeps a version.
 */
@Service
@Transactional
public class OppService {

    /** WPO art. 40a lid 3: the OPP is set within six weeks after enrolment. */
    public static final int WEKEN_VASTSTELLEN = 6;
    public static final String DEADLINE_VASTSTELLEN = "OPP_VASTSTELLEN";
    public static final String DEADLINE_EVALUATIE = "OPP_EVALUATIE";
    static final String SUBJECT = "opp";

    private static final RowMapper<OppVersie> VERSIE = (rs, n) -> new OppVersie(rs.getObject("id", UUID.class),
            rs.getObject("opp_id", UUID.class), rs.getInt("nummer"),
            new OppInput(rs.getObject("ingeschreven_op", LocalDate.class), rs.getString("uitstroombestemming"),
                    rs.getString("onderbouwing"), rs.getString("ondersteuning"), rs.getString("afwijkingen"),
                    rs.getString("visie_leerling"), rs.getString("weging_visie"), rs.getString("handelingsdeel")),
            rs.getObject("created_by", UUID.class), rs.getString("created_by_naam"), rs.getTimestamp("created_at").toInstant());
    private static final RowMapper<OppEvaluatie> EVALUATIE = (rs, n) -> new OppEvaluatie(rs.getObject("id", UUID.class),
            rs.getObject("opp_id", UUID.class), rs.getObject("datum", LocalDate.class), rs.getBoolean("met_ouders"),
            rs.getBoolean("met_leerling"), rs.getString("anderen"), rs.getString("uitkomst"),
            rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant());

    private record Row(UUID id, UUID leerlingId, UUID schoolId, OppStatus status, LocalDate vastgesteldOp,
                       LocalDate volgendeEvaluatie, int version) {
    }

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getObject("id", UUID.class),
            rs.getObject("leerling_id", UUID.class), rs.getObject("school_id", UUID.class),
            OppStatus.valueOf(rs.getString("status")), rs.getObject("vastgesteld_op", LocalDate.class),
            rs.getObject("volgende_evaluatie", LocalDate.class), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final GroeidocumentAccess access;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final Clock clock;

    OppService(JdbcClient jdbc, GroeidocumentAccess access, DeadlineService deadlines, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts the OPP of a pupil at its current school and puts 'OPP vaststellen' on the IB's worklist. */
    public Opp create(CurrentUser user, UUID leerlingId, OppInput input) {
        GroeidocumentAccess.Pupil pupil = access.pupil(user, leerlingId, Permission.GROEIDOCUMENT_MANAGE);
        requireInput(input);
        if (pupil.schoolId() == null) {
            throw new PassendException.RuleViolation("opp-leerling-zonder-school");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO opp (id, swv_id, leerling_id, school_id, ingeschreven_op, created_by) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, user.requireTenant(), leerlingId, pupil.schoolId(), input.ingeschrevenOp(), user.accountId())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("opp-bestaat-al");
        }
        insertVersie(user, id, 1, input);
        deadlines.open(new DeadlineRequest(DEADLINE_VASTSTELLEN, SUBJECT, id, leerlingId, pupil.schoolId(), Role.IB, null,
                input.ingeschrevenOp(), input.ingeschrevenOp().plusWeeks(WEKEN_VASTSTELLEN)));
        audit.record(user, "opp.create", SUBJECT, id);
        return load(id);
    }

    /**
     * Saves a new version. A changed handelingsdeel needs the parents' instemming again: a set OPP goes back
     * to CONCEPT and 'OPP vaststellen' reopens (due in 6 weeks).
     */
    public Opp update(CurrentUser user, UUID oppId, OppInput input, int version) {
        Row opp = row(user, oppId, Permission.GROEIDOCUMENT_MANAGE);
        requireInput(input);
        OppVersie last = lastVersie(oppId);
        boolean handelingsdeelChanged = !Objects.equals(blank(last.inhoud().handelingsdeel()), blank(input.handelingsdeel()));
        boolean reopen = handelingsdeelChanged && opp.status() == OppStatus.VASTGESTELD;
        int n = jdbc.sql("UPDATE opp SET ingeschreven_op = ?, status = ?, handelingsdeel_gewijzigd_at = CASE WHEN ? "
                        + "THEN now() ELSE handelingsdeel_gewijzigd_at END, updated_at = now(), updated_by = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ?")
                .params(input.ingeschrevenOp(), reopen ? OppStatus.CONCEPT.name() : opp.status().name(),
                        handelingsdeelChanged, user.accountId(), oppId, version).update();
        if (n != 1) {
            throw new PassendException.Conflict("stale-version");
        }
        insertVersie(user, oppId, last.nummer() + 1, input);
        LocalDate today = LocalDate.now(clock);
        if (reopen) {
            deadlines.open(new DeadlineRequest(DEADLINE_VASTSTELLEN, SUBJECT, oppId, opp.leerlingId(), opp.schoolId(),
                    Role.IB, null, today, today.plusWeeks(WEKEN_VASTSTELLEN)));
        } else if (opp.status() == OppStatus.CONCEPT && !input.ingeschrevenOp().equals(last.inhoud().ingeschrevenOp())) {
            deadlines.moveDue(oppId, DEADLINE_VASTSTELLEN, input.ingeschrevenOp().plusWeeks(WEKEN_VASTSTELLEN));
        }
        audit.record(user, "opp.update", SUBJECT, oppId);
        return load(oppId);
    }

    /**
     * Sets the handelingsdeel (and so the OPP): refused without the parents' instemming given after its last
     * change. Closes 'OPP vaststellen' and puts the yearly evaluation on the IB's worklist.
     */
    public Opp vaststellenHandelingsdeel(CurrentUser user, UUID oppId, int version) {
        Row opp = row(user, oppId, Permission.GROEIDOCUMENT_MANAGE);
        if (opp.status() == OppStatus.VASTGESTELD) {
            throw new PassendException.Conflict("opp-al-vastgesteld");
        }
        if (blank(lastVersie(oppId).inhoud().handelingsdeel()) == null) {
            throw new PassendException.RuleViolation("opp-handelingsdeel-leeg");
        }
        // Recorded after the last change, and given on or after the day of that change (a paper consent
        // recorded now but dated before the change agreed to an earlier handelingsdeel).
        Boolean instemming = jdbc.sql("SELECT t.gegeven AND t.created_at >= o.handelingsdeel_gewijzigd_at "
                        + "AND t.op >= (o.handelingsdeel_gewijzigd_at AT TIME ZONE ?)::date FROM toestemming t "
                        + "JOIN opp o ON o.id = t.onderwerp_id WHERE t.onderwerp = 'OPP_HANDELINGSDEEL' AND t.onderwerp_id = ? "
                        + "ORDER BY t.volgnr DESC LIMIT 1").params(clock.getZone().getId(), oppId).query(Boolean.class)
                .optional().orElse(false);
        if (!instemming) {
            throw new PassendException.RuleViolation("opp-instemming-ontbreekt");
        }
        LocalDate today = LocalDate.now(clock);
        int n = jdbc.sql("UPDATE opp SET status = 'VASTGESTELD', vastgesteld_op = ?, volgende_evaluatie = ?, "
                        + "updated_at = now(), updated_by = ?, version = version + 1 "
                        + "WHERE id = ? AND status = 'CONCEPT' AND version = ?")
                .params(today, today.plusYears(1), user.accountId(), oppId, version).update();
        if (n != 1) {
            throw new PassendException.Conflict("stale-version");
        }
        deadlines.close(oppId, DEADLINE_VASTSTELLEN);
        deadlines.open(new DeadlineRequest(DEADLINE_EVALUATIE, SUBJECT, oppId, opp.leerlingId(), opp.schoolId(), Role.IB,
                null, today, today.plusYears(1)));
        audit.record(user, "opp.vaststellen", SUBJECT, oppId);
        return load(oppId);
    }

    /** Records an evaluation of a set OPP; the next one is due a year after it. */
    public Opp addEvaluatie(CurrentUser user, UUID oppId, EvaluatieInput input) {
        Row opp = row(user, oppId, Permission.GROEIDOCUMENT_MANAGE);
        if (opp.status() != OppStatus.VASTGESTELD) {
            throw new PassendException.RuleViolation("opp-niet-vastgesteld");
        }
        if (input == null || input.datum() == null || blank(input.uitkomst()) == null) {
            throw new PassendException.RuleViolation("opp-evaluatie-onvolledig");
        }
        if (input.datum().isAfter(LocalDate.now(clock))) {
            throw new PassendException.RuleViolation("opp-evaluatie-datum-toekomst");
        }
        jdbc.sql("INSERT INTO opp_evaluatie (swv_id, opp_id, datum, met_ouders, met_leerling, anderen, uitkomst, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(user.requireTenant(), oppId, input.datum(), input.metOuders(), input.metLeerling(),
                        blank(input.anderen()), input.uitkomst().strip(), user.accountId()).update();
        LocalDate next = input.datum().plusYears(1);
        LocalDate due = opp.volgendeEvaluatie() == null || next.isAfter(opp.volgendeEvaluatie()) ? next : opp.volgendeEvaluatie();
        jdbc.sql("UPDATE opp SET volgende_evaluatie = ?, updated_at = now(), updated_by = ?, version = version + 1 WHERE id = ?")
                .params(due, user.accountId(), oppId).update();
        deadlines.open(new DeadlineRequest(DEADLINE_EVALUATIE, SUBJECT, oppId, opp.leerlingId(), opp.schoolId(), Role.IB,
                null, input.datum(), due));
        audit.record(user, "opp.evaluatie", SUBJECT, oppId);
        return load(oppId);
    }

    /** The pupil's latest OPP, if any (parents see their child's). */
    @Transactional // audited
    public Optional<Opp> current(CurrentUser user, UUID leerlingId) {
        access.pupil(user, leerlingId, Permission.GROEIDOCUMENT_READ);
        SqlFilter scope = scope(user, Permission.GROEIDOCUMENT_READ);
        List<Object> params = new ArrayList<>(List.of(leerlingId));
        params.addAll(scope.params());
        Optional<UUID> id = jdbc.sql("SELECT o.id FROM opp o WHERE o.leerling_id = ? AND " + scope.sql()
                + " ORDER BY o.created_at DESC LIMIT 1").params(params).query(UUID.class).optional();
        audit.record(user, "opp.read", "leerling", leerlingId);
        return id.map(this::load);
    }

    /** One OPP by id. */
    @Transactional // audited
    public Opp get(CurrentUser user, UUID oppId) {
        row(user, oppId, Permission.GROEIDOCUMENT_READ);
        audit.record(user, "opp.read", SUBJECT, oppId);
        return load(oppId);
    }

    /** All saved versions of an OPP, newest first. */
    @Transactional // audited
    public List<OppVersie> versions(CurrentUser user, UUID oppId) {
        row(user, oppId, Permission.GROEIDOCUMENT_READ);
        audit.record(user, "opp.versions", SUBJECT, oppId);
        return jdbc.sql("SELECT * FROM opp_versie WHERE opp_id = ? ORDER BY nummer DESC").param(oppId).query(VERSIE).list();
    }

    private static SqlFilter scope(CurrentUser user, Permission permission) {
        return PupilScope.filter(user, permission, "o.school_id", null, "o.leerling_id");
    }

    /**
     * One OPP in scope, scoped on the pupil's current school (not the OPP's own): after a move the old school
     * no longer reaches it. Changing it also needs the OPP to be of that current school (an older school's
     * OPP is history).
     */
    private Row row(CurrentUser user, UUID oppId, Permission permission) {
        user.require(permission);
        SqlFilter scope = PupilScope.filter(user, permission, "l.school_id", null, "o.leerling_id");
        List<Object> params = new ArrayList<>(List.of(user.requireTenant(), oppId));
        params.addAll(scope.params());
        String ownSchool = permission == Permission.GROEIDOCUMENT_MANAGE ? " AND o.school_id = l.school_id" : "";
        return jdbc.sql("SELECT o.* FROM opp o JOIN leerling l ON l.swv_id = o.swv_id AND l.id = o.leerling_id "
                        + "WHERE o.swv_id = ? AND o.id = ? AND " + scope.sql() + ownSchool).params(params)
                .query(ROW).optional().orElseThrow(() -> new PassendException.NotFound("opp-not-found"));
    }

    private Opp load(UUID id) {
        Row r = jdbc.sql("SELECT * FROM opp WHERE id = ?").param(id).query(ROW).single();
        OppVersie last = lastVersie(id);
        Toestemming instemming = jdbc.sql("SELECT " + ToestemmingService.COLUMNS + " FROM toestemming WHERE "
                        + "onderwerp = 'OPP_HANDELINGSDEEL' AND onderwerp_id = ? ORDER BY volgnr DESC LIMIT 1").param(id)
                .query(ToestemmingService.ROW).optional().orElse(null);
        List<OppEvaluatie> evaluaties = jdbc.sql("SELECT * FROM opp_evaluatie WHERE opp_id = ? ORDER BY datum DESC, created_at DESC")
                .param(id).query(EVALUATIE).list();
        return new Opp(r.id(), r.leerlingId(), r.schoolId(), last.nummer(), last.inhoud(), r.status(), r.vastgesteldOp(),
                r.volgendeEvaluatie(), instemming, evaluaties, r.version());
    }

    private OppVersie lastVersie(UUID oppId) {
        return jdbc.sql("SELECT * FROM opp_versie WHERE opp_id = ? ORDER BY nummer DESC LIMIT 1").param(oppId)
                .query(VERSIE).single();
    }

    private void insertVersie(CurrentUser user, UUID oppId, int nummer, OppInput in) {
        jdbc.sql("""
                INSERT INTO opp_versie (swv_id, opp_id, nummer, ingeschreven_op, uitstroombestemming, onderbouwing,
                    ondersteuning, afwijkingen, visie_leerling, weging_visie, handelingsdeel, created_by, created_by_naam)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(user.requireTenant(), oppId, nummer, in.ingeschrevenOp(), blank(in.uitstroombestemming()),
                        blank(in.onderbouwing()), blank(in.ondersteuning()), blank(in.afwijkingen()),
                        blank(in.visieLeerling()), blank(in.wegingVisie()), blank(in.handelingsdeel()), user.accountId(),
                        user.displayName()).update();
    }

    private static void requireInput(OppInput input) {
        if (input == null || input.ingeschrevenOp() == null) {
            throw new PassendException.RuleViolation("opp-ingeschreven-op-verplicht");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
