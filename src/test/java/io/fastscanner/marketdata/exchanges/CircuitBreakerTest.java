package io.fastscanner.marketdata.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    @Test
    void opensWhenHalfOfTheLastTwentyCallsFailed() {
        CircuitBreaker breaker = new CircuitBreaker();
        for (int i = 0; i < 10; i++) {
            breaker.succeeded();
        }
        for (int i = 0; i < 9; i++) {
            breaker.failed(0);
        }
        assertThat(breaker.state(0)).isEqualTo(CircuitBreaker.State.CLOSED);

        breaker.failed(1_000);

        assertThat(breaker.state(1_000)).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allows(30_999)).isFalse();
    }

    @Test
    void halfOpenAfterThirtySecondsThenClosedByTwoSuccesses() {
        CircuitBreaker breaker = opened(0);

        assertThat(breaker.allows(30_000)).isTrue();
        assertThat(breaker.state(30_000)).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        breaker.succeeded();
        breaker.succeeded();

        assertThat(breaker.state(30_001)).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aFailureWhileHalfOpenOpensItAgain() {
        CircuitBreaker breaker = opened(0);
        breaker.allows(30_000);

        breaker.failed(30_000);

        assertThat(breaker.allows(59_999)).isFalse();
        assertThat(breaker.allows(60_000)).isTrue();
    }

    private static CircuitBreaker opened(long at) {
        CircuitBreaker breaker = new CircuitBreaker();
        for (int i = 0; i < CircuitBreaker.WINDOW; i++) {
            breaker.failed(at);
        }
        return breaker;
    }
}
