package io.fastscanner.marketdata;

import io.fastscanner.marketdata.binance.BinanceMarketDataSource;
import io.fastscanner.marketdata.synthetic.SyntheticConfig;
import io.fastscanner.marketdata.synthetic.SyntheticMarketDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Chooses the market data source named by {@code scanner.source}: replay (default), binance or synthetic. */
@ApplicationScoped
public class MarketDataSourceProducer {

    private static final Logger LOG = Logger.getLogger(MarketDataSourceProducer.class);

    private final SourceConfig config;
    /** Resolved only when chosen, so the REST client and its configuration are not touched otherwise. */
    private final Instance<BinanceMarketDataSource> binance;

    MarketDataSourceProducer(SourceConfig config, Instance<BinanceMarketDataSource> binance) {
        this.config = config;
        this.binance = binance;
    }

    @Produces
    @Singleton
    MarketDataSource marketDataSource(ReplayConfig replay, SyntheticConfig synthetic, Clock clock) {
        MarketDataSource chosen = switch (config.source()) {
            case REPLAY ->
                new ReplayMarketDataSource(
                        replay.dir()
                                .map(dir -> ReplayDataSet.fromDirectory(Path.of(dir)))
                                .orElseGet(ReplayDataSet::bundled),
                        replay.advancePerScan());
            case BINANCE -> binance.get();
            case SYNTHETIC -> new SyntheticMarketDataSource(synthetic.symbols(), synthetic.seed(), clock);
        };
        LOG.infof("Market data source: %s (clock %s)", chosen.exchange(), chosen.now());
        return new CachingMarketDataSource(chosen, config.cacheMaxSeries());
    }
}
