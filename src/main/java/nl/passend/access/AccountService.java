package nl.passend.access;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.shared.security.RoleGrant;
import nl.passend.shared.security.ScopeType;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of an SWV and their roles, managed by its beheerder. */
@Service
@Transactional
public class AccountService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    AccountService(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Account> list(CurrentUser user) {
        user.require(Permission.USER_MANAGE);
        return load(user.requireTenant(), null);
    }

    @Transactional(readOnly = true)
    public Account get(CurrentUser user, UUID id) {
        user.require(Permission.USER_MANAGE);
        return load(user.requireTenant(), id).stream().findFirst()
                .orElseThrow(() -> new PassendException.NotFound("account-not-found"));
    }

    public Account create(CurrentUser user, AccountInput input) {
        user.require(Permission.USER_MANAGE);
        UUID id = insert(user.requireTenant(), user.accountId(), input);
        audit.record(user, "account.create", "account", id);
        return get(user, id);
    }

    /**
     * Creates the first beheerder of a new SWV. The platform beheerder writes into the new tenant
     * once, inside a transaction running as that tenant, and reads nothing back.
     */
    public UUID createFirstBeheerder(CurrentUser platformUser, UUID swvId, AccountInput input) {
        platformUser.require(Permission.TENANT_MANAGE);
        if (input.getRole() != Role.BEHEERDER) {
            throw new PassendException.RuleViolation("account-first-must-be-beheerder");
        }
        if (!TenantContext.current().map(swvId::equals).orElse(false)) {
            throw new IllegalStateException("The first beheerder must be created as the new tenant");
        }
        UUID id = insert(swvId, platformUser.accountId(), input);
        audit.record(new CurrentUser(platformUser.accountId(), swvId, platformUser.username(),
                platformUser.displayName(), List.of()), "account.create", "account", id);
        return id;
    }

    public Account addRole(CurrentUser user, UUID accountId, RoleGrantInput input) {
        user.require(Permission.USER_MANAGE);
        get(user, accountId);
        insertGrant(user.requireTenant(), accountId, input.getRole(), input.getScopeId(), user.accountId());
        changeStamp(user, accountId);
        audit.record(user, "account.role-add", "account", accountId);
        return get(user, accountId);
    }

    public Account removeRole(CurrentUser user, UUID accountId, Role role, UUID scopeId) {
        user.require(Permission.USER_MANAGE);
        UUID tenant = user.requireTenant();
        if (role == Role.BEHEERDER) {
            refuseLosingTheLastBeheerder(tenant, accountId);
        }
        int removed = jdbc.sql("""
                DELETE FROM role_assignment WHERE swv_id = ? AND account_id = ? AND role = ?
                   AND coalesce(school_id, bestuur_id, werkgebied_id, gemeente_id) IS NOT DISTINCT FROM ?""")
                .params(tenant, accountId, role.name(), scopeId).update();
        if (removed == 0) {
            throw new PassendException.NotFound("account-role-not-found");
        }
        changeStamp(user, accountId);
        audit.record(user, "account.role-remove", "account", accountId);
        return get(user, accountId);
    }

    public Account setActive(CurrentUser user, UUID accountId, boolean active) {
        user.require(Permission.USER_MANAGE);
        if (!active && accountId.equals(user.accountId())) {
            throw new PassendException.RuleViolation("account-cannot-deactivate-self");
        }
        if (!active) {
            refuseLosingTheLastBeheerder(user.requireTenant(), accountId);
        }
        int rows = jdbc.sql("""
                UPDATE account SET active = ?, security_stamp = security_stamp + 1, updated_at = now(), updated_by = ?,
                       version = version + 1 WHERE swv_id = ? AND id = ?""")
                .params(active, user.accountId(), user.requireTenant(), accountId).update();
        if (rows == 0) {
            throw new PassendException.NotFound("account-not-found");
        }
        audit.record(user, active ? "account.activate" : "account.deactivate", "account", accountId);
        return get(user, accountId);
    }

    /**
     * Sets a new password chosen by the beheerder: lifts a lock-out, ends the account's sessions,
     * revokes its API tokens, and makes its holder choose an own password at the next login.
     */
    public Account resetPassword(CurrentUser user, UUID accountId, String newPassword) {
        user.require(Permission.USER_MANAGE);
        Account account = get(user, accountId);
        checkPassword(account.username(), newPassword);
        jdbc.sql("""
                UPDATE account SET password_hash = ?, must_change_password = true, failed_attempts = 0,
                       locked_until = NULL, security_stamp = security_stamp + 1, updated_at = now(),
                       updated_by = ?, version = version + 1 WHERE swv_id = ? AND id = ?""")
                .params(passwordEncoder.encode(newPassword), user.accountId(), user.requireTenant(), accountId)
                .update();
        jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE swv_id = ? AND account_id = ? AND revoked_at IS NULL")
                .params(user.requireTenant(), accountId).update();
        audit.record(user, "account.password-reset", "account", accountId);
        return get(user, accountId);
    }

    /** Switches two-factor off (a lost phone); the holder sets it up again at the next login. */
    public Account resetTotp(CurrentUser user, UUID accountId) {
        user.require(Permission.USER_MANAGE);
        int rows = jdbc.sql("""
                UPDATE account SET totp_enabled = false, totp_secret = NULL, totp_last_step = NULL,
                       security_stamp = security_stamp + 1, updated_at = now(), updated_by = ?, version = version + 1
                 WHERE swv_id = ? AND id = ?""")
                .params(user.accountId(), user.requireTenant(), accountId).update();
        if (rows == 0) {
            throw new PassendException.NotFound("account-not-found");
        }
        audit.record(user, "account.totp-reset", "account", accountId);
        return get(user, accountId);
    }

    /** Open sessions of the account end at their next request (see the security stamp). */
    private void changeStamp(CurrentUser user, UUID accountId) {
        jdbc.sql("UPDATE account SET security_stamp = security_stamp + 1 WHERE swv_id = ? AND id = ?")
                .params(user.requireTenant(), accountId).update();
    }

    /**
     * Refuses a change that would leave the SWV without an active beheerder. The active beheerders are
     * locked for the rest of the transaction, so two beheerders cannot remove each other at once.
     */
    private void refuseLosingTheLastBeheerder(UUID tenant, UUID accountId) {
        List<UUID> active = jdbc.sql("""
                SELECT a.id FROM account a
                 WHERE a.swv_id = ? AND a.active
                   AND EXISTS (SELECT 1 FROM role_assignment r
                                WHERE r.swv_id = a.swv_id AND r.account_id = a.id AND r.role = 'BEHEERDER')
                 ORDER BY a.id FOR UPDATE""")
                .param(tenant).query(UUID.class).list();
        if (active.contains(accountId) && active.size() <= 1) {
            throw new PassendException.RuleViolation("account-last-beheerder");
        }
    }

    private UUID insert(UUID swvId, UUID createdBy, AccountInput input) {
        if (input.getRole() == Role.PLATFORM) {
            throw new PassendException.RuleViolation("account-role-not-allowed");
        }
        checkPassword(input.getUsername(), input.getPassword());
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    INSERT INTO account (id, swv_id, username, display_name, email, password_hash,
                                         must_change_password, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, true, ?)""")
                    .params(id, swvId, input.getUsername(), input.getDisplayName(), input.getEmail(),
                            passwordEncoder.encode(input.getPassword()), createdBy).update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("account-username-taken");
        }
        insertGrant(swvId, id, input.getRole(), input.getScopeId(), createdBy);
        return id;
    }

    private void insertGrant(UUID swvId, UUID accountId, Role role, UUID scopeId, UUID createdBy) {
        if (role == Role.PLATFORM) {
            throw new PassendException.RuleViolation("account-role-not-allowed");
        }
        if ((role.scope() == ScopeType.NONE) != (scopeId == null)) {
            throw new PassendException.RuleViolation("account-scope-required");
        }
        String column = switch (role.scope()) {
            case SCHOOL -> "school_id";
            case BESTUUR -> "bestuur_id";
            case WERKGEBIED -> "werkgebied_id";
            case GEMEENTE -> "gemeente_id";
            case NONE -> null;
        };
        if (column != null) {
            String table = column.substring(0, column.length() - 3);
            int found = jdbc.sql("SELECT count(*) FROM " + table + " WHERE swv_id = ? AND id = ?")
                    .params(swvId, scopeId).query(Integer.class).single();
            if (found == 0) {
                throw new PassendException.RuleViolation("account-scope-unknown");
            }
        }
        try {
            jdbc.sql("INSERT INTO role_assignment (swv_id, account_id, role, " + (column == null ? "" : column + ", ")
                            + "created_by) VALUES (?, ?, ?, " + (column == null ? "" : "?, ") + "?)")
                    .params(column == null
                            ? List.of(swvId, accountId, role.name(), createdBy)
                            : List.of(swvId, accountId, role.name(), scopeId, createdBy))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PassendException.Conflict("account-role-exists");
        } catch (DataIntegrityViolationException e) {
            throw new PassendException.RuleViolation("account-scope-unknown");
        }
    }

    private static void checkPassword(String username, String password) {
        String violation = PasswordPolicy.violation(username, password);
        if (violation != null) {
            throw new PassendException.RuleViolation(violation);
        }
    }

    private List<Account> load(UUID tenant, UUID onlyId) {
        Map<UUID, List<RoleGrant>> grants = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT account_id, role, coalesce(school_id, bestuur_id, werkgebied_id, gemeente_id) AS scope_id
                  FROM role_assignment WHERE swv_id = ? AND (?::uuid IS NULL OR account_id = ?) ORDER BY role""")
                .params(tenant, onlyId, onlyId)
                .query(rs -> {
                    grants.computeIfAbsent(rs.getObject("account_id", UUID.class), k -> new ArrayList<>())
                            .add(new RoleGrant(Role.valueOf(rs.getString("role")), rs.getObject("scope_id", UUID.class)));
                });
        return jdbc.sql("""
                SELECT id, username, display_name, email, active, totp_enabled, locked_until, version
                  FROM account WHERE swv_id = ? AND (?::uuid IS NULL OR id = ?) ORDER BY display_name, username""")
                .params(tenant, onlyId, onlyId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new Account(id, rs.getString("username"), rs.getString("display_name"),
                            rs.getString("email"), rs.getBoolean("active"), rs.getBoolean("totp_enabled"),
                            locked == null ? null : locked.toInstant(), grants.getOrDefault(id, List.of()),
                            rs.getInt("version"));
                }).list();
    }
}
