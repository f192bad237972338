package nl.passend.access.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: failed attempts are counted per username and per client address in
 * token buckets; once a bucket is empty, further attempts are refused until it refills. Successful
 * logins cost nothing. Complements the lock-out kept on the account.
 */
@Component
class LoginThrottle {

    private static final int MAX_KEYS = 50_000;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;

    LoginThrottle(@Value("${passend.security.throttle.attempts-per-minute:10}") int perMinute) {
        this.perMinute = perMinute;
    }

    boolean isThrottled(String username, String clientIp) {
        return empty("u:" + username, perMinute) || empty("ip:" + clientIp, perMinute * 5);
    }

    void recordFailure(String username, String clientIp) {
        bucket("u:" + username, perMinute).tryConsume(1);
        bucket("ip:" + clientIp, perMinute * 5).tryConsume(1);
    }

    private boolean empty(String key, int capacity) {
        Bucket bucket = buckets.get(key);
        return bucket != null && bucket.getAvailableTokens() < 1;
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
