package nl.passend.bezwaar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import nl.passend.dossier.Leerling;
import nl.passend.dossier.PupilScope;
import nl.passend.dossier.SqlFilter;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.term.Terms;
import nl.passend.tlv.Besluit;
import nl.passend.tlv.BesluitUitkomst;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes bezwaar rows within the user's scope. Who sees a bezwaar: the parties (parents their
 * own child's, the board its schools', both via their objection permission) and the staff who handle or
 * decide it; the pupil scope of {@link PupilScope} on the case's school and pupil gives the SQL.
 */
@Component
class BezwaarStore {

    private static final String SELECT = """
            SELECT bz.*, a.school_id, l.voornamen, l.roepnaam, l.voorvoegsel, l.achternaam,
                   b.uitkomst AS besluit_uitkomst, b.verzonden_op AS besluit_verzonden_op, t.beschikkingsnummer
              FROM bezwaar bz JOIN tlv_aanvraag a ON a.id = bz.aanvraag_id JOIN leerling l ON l.id = bz.leerling_id
              JOIN tlv_besluit b ON b.id = bz.besluit_id LEFT JOIN tlv t ON t.besluit_id = bz.besluit_id
            """;
    private static final RowMapper<Bezwaar> ROW = (rs, n) -> new Bezwaar(rs.getObject("id", UUID.class),
            rs.getObject("besluit_id", UUID.class), rs.getObject("aanvraag_id", UUID.class),
            rs.getObject("leerling_id", UUID.class), Leerling.volledigeNaam(rs.getString("roepnaam"), rs.getString("voornamen"),
                    rs.getString("voorvoegsel"), rs.getString("achternaam")), rs.getObject("school_id", UUID.class),
            rs.getString("beschikkingsnummer"), BesluitUitkomst.valueOf(rs.getString("besluit_uitkomst")),
            date(rs, "besluit_verzonden_op"), Indiener.valueOf(rs.getString("indiener")), rs.getString("gronden"),
            date(rs, "ontvangen_op"), date(rs, "poststempel"), date(rs, "termijn_einde"), rs.getBoolean("tijdig"),
            rs.getBoolean("verschoonbaar"), rs.getString("verschoonbaar_reden"),
            BezwaarStatus.valueOf(rs.getString("status")), date(rs, "doorsturen_voor"), date(rs, "doorgestuurd_op"),
            date(rs, "hoorzitting_op"), date(rs, "advies_op"), uitkomst(rs.getString("advies_uitkomst")),
            date(rs, "beslissen_voor"), date(rs, "verdaagd_tot"), date(rs, "verdaagd_op"),
            rs.getString("verdaging_reden"), uitkomst(rs.getString("uitkomst")), date(rs, "beslist_op"),
            rs.getString("beslissing_motivering"), date(rs, "beroep_ingesteld_op"), date(rs, "ingetrokken_op"),
            rs.getInt("version"));

    private final JdbcClient jdbc;

    BezwaarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scope predicate on {@code bezwaar bz} joined with {@code tlv_aanvraag a}. */
    static SqlFilter scope(CurrentUser user) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Permission p : List.of(Permission.BEZWAAR_FILE, Permission.BEZWAAR_MANAGE, Permission.BEZWAAR_DECIDE)) {
            if (user.can(p)) {
                SqlFilter f = PupilScope.filter(user, p, "a.school_id", "a.ontvangende_school_id", "bz.leerling_id");
                clauses.add(f.sql());
                params.addAll(f.params());
            }
        }
        return clauses.isEmpty() ? new SqlFilter("FALSE", List.of())
                : new SqlFilter("(" + String.join(" OR ", clauses) + ")", params);
    }

    /** The bezwaar if the user may see it; otherwise not found (its existence is not revealed). */
    Bezwaar find(CurrentUser user, UUID id) {
        SqlFilter scope = scope(user);
        List<Object> params = new ArrayList<>(List.of(user.requireTenant(), id));
        params.addAll(scope.params());
        return jdbc.sql(SELECT + " WHERE bz.swv_id = ? AND bz.id = ? AND " + scope.sql()).params(params).query(ROW)
                .optional().orElseThrow(() -> new PassendException.NotFound("bezwaar-not-found"));
    }

    /** Bezwaren within scope, optionally in one state, most urgent decision first. */
    List<Bezwaar> list(CurrentUser user, BezwaarStatus status) {
        SqlFilter scope = scope(user);
        StringBuilder sql = new StringBuilder(SELECT + " WHERE bz.swv_id = ? AND " + scope.sql());
        List<Object> params = new ArrayList<>(List.of(user.requireTenant()));
        params.addAll(scope.params());
        if (status != null) {
            sql.append(" AND bz.status = ?");
            params.add(status.name());
        }
        sql.append(" ORDER BY coalesce(bz.verdaagd_tot, bz.beslissen_voor), bz.ontvangen_op LIMIT 500");
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    /** Whether this indiener has an open bezwaar against the decision. */
    boolean openExists(UUID besluitId, Indiener indiener) {
        return jdbc.sql("SELECT count(*) FROM bezwaar WHERE besluit_id = ? AND indiener = ? "
                        + "AND status NOT IN ('BESLOTEN', 'INGETROKKEN')")
                .params(besluitId, indiener.name()).query(Integer.class).single() > 0;
    }

    /** Adds a received bezwaar; a second open one of the same indiener against the decision is refused. */
    void insert(CurrentUser user, UUID id, Besluit besluit, Indiener indiener, String gronden, LocalDate ontvangenOp,
                LocalDate poststempel, boolean tijdig) {
        LocalDate sent = besluit.verzondenOp();
        try {
            jdbc.sql("""
                    INSERT INTO bezwaar (id, swv_id, besluit_id, aanvraag_id, leerling_id, indiener, gronden, ontvangen_op,
                                         poststempel, termijn_einde, tijdig, status, doorsturen_voor, beslissen_voor,
                                         created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ONTVANGEN', ?, ?, ?)""")
                    .params(id, user.requireTenant(), besluit.id(), besluit.aanvraagId(), besluit.leerlingId(),
                            indiener.name(), gronden, ontvangenOp, poststempel, Terms.objectionTermEnd(sent), tijdig,
                            Terms.committeeSendDeadline(ontvangenOp), Terms.objectionDecisionDeadline(sent, ontvangenOp),
                            user.accountId())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("bezwaar-duplicate");
        }
    }

    /**
     * Performs an act: moves the row from its current state to {@code to} and sets the act's columns, only
     * if nobody acted in between (same state and the version the user read); otherwise a conflict.
     */
    void update(CurrentUser user, Bezwaar b, Integer version, BezwaarStatus to, String setColumns, Object... values) {
        List<Object> params = new ArrayList<>();
        params.add(to.name());
        params.addAll(Arrays.asList(values));
        params.addAll(List.of(user.accountId(), user.requireTenant(), b.id(), b.status().name(),
                version != null ? version : b.version()));
        int rows = jdbc.sql("UPDATE bezwaar SET status = ?, " + setColumns + ", updated_at = now(), updated_by = ?, "
                + "version = version + 1 WHERE swv_id = ? AND id = ? AND status = ? AND version = ?").params(params).update();
        if (rows != 1) {
            throw new PassendException.Conflict("stale-version");
        }
    }

    /** Whether a newer decision on the same request replaced this one (then it can no longer be contested). */
    boolean replaced(UUID besluitId) {
        return jdbc.sql("SELECT count(*) FROM tlv_besluit WHERE vervangt_besluit_id = ?").param(besluitId)
                .query(Integer.class).single() > 0;
    }

    /** Whether the request is decided and this decision still stands, so a new decision needs a reopening. */
    boolean standing(UUID aanvraagId, UUID besluitId) {
        return !replaced(besluitId) && jdbc.sql("SELECT count(*) FROM tlv_aanvraag WHERE id = ? AND status = 'BESLOTEN'")
                .param(aanvraagId).query(Integer.class).single() > 0;
    }

    private static LocalDate date(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static BezwaarUitkomst uitkomst(String s) {
        return s == null ? null : BezwaarUitkomst.valueOf(s);
    }
}
