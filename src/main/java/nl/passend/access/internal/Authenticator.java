package nl.passend.access.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
 * login form and the token endpoint alike. Every attempt is counted before the secret is checked,
 * atomically in the database, so parallel guesses cannot get past the lock-out. Every outcome is
 * audited, without the password. Unknown names cost as much time as known ones.
 */
@Component
public class Authenticator {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final Totp totp;
    private final AuditLog audit;
    private final SecretBox secrets;
    private final TransactionTemplate transaction;
    private final int maxAttempts;
    private final int lockMinutes;
    private final String dummyHash;

    Authenticator(JdbcClient jdbc, PasswordEncoder passwordEncoder, LoginThrottle throttle, Totp totp, AuditLog audit,
                  SecretBox secrets, PlatformTransactionManager transactionManager,
                  @Value("${passend.security.lockout.max-attempts:5}") int maxAttempts,
                  @Value("${passend.security.lockout.minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.totp = totp;
        this.audit = audit;
        this.secrets = secrets;
        this.transaction = new TransactionTemplate(transactionManager);
        this.maxAttempts = maxAttempts;
        this.lockMinutes = lockMinutes;
        this.dummyHash = passwordEncoder.encode("not-a-password-" + UUID.randomUUID());
    }

    /** The account behind a password login and what it still has to do before it is fully in. */
    public record LoginResult(CurrentUser user, boolean totpEnabled, boolean mustChangePassword, int stamp) {
    }

    public LoginResult authenticate(String rawUsername, String password, String clientIp) {
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
        String secret = password == null ? "" : password;
        if (!throttle.tryAcquire(username, clientIp)) {
            audit.recordLogin(null, null, null, "login", Outcome.DENIED, clientIp);
            throw new ThrottledException();
        }
        String attempt = beginAttempt(username);
        Optional<AccountRow> found = "UNKNOWN".equals(attempt) ? Optional.empty() : find(username);
        if (found.isEmpty()) {
            passwordEncoder.matches(secret, dummyHash);
            audit.recordLogin(null, null, null, "login", Outcome.FAILURE, clientIp);
            throw new BadCredentialsException("bad-credentials");
        }
        AccountRow account = found.get();
        if ("LOCKED".equals(attempt)) {
            audit.recordLogin(account.swvId(), account.id(), account.username(), "login", Outcome.DENIED, clientIp);
            throw new LockedException("account-locked");
        }
        if (!passwordEncoder.matches(secret, account.passwordHash()) || !account.active()) {
            audit.recordLogin(account.swvId(), account.id(), account.username(), "login", Outcome.FAILURE, clientIp);
            throw new BadCredentialsException("bad-credentials");
        }
        throttle.refund(username, clientIp);
        if (account.totpEnabled()) {
            // the password was right: give its attempt back; the TOTP guesses that follow still count
            jdbc.sql("SELECT auth_refund_attempt(?, ?)").params(account.id(), maxAttempts).query(rs -> { });
        } else {
            succeeded(account, clientIp, "login");
        }
        return new LoginResult(toUser(account), account.totpEnabled(), account.mustChangePassword(), account.stamp());
    }

    /**
     * The second step: the TOTP code of an account whose password was just accepted. A code is
     * accepted once; the same code again (a replay) counts as a failure.
     */
    public LoginResult verifyTotp(CurrentUser user, String code, String clientIp) {
        if (!throttle.tryAcquire(user.username(), clientIp)) {
            audit.recordLogin(user.swvId(), user.accountId(), user.username(), "login.totp", Outcome.DENIED, clientIp);
            throw new ThrottledException();
        }
        String attempt = beginAttempt(user.username());
        AccountRow account = find(user.username()).orElseThrow(() -> new BadCredentialsException("bad-credentials"));
        if ("LOCKED".equals(attempt)) {
            audit.recordLogin(account.swvId(), account.id(), account.username(), "login.totp", Outcome.DENIED, clientIp);
            throw new LockedException("account-locked");
        }
        OptionalLong step = account.active() ? totp.matchingStep(account.totpSecret(), code) : OptionalLong.empty();
        if (step.isEmpty() || !markUsed(account.id(), step.getAsLong())) {
            audit.recordLogin(account.swvId(), account.id(), account.username(), "login.totp", Outcome.FAILURE,
                    clientIp);
            throw new BadCredentialsException("bad-totp");
        }
        throttle.refund(user.username(), clientIp);
        succeeded(account, clientIp, "login.totp");
        return new LoginResult(toUser(account), true, account.mustChangePassword(), account.stamp());
    }

    /** Whether the password is the account's current one (for changing it); no counting, no audit. */
    public boolean isCurrentPassword(CurrentUser user, String password) {
        return find(user.username()).map(a -> passwordEncoder.matches(password == null ? "" : password,
                a.passwordHash())).orElse(false);
    }

    /** The account's state as far as login stages are concerned. */
    public Optional<AccountState> state(CurrentUser user) {
        return find(user.username()).map(a -> new AccountState(a.totpEnabled(), a.mustChangePassword(), a.stamp()));
    }

    /** What decides the next login stage. */
    public record AccountState(boolean totpEnabled, boolean mustChangePassword, int stamp) {
    }

    /** Marks a TOTP step as used for this account; false when it was used before. */
    boolean markUsed(UUID accountId, long step) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT auth_use_totp_step(?, ?)").params(accountId, step)
                .query(Boolean.class).single());
    }

    /** The security stamp of an active account; empty when it is switched off or gone. */
    public Optional<Integer> stamp(UUID accountId) {
        return jdbc.sql("SELECT auth_account_stamp(?)").param(accountId).query(Integer.class).optional();
    }

    /** Reloads a user's roles, e.g. for a bearer token. */
    public CurrentUser userFor(UUID accountId, UUID swvId, String username, String displayName, boolean platform) {
        return new CurrentUser(accountId, swvId, username, displayName,
                platform ? List.of(new RoleGrant(Role.PLATFORM, null)) : grants(swvId, accountId));
    }

    private String beginAttempt(String username) {
        return jdbc.sql("SELECT auth_begin_attempt(?, ?, ?)").params(username, maxAttempts, lockMinutes)
                .query(String.class).single();
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
                    secrets.open(rs.getString("totp_secret")), rs.getBoolean("totp_enabled"), rs.getBoolean("active"),
                    locked == null ? null : locked.toInstant(), rs.getBoolean("platform"),
                    rs.getBoolean("must_change_password"), rs.getInt("security_stamp"));
        }).optional();
    }

    private record AccountRow(UUID id, UUID swvId, String username, String displayName, String passwordHash,
                              String totpSecret, boolean totpEnabled, boolean active, Instant lockedUntil,
                              boolean platform, boolean mustChangePassword, int stamp) {
        @Override
        public String toString() {
            return "AccountRow[" + id + "]";
        }
    }
}
