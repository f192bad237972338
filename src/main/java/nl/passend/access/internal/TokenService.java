package nl.passend.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import nl.passend.shared.security.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API bearer tokens: 256 random bits, handed out once and stored only as their SHA-256 hash, with
 * an expiry (default 8 hours) and revocation.
 */
@Component
public class TokenService {

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Authenticator authenticator;
    private final Clock clock;
    private final Duration lifetime;

    TokenService(JdbcClient jdbc, Authenticator authenticator, Clock clock,
                 @Value("${passend.security.token-hours:8}") int hours) {
        this.jdbc = jdbc;
        this.authenticator = authenticator;
        this.clock = clock;
        this.lifetime = Duration.ofHours(hours);
    }

    /** A token as handed to the client, the only time its value is known. */
    public record IssuedToken(String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedToken[expires " + expiresAt + "]";
        }
    }

    /** A presented token that is live, with its user. */
    public record ResolvedToken(UUID tokenId, CurrentUser user) {
    }

    public IssuedToken issue(CurrentUser user) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = clock.instant().plus(lifetime);
        jdbc.sql("SELECT auth_issue_token(?, ?, ?)")
                .params(user.accountId(), hash(token), java.sql.Timestamp.from(expires))
                .query(UUID.class).single();
        return new IssuedToken(token, expires);
    }

    public Optional<ResolvedToken> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM auth_find_token(?)").param(hash(token.strip()))
                .query((rs, n) -> new ResolvedToken(rs.getObject("token_id", UUID.class),
                        authenticator.userFor(rs.getObject("account_id", UUID.class), rs.getObject("swv_id", UUID.class),
                                rs.getString("username"), rs.getString("display_name"), rs.getBoolean("platform"))))
                .optional();
    }

    public void revoke(UUID tokenId) {
        jdbc.sql("SELECT auth_revoke_token(?)").param(tokenId).query(rs -> { });
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
