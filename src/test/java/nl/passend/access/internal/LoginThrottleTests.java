package nl.passend.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    @Test
    void throttlesAUsernameAfterTooManyFailures() {
        LoginThrottle throttle = new LoginThrottle(3);

        for (int i = 0; i < 3; i++) {
            assertThat(throttle.isThrottled("anna", "10.0.0." + i)).isFalse();
            throttle.recordFailure("anna", "10.0.0." + i);
        }

        assertThat(throttle.isThrottled("anna", "10.0.0.99")).isTrue();
        assertThat(throttle.isThrottled("bert", "10.0.0.99")).isFalse();
    }

    @Test
    void throttlesAnAddressThatTriesManyNames() {
        LoginThrottle throttle = new LoginThrottle(2);

        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("name" + i, "192.0.2.1");
        }

        assertThat(throttle.isThrottled("fresh-name", "192.0.2.1")).isTrue();
        assertThat(throttle.isThrottled("fresh-name", "192.0.2.2")).isFalse();
    }

    @Test
    void successfulAttemptsCostNothing() {
        LoginThrottle throttle = new LoginThrottle(1);

        for (int i = 0; i < 100; i++) {
            assertThat(throttle.isThrottled("carla", "192.0.2.3")).isFalse();
        }
    }
}
