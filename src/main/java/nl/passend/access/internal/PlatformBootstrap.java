package nl.passend.access.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On a new installation, creates the first platform account (which must choose its own password at
 * the first login) from
 * {@code passend.platform.bootstrap-username}/{@code -password} when no platform account exists yet.
 * Does nothing when those are empty or a platform account exists.
 */
@Component
class PlatformBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformBootstrap.class);
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    PlatformBootstrap(JdbcClient jdbc, PasswordEncoder passwordEncoder,
                      @Value("${passend.platform.bootstrap-username:}") String username,
                      @Value("${passend.platform.bootstrap-password:}") String password) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        if (Boolean.TRUE.equals(jdbc.sql("SELECT auth_platform_account_exists()").query(Boolean.class).single())) {
            return;
        }
        if (password.length() < nl.passend.access.PasswordPolicy.MIN_LENGTH) {
            throw new IllegalStateException("passend.platform.bootstrap-password is too short");
        }
        jdbc.sql("SELECT auth_create_platform_account(?, ?, ?, true)")
                .params(username.strip().toLowerCase(java.util.Locale.ROOT), "Platformbeheer", passwordEncoder.encode(password))
                .query(java.util.UUID.class).single();
        log.info("Created the first platform account");
    }
}
