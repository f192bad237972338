package nl.passend.arrangement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.passend.dossier.PupilScope;
import nl.passend.dossier.SqlFilter;
import nl.passend.finance.Begrotingspost;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads arrangements within scope. Readers are those who read aanvragen, and those who handle their money
 * (invoices, the settlement per bestuur: a bestuur only its own schools), so the scope is the union of
 * the scopes of the user's permissions among these.
 */
@Component
class ArrangementAccess {

    static final List<Permission> READERS = List.of(Permission.AANVRAAG_READ, Permission.VERREKENING_READ,
            Permission.FACTUUR_MANAGE);

    static final String SELECT = """
            SELECT r.*, s.naam AS school_naam, s.bestuur_id
              FROM arrangement r JOIN school s ON s.id = r.school_id
            """;

    static final RowMapper<Arrangement> ROW = (rs, n) -> new Arrangement(rs.getObject("id", UUID.class),
            rs.getObject("aanvraag_id", UUID.class), rs.getString("beschikkingsnummer"),
            ArrangementSoort.valueOf(rs.getString("soort")), rs.getString("aanbieder"),
            rs.getObject("start_op", LocalDate.class), rs.getObject("eind_op", LocalDate.class),
            rs.getBigDecimal("uren"), rs.getBigDecimal("bedrag"), rs.getObject("school_id", UUID.class),
            rs.getString("school_naam"), rs.getObject("bestuur_id", UUID.class),
            rs.getObject("werkgebied_id", UUID.class), BudgetSoort.valueOf(rs.getString("budget")),
            rs.getString("begrotingspost") == null ? null : Begrotingspost.valueOf(rs.getString("begrotingspost")),
            rs.getBoolean("boven_budget"), rs.getString("overschrijding_reden"),
            rs.getObject("leerling_id", UUID.class), ArrangementStatus.valueOf(rs.getString("status")),
            rs.getObject("afgesloten_op", LocalDate.class), rs.getInt("version"));

    private final JdbcClient jdbc;

    ArrangementAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static SqlFilter scope(CurrentUser user) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Permission p : READERS) {
            if (user.can(p)) {
                SqlFilter f = PupilScope.filter(user, p, "r.school_id", null, "r.leerling_id");
                clauses.add(f.sql());
                params.addAll(f.params());
            }
        }
        if (clauses.isEmpty()) {
            throw new PassendException.Forbidden("forbidden");
        }
        return new SqlFilter("(" + String.join(" OR ", clauses) + ")", params);
    }

    Arrangement load(CurrentUser user, UUID id) {
        SqlFilter scope = scope(user);
        List<Object> params = new ArrayList<>(List.of(user.requireTenant(), id));
        params.addAll(scope.params());
        return jdbc.sql(SELECT + " WHERE r.swv_id = ? AND r.id = ? AND " + scope.sql()).params(params).query(ROW)
                .optional().orElseThrow(() -> new PassendException.NotFound("arrangement-not-found"));
    }

    /** The arrangement of an aanvraag the caller has already loaded within scope. */
    java.util.Optional<Arrangement> ofAanvraag(UUID aanvraagId) {
        return jdbc.sql(SELECT + " WHERE r.aanvraag_id = ?").param(aanvraagId).query(ROW).optional();
    }

    List<Arrangement> list(CurrentUser user, ArrangementFilter f) {
        SqlFilter scope = scope(user);
        StringBuilder sql = new StringBuilder(SELECT + " WHERE r.swv_id = ? AND " + scope.sql());
        List<Object> params = new ArrayList<>(List.of(user.requireTenant()));
        params.addAll(scope.params());
        if (f.bestuurId() != null) {
            sql.append(" AND s.bestuur_id = ?");
            params.add(f.bestuurId());
        }
        if (f.schoolId() != null) {
            sql.append(" AND r.school_id = ?");
            params.add(f.schoolId());
        }
        if (f.werkgebiedId() != null) {
            sql.append(" AND r.werkgebied_id = ?");
            params.add(f.werkgebiedId());
        }
        if (f.status() != null) {
            sql.append(" AND r.status = ?");
            params.add(f.status().name());
        }
        if (f.van() != null) {
            sql.append(" AND r.eind_op >= ?");
            params.add(f.van());
        }
        if (f.tot() != null) {
            sql.append(" AND r.start_op <= ?");
            params.add(f.tot());
        }
        sql.append(" ORDER BY r.jaar, r.volgnummer LIMIT 2000");
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }
}
