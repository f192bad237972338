package nl.passend.organisation;

import java.util.List;
import java.util.Optional;
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

/**
 * The tenant register. The platform role creates SWVs and lists their names and numbers; it reads
 * nothing inside them (row-level security shows it no tenant rows).
 */
@Service
@Transactional
public class SwvService {

    private static final RowMapper<Swv> ROW = (rs, n) -> new Swv(rs.getObject("id", UUID.class),
            rs.getString("naam"), rs.getString("administratienummer"), rs.getString("sector"));

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SwvService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Registers a new SWV under the given id (chosen by the caller, who runs as that tenant). */
    public Swv create(CurrentUser platformUser, UUID id, SwvInput input) {
        platformUser.require(Permission.TENANT_MANAGE);
        String nummer = input.getAdministratienummer();
        try {
            jdbc.sql("""
                    INSERT INTO swv (id, naam, administratienummer, sector, created_by) VALUES (?, ?, ?, ?, ?)""")
                    .params(id, input.getNaam(), nummer, nummer.substring(0, 2), platformUser.accountId()).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("swv-number-taken");
        }
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Swv> list(CurrentUser platformUser) {
        platformUser.require(Permission.TENANT_MANAGE);
        return jdbc.sql("SELECT * FROM platform_list_swv()").query(ROW).list();
    }

    /** The user's own SWV with its letter details. */
    @Transactional(readOnly = true)
    public SwvDetails details(CurrentUser user) {
        user.require(Permission.REGISTER_READ);
        return jdbc.sql("""
                SELECT id, naam, administratienummer, sector, adres, directeur_naam, bestuur_naam, version
                  FROM swv WHERE id = ?""").param(user.requireTenant())
                .query((rs, n) -> new SwvDetails(rs.getObject("id", UUID.class), rs.getString("naam"),
                        rs.getString("administratienummer"), rs.getString("sector"), rs.getString("adres"),
                        rs.getString("directeur_naam"), rs.getString("bestuur_naam"), rs.getInt("version")))
                .optional().orElseThrow(() -> new PassendException.NotFound("swv-not-found"));
    }

    public SwvDetails updateDetails(CurrentUser user, SwvDetailsInput input) {
        user.require(Permission.REGISTER_MANAGE);
        int version = Versioned.require(input.getVersion());
        int rows = jdbc.sql("""
                UPDATE swv SET adres = ?, directeur_naam = ?, bestuur_naam = ?, updated_at = now(), updated_by = ?,
                       version = version + 1 WHERE id = ? AND version = ?""")
                .params(input.getAdres(), input.getDirecteurNaam(), input.getBestuurNaam(), user.accountId(),
                        user.requireTenant(), version).update();
        Versioned.checkUpdated(rows, () -> true, "swv-not-found");
        audit.record(user, "swv.update", "swv", user.requireTenant());
        return details(user);
    }

    /** The SWV by id; row-level security shows only the current tenant's own row. */
    @Transactional(readOnly = true)
    public Optional<Swv> find(UUID id) {
        return jdbc.sql("SELECT id, naam, administratienummer, sector FROM swv WHERE id = ?").param(id)
                .query(ROW).optional();
    }
}
