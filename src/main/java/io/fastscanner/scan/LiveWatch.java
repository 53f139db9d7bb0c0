package io.fastscanner.scan;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketDataSources;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.live.LiveConfig;
import io.fastscanner.marketdata.live.LiveStreams;
import io.fastscanner.marketdata.live.StreamKey;
import io.fastscanner.scan.ScanLifecycle.ObserverOrder;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Chooses what the live streams watch: from start-up the default universe on {@code scanner.live.timeframes}, then
 * the symbols and timeframe of every scan, each series holding as many candles as a scan of its timeframe reads.
 */
@ApplicationScoped
public class LiveWatch {

    private static final Logger LOG = Logger.getLogger(LiveWatch.class);

    private final LiveStreams live;
    private final LiveConfig config;
    private final MarketDataSources sources;
    private final QuickScanService scans;
    private final UniverseConfig universe;

    LiveWatch(
            LiveStreams live,
            LiveConfig config,
            MarketDataSources sources,
            QuickScanService scans,
            UniverseConfig universe) {
        this.live = live;
        this.config = config;
        this.sources = sources;
        this.scans = scans;
        this.universe = universe;
    }

    void onStart(@Observes StartupEvent event) {
        if (!live.enabled() || !config.watchUniverse()) {
            return;
        }
        MarketDataSource source = sources.defaultSource();
        Exchange exchange = source.exchange();
        if (!live.streams(exchange)) {
            return;
        }
        String quote = universe.quote().orElse(source.defaultQuote());
        source.tickers()
                .onFailure()
                .invoke(failure -> LOG.infof(
                        "The universe to stream on %s is not known yet (%s); asking again", exchange.id(), failure))
                .onFailure()
                .retry()
                .withBackOff(Duration.ofSeconds(5), Duration.ofMinutes(2))
                .indefinitely()
                .subscribe()
                .with(tickers -> {
                    List<StreamKey> keys = config.timeframes().stream()
                            .flatMap(tf -> Universe.top(tickers.values(), quote, universe.size()).stream()
                                    .map(symbol -> new StreamKey(symbol, tf)))
                            .toList();
                    watch(exchange, keys);
                });
    }

    void onScan(@Observes @Priority(ObserverOrder.START_DEEP_ANALYSIS) ScanLifecycle.QuickScanCompleted event) {
        if (!live.enabled()) {
            return;
        }
        Map<Exchange, List<StreamKey>> byExchange = event.result().rows().stream()
                .filter(row -> !row.failed() && live.streams(row.exchange()))
                .collect(Collectors.groupingBy(
                        ScanRow::exchange,
                        Collectors.mapping(row -> new StreamKey(row.symbol(), row.timeframe()), Collectors.toList())));
        byExchange.forEach(this::watch);
    }

    private void watch(Exchange exchange, List<StreamKey> keys) {
        Map<Timeframe, List<StreamKey>> byTimeframe =
                keys.stream().collect(Collectors.groupingBy(StreamKey::timeframe));
        byTimeframe.forEach((tf, ofTf) -> live.watch(exchange, ofTf, scans.candlesToFetch(tf)));
    }
}
