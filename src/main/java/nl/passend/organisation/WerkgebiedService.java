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

/** Werkgebieden of the user's SWV. */
@Service
@Transactional
public class WerkgebiedService implements RegisterEntityService<Werkgebied, WerkgebiedInput> {

    private static final RowMapper<Werkgebied> ROW = (rs, n) ->
            new Werkgebied(rs.getObject("id", UUID.class), rs.getString("naam"), rs.getInt("version"));

    private final JdbcClient jdbc;
    private final AuditLog audit;

    WerkgebiedService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Werkgebied> list(CurrentUser user) {
        user.require(Permission.REGISTER_READ);
        return jdbc.sql("SELECT id, naam, version FROM werkgebied WHERE swv_id = ? ORDER BY naam")
                .param(user.requireTenant()).query(ROW).list();
    }

    @Transactional(readOnly = true)
    public Werkgebied get(CurrentUser user, UUID id) {
        user.require(Permission.REGISTER_READ);
        return jdbc.sql("SELECT id, naam, version FROM werkgebied WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(ROW).optional()
                .orElseThrow(() -> new PassendException.NotFound("werkgebied-not-found"));
    }

    public Werkgebied create(CurrentUser user, WerkgebiedInput input) {
        user.require(Permission.REGISTER_MANAGE);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO werkgebied (id, swv_id, naam, created_by) VALUES (?, ?, ?, ?)")
                    .params(id, user.requireTenant(), input.getNaam(), user.accountId()).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("werkgebied-name-taken");
        }
        audit.record(user, "werkgebied.create", "werkgebied", id);
        return get(user, id);
    }

    public Werkgebied update(CurrentUser user, UUID id, WerkgebiedInput input) {
        user.require(Permission.REGISTER_MANAGE);
        int version = Versioned.require(input.getVersion());
        int rows;
        try {
            rows = jdbc.sql("""
                    UPDATE werkgebied SET naam = ?, updated_at = now(), updated_by = ?, version = version + 1
                     WHERE swv_id = ? AND id = ? AND version = ?""")
                    .params(input.getNaam(), user.accountId(), user.requireTenant(), id, version).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("werkgebied-name-taken");
        }
        Versioned.checkUpdated(rows, () -> exists(user, id), "werkgebied-not-found");
        audit.record(user, "werkgebied.update", "werkgebied", id);
        return get(user, id);
    }

    private boolean exists(CurrentUser user, UUID id) {
        return jdbc.sql("SELECT count(*) FROM werkgebied WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), id).query(Integer.class).single() > 0;
    }
}
