package io.fastscanner.marketdata.binance;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The wall clock (UTC) of live sources; a default bean, so tests and other modules can supply their own. */
public class WallClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock wallClock() {
        return Clock.systemUTC();
    }
}
