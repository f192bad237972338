package nl.passend.tlv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.passend.dossier.Leerling;
import nl.passend.dossier.PupilScope;
import nl.passend.dossier.SqlFilter;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads TLV requests within the user's scope: the pupil scope of {@link PupilScope} on the requesting
 * and the receiving school, plus the requests assigned to a deskundige. Every TLV use case reads through here.
 */
@Component
class AanvraagAccess {

    static final String SELECT = """
            SELECT a.*, l.voornamen, l.roepnaam, l.voorvoegsel, l.achternaam, l.geboortedatum, s.naam AS school_naam
              FROM tlv_aanvraag a JOIN leerling l ON l.id = a.leerling_id JOIN school s ON s.id = a.school_id
            """;

    static final RowMapper<TlvAanvraag> ROW = (rs, n) -> new TlvAanvraag(rs.getObject("id", UUID.class),
            rs.getObject("leerling_id", UUID.class), Leerling.volledigeNaam(rs.getString("roepnaam"), rs.getString("voornamen"),
                    rs.getString("voorvoegsel"), rs.getString("achternaam")),
            rs.getObject("geboortedatum", LocalDate.class), rs.getObject("school_id", UUID.class),
            rs.getString("school_naam"), rs.getObject("ontvangende_school_id", UUID.class),
            TlvRoute.valueOf(rs.getString("route")), Bevoegdheid.valueOf(rs.getString("bevoegdheid")),
            TlvType.valueOf(rs.getString("gevraagd_type")), categorie(rs.getString("gevraagde_categorie")),
            rs.getObject("gevraagde_ingangsdatum", LocalDate.class), rs.getObject("gevraagde_einddatum", LocalDate.class),
            rs.getString("gronden"), rs.getObject("mdo_datum", LocalDate.class), rs.getString("mdo_uitkomst"),
            rs.getString("zienswijze_ouders"), rs.getBoolean("ouders_akkoord"), rs.getString("reden_zonder_instemming"),
            rs.getObject("vorige_tlv_id", UUID.class), TlvAanvraagStatus.valueOf(rs.getString("status")),
            rs.getString("aanvulling_vraag"), rs.getObject("ingediend_op", LocalDate.class),
            rs.getObject("beslistermijn", LocalDate.class), rs.getObject("compleet_op", LocalDate.class),
            rs.getInt("version"));

    private final JdbcClient jdbc;

    AanvraagAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The scope predicate on {@code tlv_aanvraag a} for a permission. The receiving S(B)O school sees the
     * case and its TLV, but neither its health details (WPO art. 18a lid 13: shared with the requesting
     * school's board only) nor may it act for the requesting school.
     */
    static SqlFilter scope(CurrentUser user, Permission permission) {
        String receiving = permission == Permission.TLV_HEALTH_READ || permission == Permission.TLV_REQUEST
                ? null : "a.ontvangende_school_id";
        SqlFilter base = PupilScope.filter(user, permission, "a.school_id", receiving, "a.leerling_id");
        boolean deskundige = user.grants().stream().anyMatch(g -> g.role() == Role.DESKUNDIGE && g.role().grants(permission));
        if (!deskundige) {
            return base;
        }
        List<Object> params = new ArrayList<>(base.params());
        params.add(user.accountId());
        return new SqlFilter("(" + base.sql() + " OR EXISTS (SELECT 1 FROM tlv_deskundige d WHERE d.aanvraag_id = a.id "
                + "AND d.account_id = ?))", params);
    }

    /** The request if the user may see it for {@code permission}; otherwise not found (its existence is not revealed). */
    TlvAanvraag load(CurrentUser user, UUID id, Permission permission) {
        user.require(permission);
        SqlFilter scope = scope(user, permission);
        List<Object> params = new ArrayList<>(List.of(user.requireTenant(), id));
        params.addAll(scope.params());
        TlvAanvraag a = jdbc.sql(SELECT + " WHERE a.swv_id = ? AND a.id = ? AND " + scope.sql()).params(params)
                .query(ROW).optional().orElseThrow(() -> new PassendException.NotFound("tlv-aanvraag-not-found"));
        return canReadHealth(user, id) ? a : a.withoutHealthDetails();
    }

    /**
     * Whether this user may read the health details of this request: decided per request with the
     * health-read scope, so a user who is IB of one school and bestuur of another sees them only for the
     * first school's requests.
     */
    boolean canReadHealth(CurrentUser user, UUID id) {
        if (!user.can(Permission.TLV_HEALTH_READ)) {
            return false;
        }
        SqlFilter health = scope(user, Permission.TLV_HEALTH_READ);
        List<Object> params = new ArrayList<>(List.of(id));
        params.addAll(health.params());
        return jdbc.sql("SELECT count(*) FROM tlv_aanvraag a WHERE a.id = ? AND " + health.sql()).params(params)
                .query(Integer.class).single() > 0;
    }

    /**
     * Reads the state of a request under a share lock, so that an act that adds to the request (an
     * advice, an attachment, an assignment) cannot interleave with a decision that changes its state.
     */
    TlvAanvraagStatus lockStatus(UUID id) {
        return TlvAanvraagStatus.valueOf(jdbc.sql("SELECT status FROM tlv_aanvraag WHERE id = ? FOR SHARE").param(id)
                .query(String.class).single());
    }

    /** Locks the request for a decision: advices and attachments being added wait, and are then refused. */
    TlvAanvraagStatus lockForDecision(UUID id) {
        return TlvAanvraagStatus.valueOf(jdbc.sql("SELECT status FROM tlv_aanvraag WHERE id = ? FOR UPDATE").param(id)
                .query(String.class).single());
    }

    List<TlvAanvraag> list(CurrentUser user, TlvAanvraagStatus status, UUID leerlingId) {
        user.require(Permission.TLV_READ);
        SqlFilter scope = scope(user, Permission.TLV_READ);
        SqlFilter health = user.can(Permission.TLV_HEALTH_READ) ? scope(user, Permission.TLV_HEALTH_READ)
                : new SqlFilter("FALSE", List.of());
        StringBuilder sql = new StringBuilder(SELECT.replace("SELECT a.*,", "SELECT (" + health.sql() + ") AS health_visible, a.*,")
                + " WHERE a.swv_id = ? AND " + scope.sql());
        List<Object> params = new ArrayList<>(health.params());
        params.add(user.requireTenant());
        params.addAll(scope.params());
        if (status != null) {
            sql.append(" AND a.status = ?");
            params.add(status.name());
        }
        if (leerlingId != null) {
            sql.append(" AND a.leerling_id = ?");
            params.add(leerlingId);
        }
        sql.append(" ORDER BY a.beslistermijn, a.created_at LIMIT 500");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            TlvAanvraag a = ROW.mapRow(rs, n);
            return rs.getBoolean("health_visible") ? a : a.withoutHealthDetails();
        }).list();
    }

    /** Moves a request from one state to another, refusing when someone else moved it first. */
    void move(CurrentUser user, UUID id, TlvAanvraagStatus from, TlvAanvraagStatus to, Integer version) {
        from.requireMoveTo(to);
        String sql = "UPDATE tlv_aanvraag SET status = ?, updated_at = now(), updated_by = ?, version = version + 1 "
                + "WHERE swv_id = ? AND id = ? AND status = ?" + (version != null ? " AND version = ?" : "");
        List<Object> params = new ArrayList<>(List.of(to.name(), user.accountId(), user.requireTenant(), id, from.name()));
        if (version != null) {
            params.add(version);
        }
        if (jdbc.sql(sql).params(params).update() != 1) {
            throw new PassendException.Conflict("stale-version");
        }
    }

    static Bekostigingscategorie categorie(String s) {
        return s == null ? null : Bekostigingscategorie.valueOf(s);
    }
}
