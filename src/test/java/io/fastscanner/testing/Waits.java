package io.fastscanner.testing;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * How the tests wait: with Awaitility, bounded, and named after what they wait for, so a timeout says what did not
 * happen. The bound is generous because the tests share two cores with other builds; a condition that already holds
 * returns at the first check.
 */
public final class Waits {

    /** The longest any test waits for something that should happen. */
    public static final Duration AT_MOST = Duration.ofSeconds(60);
    /** How often a condition is checked. */
    public static final Duration POLL = Duration.ofMillis(20);

    private Waits() {}

    /** Awaitility's {@code await(what)}, checked at once and every {@link #POLL}, for at most {@link #AT_MOST}. */
    public static ConditionFactory await(String what) {
        return Awaitility.await(what).atMost(AT_MOST).pollDelay(Duration.ZERO).pollInterval(POLL);
    }
}
