package io.fastscanner.marketdata;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Creates the market data source at start-up, so a bad configuration fails the start and the first scan is fast. */
@ApplicationScoped
public class MarketDataWarmup {

    private final MarketDataSource source;

    MarketDataWarmup(MarketDataSource source) {
        this.source = source;
    }

    void onStart(@Observes StartupEvent event) {
        source.exchange();
    }
}
