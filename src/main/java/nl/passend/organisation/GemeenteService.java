package nl.passend.organisation;

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

/** Gemeenten of the user's SWV. */
@Service
@Transactional
public class GemeenteService implements RegisterEntityService<Gemeente, GemeenteInput> {

    private static final String COLUMNS = "id, naam, cbs_code, version";
    private static final RowMapper<Gemeente> ROW = (rs, n) -> new Gemeente(rs.getObject("id", UUID.class),
            rs.getString("naam"), rs.getString("cbs_code"), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AuditLog audit;

    GemeenteService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Gemeente> list(CurrentUser user) {
        user.require(Permission.REGISTER_READ);
        return jdbc.sql("SELECT " + COLUMNS + " FROM gemeente WHERE swv_id = ? ORDER BY naam")
                .param(user.requireTenant()).query(ROW).list();
    }

    @Transactional(readOnly = true)
    public Gemeente get(CurrentUser user, UUID id) {
        user.require(Permission.REGISTER_READ);
        return jdbc.sql("SELECT " + COLUMNS + " FROM gemeente WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(ROW).optional()
                .orElseThrow(() -> new PassendException.NotFound("gemeente-not-found"));
    }

    public Gemeente create(CurrentUser user, GemeenteInput input) {
        user.require(Permission.REGISTER_MANAGE);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO gemeente (id, swv_id, naam, cbs_code, created_by)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(id, user.requireTenant(), input.getNaam(), input.getCbsCode(), user.accountId()).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("gemeente-code-taken");
        }
        audit.record(user, "gemeente.create", "gemeente", id);
        return get(user, id);
    }

    public Gemeente update(CurrentUser user, UUID id, GemeenteInput input) {
        user.require(Permission.REGISTER_MANAGE);
        int version = Versioned.require(input.getVersion());
        int rows;
        try {
            rows = jdbc.sql("""
                    UPDATE gemeente SET naam = ?, cbs_code = ?, updated_at = now(),
                           updated_by = ?, version = version + 1
                     WHERE swv_id = ? AND id = ? AND version = ?""")
                    .params(input.getNaam(), input.getCbsCode(), user.accountId(),
                            user.requireTenant(), id, version).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("gemeente-code-taken");
        }
        Versioned.checkUpdated(rows, () -> exists(user, id), "gemeente-not-found");
        audit.record(user, "gemeente.update", "gemeente", id);
        return get(user, id);
    }

    boolean exists(CurrentUser user, UUID id) {
        return jdbc.sql("SELECT count(*) FROM gemeente WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(Integer.class).single() > 0;
    }
}
