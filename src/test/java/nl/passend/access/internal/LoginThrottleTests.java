package nl.passend.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    @Test
    void throttlesAUsernameAfterTooManyFailedAttempts() {
        LoginThrottle throttle = new LoginThrottle(3);

        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAcquire("anna", "10.0.0." + i)).isTrue();
        }

        assertThat(throttle.tryAcquire("anna", "10.0.0.99")).isFalse();
        assertThat(throttle.tryAcquire("bert", "10.0.0.99")).isTrue();
    }

    @Test
    void throttlesAnAddressThatTriesManyNames() {
        LoginThrottle throttle = new LoginThrottle(2);

        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryAcquire("name" + i, "192.0.2.1")).isTrue();
        }

        assertThat(throttle.tryAcquire("fresh-name", "192.0.2.1")).isFalse();
        assertThat(throttle.tryAcquire("fresh-name", "192.0.2.2")).isTrue();
    }

    @Test
    void successfulAttemptsGiveTheirTokenBack() {
        LoginThrottle throttle = new LoginThrottle(1);

        for (int i = 0; i < 100; i++) {
            assertThat(throttle.tryAcquire("carla", "192.0.2.3")).isTrue();
            throttle.refund("carla", "192.0.2.3");
        }
    }

    @Test
    void aRefusedAttemptDoesNotUseUpTheOtherBudget() {
        LoginThrottle throttle = new LoginThrottle(1);
        assertThat(throttle.tryAcquire("dirk", "192.0.2.4")).isTrue();

        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryAcquire("dirk", "192.0.2.4")).isFalse();
        }

        assertThat(throttle.tryAcquire("eva", "192.0.2.4")).as("the address still has 4 of its 5").isTrue();
    }
}
