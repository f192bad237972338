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

    TwoFactorSetup(JdbcClient jdbc, Totp totp, AuditLog audit) {
        this.jdbc = jdbc;
        this.totp = totp;
        this.audit = audit;
    }

    public boolean isEnabled(CurrentUser user) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT totp_enabled FROM auth_find_account(?)")
                .param(user.username()).query(Boolean.class).optional().orElse(false));
    }

    /** Stores {@code secret} once {@code code} proves the user's app has it; false when the code is wrong. */
    public boolean enable(CurrentUser user, String secret, String code, String clientIp) {
        if (secret == null || !totp.verify(secret, code)) {
            return false;
        }
        jdbc.sql("SELECT auth_enable_totp(?, ?)").params(user.accountId(), secret).query(rs -> { });
        audit.recordLogin(user.swvId(), user.accountId(), user.username(), "account.totp-enable",
                AuditLog.Outcome.SUCCESS, clientIp);
        return true;
    }
}
