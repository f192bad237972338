package nl.passend.access.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: every attempt takes a token per username and per client address
 * before the secret is checked (so parallel attempts cannot overtake the limit); a successful
 * attempt gives its tokens back, so only failures use up the budget. Complements the lock-out kept
 * on the account. State is per application instance.
 */
@Component
class LoginThrottle {

    private static final int MAX_KEYS = 50_000;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;

    LoginThrottle(@Value("${passend.security.throttle.attempts-per-minute:10}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one attempt for this name and address; false when either has none left. */
    boolean tryAcquire(String username, String clientIp) {
        Bucket user = bucket("u:" + username, perMinute);
        Bucket address = bucket("ip:" + clientIp, perMinute * 5);
        boolean userOk = user.tryConsume(1);
        boolean addressOk = address.tryConsume(1);
        if (userOk && addressOk) {
            return true;
        }
        if (userOk) {
            user.addTokens(1);
        }
        if (addressOk) {
            address.addTokens(1);
        }
        return false;
    }

    /** Gives back the attempt of a successful login. */
    void refund(String username, String clientIp) {
        bucket("u:" + username, perMinute).addTokens(1);
        bucket("ip:" + clientIp, perMinute * 5).addTokens(1);
    }

    private Bucket bucket(String key, int capacity) {
        if (buckets.size() > MAX_KEYS) {
            buckets.clear(); // bounded memory; an attacker gains at most one fresh minute
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)).build())
                .build());
    }
}
