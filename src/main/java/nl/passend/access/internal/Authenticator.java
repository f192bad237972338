package nl.passend.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import nl.passend.audit.AuditLog;
import nl.passend.audit.AuditLog.Outcome;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.shared.security.RoleGrant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password (and later a TOTP code) with throttling and lock-out, for the
 * login form and the token endpoint alike. Every outcome is audited, without the password.
 * Unknown names cost as much time as known ones, so timing does not reveal accounts.
 */
@Component
public class Authenticator {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final Totp totp;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxAttempts;
    private final int lockMinutes;
    private final String dummyHash;

    Authenticator(JdbcClient jdbc, PasswordEncoder passwordEncoder, LoginThrottle throttle, Totp totp, AuditLog audit,
                  PlatformTransactionManager transactionManager, Clock clock,
                  @Value("${passend.security.lockout.max-attempts:5}") int maxAttempts,
                  @Value("${passend.security.lockout.minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.totp = totp;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.lockMinutes = lockMinutes;
        this.dummyHash = passwordEncoder.encode("not-a-password-" + UUID.randomUUID());
    }

    /** The account behind a password login. */
    public record LoginResult(CurrentUser user, boolean totpEnabled) {
    }

    public LoginResult authenticate(String rawUsername, String password, String clientIp) {
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(java.util.Locale.ROOT);
        if (throttle.isThrottled(username, clientIp)) {
            audit.recordLogin(null, null, null, "login", Outcome.DENIED, clientIp);
            throw new ThrottledException();
        }
        Optional<AccountRow> found = find(username);
        if (found.isEmpty()) {
            passwordEncoder.matches(password == null ? "" : password, dummyHash);
            throttle.recordFailure(username, clientIp);
            audit.recordLogin(null, null, null, "login", Outcome.FAILURE, clientIp);
            throw new BadCredentialsException("bad-credentials");
        }
        AccountRow account = found.get();
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant())) {
            audit.recordLogin(account.swvId(), account.id(), account.username(), "login", Outcome.DENIED, clientIp);
            throw new LockedException("account-locked");
        }
        if (!passwordEncoder.matches(password == null ? "" : password, account.passwordHash()) || !account.active()) {
            failed(account, clientIp, "login");
            throw new BadCredentialsException("bad-credentials");
        }
        if (!account.totpEnabled()) {
            succeeded(account, clientIp, "login");
        }
        return new LoginResult(toUser(account), account.totpEnabled());
    }

    /**
     * The second step: the TOTP code of an account whose password was just accepted. A code is
     * accepted once; the same code again (a replay) counts as a failure.
     */
    public CurrentUser verifyTotp(CurrentUser user, String code, String clientIp) {
        AccountRow account = find(user.username()).orElseThrow(() -> new BadCredentialsException("bad-credentials"));
        if (throttle.isThrottled(account.username(), clientIp)) {
            audit.recordLogin(account.swvId(), account.id(), account.username(), "login.totp", Outcome.DENIED, clientIp);
            throw new ThrottledException();
        }
        if (account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant())) {
            audit.recordLogin(account.swvId(), account.id(), account.username(), "login.totp", Outcome.DENIED, clientIp);
            throw new LockedException("account-locked");
        }
        OptionalLong step = account.active() ? totp.matchingStep(account.totpSecret(), code) : OptionalLong.empty();
        if (step.isEmpty() || !markUsed(account.id(), step.getAsLong())) {
            failed(account, clientIp, "login.totp");
            throw new BadCredentialsException("bad-totp");
        }
        succeeded(account, clientIp, "login.totp");
        return toUser(account);
    }

    /** Marks a TOTP step as used for this account; false when it was used before. */
    boolean markUsed(UUID accountId, long step) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT auth_use_totp_step(?, ?)").params(accountId, step)
                .query(Boolean.class).single());
    }

    /** Whether an account may still use an open session or token. */
    public boolean isActive(UUID accountId) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT auth_account_active(?)").param(accountId)
                .query(Boolean.class).single());
    }

    /** Reloads a user's roles, e.g. for a bearer token. */
    public CurrentUser userFor(UUID accountId, UUID swvId, String username, String displayName, boolean platform) {
        return new CurrentUser(accountId, swvId, username, displayName,
                platform ? List.of(new RoleGrant(Role.PLATFORM, null)) : grants(swvId, accountId));
    }

    private void failed(AccountRow account, String clientIp, String action) {
        throttle.recordFailure(account.username(), clientIp);
        jdbc.sql("SELECT auth_record_failure(?, ?, ?)").params(account.username(), maxAttempts, lockMinutes)
                .query(rs -> { });
        audit.recordLogin(account.swvId(), account.id(), account.username(), action, Outcome.FAILURE, clientIp);
    }

    private void succeeded(AccountRow account, String clientIp, String action) {
        jdbc.sql("SELECT auth_record_success(?)").param(account.id()).query(rs -> { });
        audit.recordLogin(account.swvId(), account.id(), account.username(), action, Outcome.SUCCESS, clientIp);
    }

    private CurrentUser toUser(AccountRow account) {
        return userFor(account.id(), account.swvId(), account.username(), account.displayName(), account.platform());
    }

    private List<RoleGrant> grants(UUID swvId, UUID accountId) {
        if (swvId == null) {
            return List.of();
        }
        return TenantContext.callAs(swvId, () -> transaction.execute(status -> jdbc.sql("""
                SELECT role, coalesce(school_id, bestuur_id, werkgebied_id, gemeente_id) AS scope_id
                  FROM role_assignment WHERE swv_id = ? AND account_id = ? ORDER BY role""")
                .params(swvId, accountId)
                .query((rs, n) -> new RoleGrant(Role.valueOf(rs.getString("role")), rs.getObject("scope_id", UUID.class)))
                .list()));
    }

    private Optional<AccountRow> find(String username) {
        return jdbc.sql("SELECT * FROM auth_find_account(?)").param(username).query((rs, n) -> {
            Timestamp locked = rs.getTimestamp("locked_until");
            return new AccountRow(rs.getObject("id", UUID.class), rs.getObject("swv_id", UUID.class),
                    rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
                    rs.getString("totp_secret"), rs.getBoolean("totp_enabled"), rs.getBoolean("active"),
                    locked == null ? null : locked.toInstant(), rs.getBoolean("platform"));
        }).optional();
    }

    private record AccountRow(UUID id, UUID swvId, String username, String displayName, String passwordHash,
                              String totpSecret, boolean totpEnabled, boolean active, Instant lockedUntil,
                              boolean platform) {
        @Override
        public String toString() {
            return "AccountRow[" + id + "]";
        }
    }
}
