package nl.passend.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.shared.PassendException;
import nl.passend.shared.db.Versioned;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Leerlingtellingen (pupil counts per school per teldatum) of the user's SWV. */
@Service
@Transactional
public class LeerlingtellingService {

    private static final String COLUMNS = "id, school_id, teldatum, aantal, bron, status, version";
    private static final RowMapper<Leerlingtelling> ROW = (rs, n) -> new Leerlingtelling(
            rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
            rs.getObject("teldatum", java.time.LocalDate.class), rs.getInt("aantal"),
            TelBron.valueOf(rs.getString("bron")), TelStatus.valueOf(rs.getString("status")), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AuditLog audit;

    LeerlingtellingService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Leerlingtelling> list(CurrentUser user, LeerlingtellingFilter filter) {
        user.require(Permission.REGISTER_READ);
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM leerlingtelling WHERE swv_id = ?");
        List<Object> params = new ArrayList<>(List.of(user.requireTenant()));
        if (filter.schoolId() != null) {
            sql.append(" AND school_id = ?");
            params.add(filter.schoolId());
        }
        if (filter.teldatum() != null) {
            sql.append(" AND teldatum = ?");
            params.add(filter.teldatum());
        }
        sql.append(" ORDER BY teldatum DESC, school_id");
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    /** The teldata present, newest first, for choosing one. */
    @Transactional(readOnly = true)
    public List<java.time.LocalDate> teldata(CurrentUser user) {
        user.require(Permission.REGISTER_READ);
        return jdbc.sql("SELECT DISTINCT teldatum FROM leerlingtelling WHERE swv_id = ? ORDER BY teldatum DESC")
                .param(user.requireTenant()).query(java.time.LocalDate.class).list();
    }

    @Transactional(readOnly = true)
    public Leerlingtelling get(CurrentUser user, UUID id) {
        user.require(Permission.REGISTER_READ);
        return jdbc.sql("SELECT " + COLUMNS + " FROM leerlingtelling WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(ROW).optional()
                .orElseThrow(() -> new PassendException.NotFound("leerlingtelling-not-found"));
    }

    public Leerlingtelling create(CurrentUser user, LeerlingtellingInput input) {
        user.require(Permission.REGISTER_MANAGE);
        checkSchool(user, input.getSchoolId());
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO leerlingtelling (id, swv_id, school_id, teldatum, aantal, bron, status, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, user.requireTenant(), input.getSchoolId(), input.getTeldatum(), input.getAantal(),
                            input.getBron().name(), input.getStatus().name(), user.accountId()).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("leerlingtelling-exists");
        }
        audit.record(user, "leerlingtelling.create", "leerlingtelling", id);
        return get(user, id);
    }

    public Leerlingtelling update(CurrentUser user, UUID id, LeerlingtellingInput input) {
        user.require(Permission.REGISTER_MANAGE);
        int version = Versioned.require(input.getVersion());
        checkSchool(user, input.getSchoolId());
        int rows;
        try {
            rows = jdbc.sql("""
                    UPDATE leerlingtelling SET school_id = ?, teldatum = ?, aantal = ?, bron = ?, status = ?,
                           updated_at = now(), updated_by = ?, version = version + 1
                     WHERE swv_id = ? AND id = ? AND version = ?""")
                    .params(input.getSchoolId(), input.getTeldatum(), input.getAantal(), input.getBron().name(),
                            input.getStatus().name(), user.accountId(), user.requireTenant(), id, version).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("leerlingtelling-exists");
        }
        Versioned.checkUpdated(rows, () -> jdbc.sql("SELECT count(*) FROM leerlingtelling WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(Integer.class).single() > 0, "leerlingtelling-not-found");
        audit.record(user, "leerlingtelling.update", "leerlingtelling", id);
        return get(user, id);
    }

    private void checkSchool(CurrentUser user, UUID schoolId) {
        int found = jdbc.sql("SELECT count(*) FROM school WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), schoolId).query(Integer.class).single();
        if (found == 0) {
            throw new PassendException.RuleViolation("leerlingtelling-school-unknown");
        }
    }
}
