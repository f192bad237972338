package nl.passend.tlv;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.werkvoorraad.DeadlineService;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The terugplaatsing outcome of a herbeoordeling: a target regular school and date, then done or
 * cancelled. Planning one ends the herbeoordeling signal of the TLV.
 */
@Service
@Transactional
public class TerugplaatsingService {

    private static final RowMapper<Terugplaatsing> ROW = (rs, n) -> new Terugplaatsing(rs.getObject("id", UUID.class),
            rs.getObject("tlv_id", UUID.class), rs.getObject("leerling_id", UUID.class),
            rs.getObject("doelschool_id", UUID.class), rs.getObject("datum", LocalDate.class),
            Terugplaatsing.TerugplaatsingStatus.valueOf(rs.getString("status")), rs.getString("toelichting"),
            rs.getInt("version"));

    private final JdbcClient jdbc;
    private final TlvRegister register;
    private final SchoolService scholen;
    private final DeadlineService deadlines;
    private final AuditLog audit;

    TerugplaatsingService(JdbcClient jdbc, TlvRegister register, SchoolService scholen, DeadlineService deadlines,
                          AuditLog audit) {
        this.jdbc = jdbc;
        this.register = register;
        this.scholen = scholen;
        this.deadlines = deadlines;
        this.audit = audit;
    }

    /** Plans the return to a regular school, on a date within the TLV or the day after it ends. */
    public Terugplaatsing plan(CurrentUser user, UUID tlvId, UUID doelschoolId, LocalDate datum, String toelichting) {
        user.require(Permission.TLV_FOLLOW_UP);
        Tlv tlv = register.get(user, tlvId);
        if (!register.inScope(user, tlvId, Permission.TLV_FOLLOW_UP)) {
            throw new PassendException.Forbidden("forbidden");
        }
        if (scholen.get(user, doelschoolId).soort() != SchoolSoort.BAO) {
            throw new PassendException.RuleViolation("terugplaatsing-school-not-regular");
        }
        if (datum == null || datum.isBefore(tlv.ingangsdatum()) || datum.isAfter(tlv.einddatum().plusDays(1))) {
            throw new PassendException.RuleViolation("terugplaatsing-date-outside-tlv");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO terugplaatsing (id, swv_id, tlv_id, leerling_id, doelschool_id, datum, status, toelichting,
                                            created_by)
                VALUES (?, ?, ?, ?, ?, ?, 'GEPLAND', ?, ?)""")
                .params(id, user.requireTenant(), tlvId, tlv.leerlingId(), doelschoolId, datum,
                        toelichting == null || toelichting.isBlank() ? null : toelichting.trim(), user.accountId())
                .update();
        deadlines.closeAll(tlvId);
        audit.record(user, "terugplaatsing.plan", "tlv", tlvId);
        return get(user, id);
    }

    /** Marks a planned terugplaatsing done or cancelled. */
    public Terugplaatsing finish(CurrentUser user, UUID id, Terugplaatsing.TerugplaatsingStatus status, Integer version) {
        user.require(Permission.TLV_FOLLOW_UP);
        Terugplaatsing t = get(user, id);
        if (!register.inScope(user, t.tlvId(), Permission.TLV_FOLLOW_UP)) {
            throw new PassendException.Forbidden("forbidden");
        }
        if (status == Terugplaatsing.TerugplaatsingStatus.GEPLAND || t.status() != Terugplaatsing.TerugplaatsingStatus.GEPLAND) {
            throw new PassendException.Conflict("terugplaatsing-not-planned");
        }
        int rows = jdbc.sql("UPDATE terugplaatsing SET status = ?, updated_at = now(), updated_by = ?, "
                        + "version = version + 1 WHERE id = ? AND status = 'GEPLAND' AND version = ?")
                .params(status.name(), user.accountId(), id, version == null ? t.version() : version).update();
        if (rows != 1) {
            throw new PassendException.Conflict("stale-version");
        }
        audit.record(user, "terugplaatsing." + status.name().toLowerCase(), "tlv", t.tlvId());
        return get(user, id);
    }

    @Transactional // not read-only: reading the TLV is audited
    public Terugplaatsing get(CurrentUser user, UUID id) {
        Terugplaatsing t = jdbc.sql("SELECT * FROM terugplaatsing WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(ROW).optional()
                .orElseThrow(() -> new PassendException.NotFound("terugplaatsing-not-found"));
        register.get(user, t.tlvId());
        return t;
    }

    @Transactional // not read-only: reading the TLV is audited
    public List<Terugplaatsing> forTlv(CurrentUser user, UUID tlvId) {
        register.get(user, tlvId);
        return jdbc.sql("SELECT * FROM terugplaatsing WHERE tlv_id = ? ORDER BY created_at DESC").param(tlvId)
                .query(ROW).list();
    }
}
