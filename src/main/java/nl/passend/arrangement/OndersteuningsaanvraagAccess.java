package nl.passend.arrangement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.passend.dossier.Leerling;
import nl.passend.dossier.PupilScope;
import nl.passend.dossier.SqlFilter;
import nl.passend.shared.PassendException;
import nl.passend.shared.db.Versioned;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads aanvragen within the user's scope ({@link PupilScope} on the requesting school and the pupil) and
 * moves them between states. Every aanvraag use case reads through here.
 */
@Component
class OndersteuningsaanvraagAccess {

    static final String SELECT = """
            SELECT o.*, s.naam AS school_naam, s.bestuur_id, s.werkgebied_id,
                   l.voornamen, l.roepnaam, l.voorvoegsel, l.achternaam
              FROM ondersteuningsaanvraag o JOIN school s ON s.id = o.school_id
              LEFT JOIN leerling l ON l.id = o.leerling_id
            """;

    static final RowMapper<Ondersteuningsaanvraag> ROW = (rs, n) -> new Ondersteuningsaanvraag(
            rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class), rs.getString("school_naam"),
            rs.getObject("bestuur_id", UUID.class), rs.getObject("werkgebied_id", UUID.class),
            rs.getObject("leerling_id", UUID.class),
            rs.getObject("leerling_id") == null ? null : Leerling.volledigeNaam(rs.getString("roepnaam"),
                    rs.getString("voornamen"), rs.getString("voorvoegsel"), rs.getString("achternaam")),
            rs.getString("groep"), (Integer) rs.getObject("aantal"), OndersteuningsRoute.valueOf(rs.getString("route")),
            rs.getString("vraag"), rs.getObject("groeidocument_versie_id", UUID.class),
            OndersteuningsaanvraagStatus.valueOf(rs.getString("status")), rs.getString("fiat_toelichting"),
            rs.getObject("ingediend_op", LocalDate.class), rs.getObject("consulent_id", UUID.class),
            rs.getString("informatie_vraag"), rs.getString("informatie_antwoord"),
            rs.getObject("mdo_datum", LocalDate.class), rs.getString("mdo_deelnemers"),
            rs.getString("mdo_perspectieven"), rs.getString("mdo_uitkomst"),
            rs.getString("besluit_uitkomst") == null ? null : BesluitUitkomst.valueOf(rs.getString("besluit_uitkomst")),
            rs.getString("besluit_gronden"), rs.getObject("besloten_op", LocalDate.class),
            rs.getObject("aangehouden_tot", LocalDate.class), true, rs.getInt("version"));

    private final JdbcClient jdbc;

    OndersteuningsaanvraagAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static SqlFilter scope(CurrentUser user, Permission permission) {
        return PupilScope.filter(user, permission, "o.school_id", null, "o.leerling_id");
    }

    /** The aanvraag if the user may see it for {@code permission}; otherwise not found (existence not revealed). */
    Ondersteuningsaanvraag load(CurrentUser user, UUID id, Permission permission) {
        user.require(permission);
        SqlFilter scope = scope(user, permission);
        List<Object> params = new ArrayList<>(List.of(user.requireTenant(), id));
        params.addAll(scope.params());
        Ondersteuningsaanvraag a = jdbc.sql(SELECT + " WHERE o.swv_id = ? AND o.id = ? AND " + scope.sql())
                .params(params).query(ROW).optional()
                .orElseThrow(() -> new PassendException.NotFound("ondersteuningsaanvraag-not-found"));
        return canReadHealth(user, id) ? a : a.withoutHealthDetails();
    }

    /**
     * Whether the user may read the health details of this aanvraag (the groeidocument, the MDO's
     * perspectives and outcome): the groeidocument read scope, per aanvraag. A bestuur never may.
     */
    boolean canReadHealth(CurrentUser user, UUID id) {
        if (!user.can(Permission.GROEIDOCUMENT_READ)) {
            return false;
        }
        SqlFilter health = scope(user, Permission.GROEIDOCUMENT_READ);
        List<Object> params = new ArrayList<>(List.of(id));
        params.addAll(health.params());
        return jdbc.sql("SELECT count(*) FROM ondersteuningsaanvraag o WHERE o.id = ? AND " + health.sql())
                .params(params).query(Integer.class).single() > 0;
    }

    List<Ondersteuningsaanvraag> list(CurrentUser user, OndersteuningsaanvraagStatus status, UUID leerlingId) {
        user.require(Permission.AANVRAAG_READ);
        SqlFilter scope = scope(user, Permission.AANVRAAG_READ);
        SqlFilter health = user.can(Permission.GROEIDOCUMENT_READ) ? scope(user, Permission.GROEIDOCUMENT_READ)
                : new SqlFilter("FALSE", List.of());
        StringBuilder sql = new StringBuilder(SELECT.replace("SELECT o.*,", "SELECT (" + health.sql()
                + ") AS health_visible, o.*,") + " WHERE o.swv_id = ? AND " + scope.sql());
        List<Object> params = new ArrayList<>(health.params());
        params.add(user.requireTenant());
        params.addAll(scope.params());
        if (status != null) {
            sql.append(" AND o.status = ?");
            params.add(status.name());
        }
        if (leerlingId != null) {
            sql.append(" AND o.leerling_id = ?");
            params.add(leerlingId);
        }
        sql.append(" ORDER BY coalesce(o.updated_at, o.created_at) DESC LIMIT 500");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            Ondersteuningsaanvraag a = ROW.mapRow(rs, n);
            return rs.getBoolean("health_visible") ? a : a.withoutHealthDetails();
        }).list();
    }

    /**
     * Refuses an act unless the aanvraag is in the state the act starts from, with the code of the state it
     * is in (e.g. ondersteuningsaanvraag-status-mdo).
     */
    static void expect(Ondersteuningsaanvraag a, OndersteuningsaanvraagStatus expected) {
        if (a.status() != expected) {
            throw new PassendException.Conflict(a.status().code());
        }
    }

    /**
     * Moves an aanvraag between states, refusing without the version last read ({@code version-required}) and
     * when someone else moved or changed it first ({@code stale-version}).
     */
    void move(CurrentUser user, UUID id, OndersteuningsaanvraagStatus from, OndersteuningsaanvraagStatus to,
              Integer version) {
        from.requireMoveTo(to);
        int expected = Versioned.require(version);
        int rows = jdbc.sql("""
                UPDATE ondersteuningsaanvraag SET status = ?, updated_at = now(), updated_by = ?, version = version + 1
                 WHERE swv_id = ? AND id = ? AND status = ? AND version = ?""")
                .params(to.name(), user.accountId(), user.requireTenant(), id, from.name(), expected).update();
        if (rows != 1) {
            throw new PassendException.Conflict("stale-version");
        }
    }
}
