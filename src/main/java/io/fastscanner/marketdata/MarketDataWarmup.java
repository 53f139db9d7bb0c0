package io.fastscanner.marketdata;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Creates the market data source at start-up, so a bad configuration fails the start and the first scan is fast. */
@jakarta.enterprise.context.ApplicationScoped
public class MarketDataWarmup {

    @Inject
    MarketDataSource source;

    void onStart(@Observes StartupEvent event) {
        source.name();
    }
}
