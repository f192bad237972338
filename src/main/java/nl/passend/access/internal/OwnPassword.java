package nl.passend.access.internal;

import nl.passend.audit.AuditLog;
import nl.passend.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A user replaces their own password. All their API tokens are revoked and other sessions end
 * (the security stamp changes).
 */
@Component
public class OwnPassword {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    OwnPassword(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    public void change(CurrentUser user, String newPassword, String clientIp) {
        jdbc.sql("SELECT auth_set_own_password(?, ?)").params(user.accountId(), passwordEncoder.encode(newPassword))
                .query(Integer.class).single();
        audit.recordLogin(user.swvId(), user.accountId(), user.username(), "account.password-change",
                AuditLog.Outcome.SUCCESS, clientIp);
    }
}
