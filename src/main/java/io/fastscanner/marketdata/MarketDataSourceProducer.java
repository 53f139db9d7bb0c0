package io.fastscanner.marketdata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The market data source of {@code scanner.source}: replay (default), binance, bybit, okx, ... or synthetic. */
@ApplicationScoped
public class MarketDataSourceProducer {

    @Produces
    @Singleton
    MarketDataSource marketDataSource(SourceConfig config, MarketDataSourceFactory factory) {
        return factory.open(config.source());
    }
}
