package io.fastscanner.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one clock of the service (UTC wall time): timestamps of rows, events and alerts, live sources' "now" and the
 * exchanges' request windows all read it. A default bean, so a test can put its own clock in its place. Durations
 * are measured with {@link System#nanoTime()}, which no clock change can disturb.
 */
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
