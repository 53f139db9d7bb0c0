package io.fastscanner.marketdata;

import io.fastscanner.marketdata.binance.BinanceMarketDataSource;
import io.fastscanner.marketdata.exchanges.SpotSources;
import io.fastscanner.marketdata.synthetic.SyntheticConfig;
import io.fastscanner.marketdata.synthetic.SyntheticMarketDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.nio.file.Path;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Opens the market data source of one exchange, behind its own candle cache. */
@ApplicationScoped
public class MarketDataSourceFactory {

    private static final Logger LOG = Logger.getLogger(MarketDataSourceFactory.class);

    private final SourceConfig config;
    private final ReplayConfig replay;
    private final SyntheticConfig synthetic;
    private final Clock clock;
    /** Resolved only when chosen, so the REST client and its configuration are not touched otherwise. */
    private final Instance<BinanceMarketDataSource> binance;

    private final SpotSources spot;

    MarketDataSourceFactory(
            SourceConfig config,
            ReplayConfig replay,
            SyntheticConfig synthetic,
            Clock clock,
            Instance<BinanceMarketDataSource> binance,
            SpotSources spot) {
        this.config = config;
        this.replay = replay;
        this.synthetic = synthetic;
        this.clock = clock;
        this.binance = binance;
        this.spot = spot;
    }

    public MarketDataSource open(Exchange exchange) {
        MarketDataSource chosen = switch (exchange) {
            case REPLAY ->
                new ReplayMarketDataSource(
                        replay.dir()
                                .map(dir -> ReplayDataSet.fromDirectory(Path.of(dir)))
                                .orElseGet(ReplayDataSet::bundled),
                        replay.advancePerScan());
            case BINANCE -> binance.get();
            case SYNTHETIC -> new SyntheticMarketDataSource(synthetic.symbols(), synthetic.seed(), clock);
            default ->
                spot.source(exchange)
                        .orElseThrow(() -> new IllegalStateException(exchange + " has no market data source"));
        };
        LOG.infof("Market data source: %s (clock %s)", chosen.exchange(), chosen.now());
        return new CachingMarketDataSource(chosen, config.cacheMaxSeries());
    }
}
