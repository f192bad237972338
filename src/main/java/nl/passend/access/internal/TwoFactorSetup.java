package nl.passend.access.internal;

import nl.passend.audit.AuditLog;
import nl.passend.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Switching on two-factor login for one's own account. */
@Component
public class TwoFactorSetup {

    private final JdbcClient jdbc;
    private final Totp totp;
    private final AuditLog audit;
    private final Authenticator authenticator;
    private final SecretBox secrets;

    TwoFactorSetup(JdbcClient jdbc, Totp totp, AuditLog audit, Authenticator authenticator, SecretBox secrets) {
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.totp = totp;
        this.audit = audit;
        this.authenticator = authenticator;
    }

    public boolean isEnabled(CurrentUser user) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT auth_totp_enabled(?)").param(user.accountId())
                .query(Boolean.class).single());
    }

    /** Stores {@code secret} once {@code code} proves the user's app has it; false when the code is wrong. */
    public boolean enable(CurrentUser user, String secret, String code, String clientIp) {
        java.util.OptionalLong step = totp.matchingStep(secret, code);
        if (step.isEmpty()) {
            return false;
        }
        jdbc.sql("SELECT auth_enable_totp(?, ?)").params(user.accountId(), secrets.seal(secret)).query(rs -> { });
        authenticator.markUsed(user.accountId(), step.getAsLong());
        audit.recordLogin(user.swvId(), user.accountId(), user.username(), "account.totp-enable",
                AuditLog.Outcome.SUCCESS, clientIp);
        return true;
    }
}
