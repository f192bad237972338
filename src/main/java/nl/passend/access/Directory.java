package nl.passend.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.passend.shared.security.Role;
import nl.passend.shared.security.RoleGrant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role, for case modules (assigning a deskundige, notifying a school's IBs). Reads the
 * current tenant only (row-level security) and returns no credentials or contact details except the
 * e-mail address the notification module needs.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active accounts holding {@code role} (any scope), by name. */
    public List<Colleague> holders(Role role) {
        return jdbc.sql("""
                SELECT DISTINCT a.id, a.display_name FROM account a JOIN role_assignment r ON r.account_id = a.id
                 WHERE a.active AND r.role = ? ORDER BY a.display_name""")
                .param(role.name()).query((rs, n) -> new Colleague(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    /** Active accounts holding {@code role} for one school. */
    public List<UUID> holdersForSchool(Role role, UUID schoolId) {
        return jdbc.sql("""
                SELECT DISTINCT a.id FROM account a JOIN role_assignment r ON r.account_id = a.id
                 WHERE a.active AND r.role = ? AND r.school_id = ?""")
                .params(role.name(), schoolId).query(UUID.class).list();
    }

    /** Active accounts holding {@code role} for one werkgebied. */
    public List<UUID> holdersForWerkgebied(Role role, UUID werkgebiedId) {
        return jdbc.sql("""
                SELECT DISTINCT a.id FROM account a JOIN role_assignment r ON r.account_id = a.id
                 WHERE a.active AND r.role = ? AND r.werkgebied_id = ?""")
                .params(role.name(), werkgebiedId).query(UUID.class).list();
    }

    /** Active accounts holding {@code role} for the werkgebied the school belongs to (none when it has none). */
    public List<UUID> holdersForWerkgebiedOfSchool(Role role, UUID schoolId) {
        return jdbc.sql("""
                SELECT DISTINCT a.id FROM account a JOIN role_assignment r ON r.account_id = a.id
                 WHERE a.active AND r.role = ? AND r.werkgebied_id = (SELECT s.werkgebied_id FROM school s WHERE s.id = ?)""")
                .params(role.name(), schoolId).query(UUID.class).list();
    }

    /** The role grants of an account (empty when unknown in this tenant). */
    public List<RoleGrant> grantsOf(UUID accountId) {
        return jdbc.sql("SELECT role, school_id, bestuur_id, werkgebied_id, gemeente_id FROM role_assignment WHERE account_id = ?")
                .param(accountId).query((rs, n) -> {
                    Role role = Role.valueOf(rs.getString("role"));
                    UUID scope = switch (role.scope()) {
                        case SCHOOL -> rs.getObject("school_id", UUID.class);
                        case BESTUUR -> rs.getObject("bestuur_id", UUID.class);
                        case WERKGEBIED -> rs.getObject("werkgebied_id", UUID.class);
                        case GEMEENTE -> rs.getObject("gemeente_id", UUID.class);
                        case NONE -> null;
                    };
                    return new RoleGrant(role, scope);
                }).list();
    }

    public Optional<String> displayName(UUID accountId) {
        return jdbc.sql("SELECT display_name FROM account WHERE id = ?").param(accountId).query(String.class).optional();
    }

    /** The e-mail address of an active account, for a notification without personal data. */
    public Optional<String> email(UUID accountId) {
        return jdbc.sql("SELECT email FROM account WHERE id = ? AND active AND email IS NOT NULL").param(accountId)
                .query(String.class).optional();
    }
}
