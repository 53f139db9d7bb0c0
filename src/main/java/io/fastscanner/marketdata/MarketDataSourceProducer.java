package io.fastscanner.marketdata;

import io.fastscanner.marketdata.binance.BinanceMarketDataSource;
import io.fastscanner.marketdata.synthetic.SyntheticConfig;
import io.fastscanner.marketdata.synthetic.SyntheticMarketDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Chooses the market data source named by {@code scanner.source}: replay (default), binance or synthetic. */
@ApplicationScoped
public class MarketDataSourceProducer {

    private static final Logger LOG = Logger.getLogger(MarketDataSourceProducer.class);

    @ConfigProperty(name = "scanner.source", defaultValue = "replay")
    String source;

    /** Most candle series kept in memory (one per symbol and timeframe); beyond it, expired ones are dropped. */
    @ConfigProperty(name = "scanner.cache.max-series", defaultValue = "20000")
    int cacheMaxSeries;

    /** Resolved only when chosen, so the REST client and its configuration are not touched otherwise. */
    @Inject
    Instance<BinanceMarketDataSource> binance;

    @Produces
    @Singleton
    MarketDataSource marketDataSource(ReplayConfig replay, SyntheticConfig synthetic) {
        MarketDataSource chosen = switch (source.trim().toLowerCase(java.util.Locale.ROOT)) {
            case ReplayMarketDataSource.NAME -> new ReplayMarketDataSource(replay.dir()
                    .map(dir -> ReplayDataSet.fromDirectory(Path.of(dir)))
                    .orElseGet(ReplayDataSet::bundled), replay.advancePerScan());
            case BinanceMarketDataSource.NAME -> binance.get();
            case SyntheticMarketDataSource.NAME -> new SyntheticMarketDataSource(synthetic.symbols(),
                    synthetic.seed(), Clock.systemUTC());
            default -> throw new IllegalArgumentException(
                    "scanner.source must be one of replay, binance, synthetic; got '" + source + "'");
        };
        LOG.infof("Market data source: %s (clock %s)", chosen.name(), chosen.now());
        return new CachingMarketDataSource(chosen, cacheMaxSeries);
    }
}
