package io.fastscanner.marketdata;

import io.fastscanner.marketdata.binance.BinanceMarketDataSource;
import io.fastscanner.marketdata.exchanges.SpotSources;
import io.fastscanner.marketdata.live.LiveStreams;
import io.fastscanner.marketdata.synthetic.SyntheticConfig;
import io.fastscanner.marketdata.synthetic.SyntheticMarketDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Opens the market data source of one exchange, behind its own candle cache and, when they run, its live streams. */
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
    private final LiveStreams live;

    MarketDataSourceFactory(
            SourceConfig config,
            ReplayConfig replay,
            SyntheticConfig synthetic,
            Clock clock,
            Instance<BinanceMarketDataSource> binance,
            SpotSources spot,
            LiveStreams live) {
        this.config = config;
        this.replay = replay;
        this.synthetic = synthetic;
        this.clock = clock;
        this.binance = binance;
        this.spot = spot;
        this.live = live;
    }

    /** Whether a request naming {@code exchange} replays its recorded candles instead of calling it. */
    public boolean replays(Exchange exchange) {
        return recordings(exchange).isPresent();
    }

    /** {@code <scanner.replay.dir>/<exchange>/}, when the service replays and that directory exists. */
    private Optional<Path> recordings(Exchange exchange) {
        if (config.source() != Exchange.REPLAY || !exchange.isLive()) {
            return Optional.empty();
        }
        return replay.dir().map(dir -> Path.of(dir, exchange.id())).filter(Files::isDirectory);
    }

    public MarketDataSource open(Exchange exchange) {
        Optional<Path> recorded = recordings(exchange);
        MarketDataSource chosen = recorded.isPresent()
                ? new ReplayMarketDataSource(
                        ReplayDataSet.fromDirectory(recorded.get()), replay.advancePerScan(), exchange)
                : source(exchange);
        LOG.infof("Market data source: %s (clock %s)", chosen.exchange(), chosen.now());
        MarketDataSource cached = new CachingMarketDataSource(chosen, config.cacheMaxSeries());
        return chosen.live() ? live.attach(cached, chosen) : cached;
    }

    private MarketDataSource source(Exchange exchange) {
        return switch (exchange) {
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
    }
}
