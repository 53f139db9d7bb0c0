package io.fastscanner.scan;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketDataSources;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.live.CandleClosed;
import io.fastscanner.scan.ScanLifecycle.ObserverOrder;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Recomputes a watched symbol's quick signal as soon as a candle closes on its exchange's stream, from the candles in
 * memory, and fires it as a {@link SignalUpdate} (the {@code signalUpdated} event, then the alerts of the change
 * rules). Once per candle: duplicated closes and repeated repairs of the same candle are ignored, and the first load
 * of a series only sets where it starts.
 */
@ApplicationScoped
public class LiveSignals {

    private static final Logger LOG = Logger.getLogger(LiveSignals.class);

    private record Key(Listing listing, Timeframe timeframe) {}

    /** A row and the scan (or the candle close) it came from. */
    private record Known(String scanId, ScanRow row) {}

    private final MarketDataSources sources;
    private final QuickScanConfig config;
    private final CandleClaims claims;
    private final Event<SignalUpdate> updates;
    private final Clock clock;
    private final Map<Key, Long> lastCandle = new ConcurrentHashMap<>();
    private final Map<Key, Known> known = new ConcurrentHashMap<>();

    LiveSignals(
            MarketDataSources sources,
            QuickScanConfig config,
            CandleClaims claims,
            Event<SignalUpdate> updates,
            Clock clock) {
        this.sources = sources;
        this.config = config;
        this.claims = claims;
        this.updates = updates;
        this.clock = clock;
    }

    /** Each scan's rows become the signals the next updates are compared with. */
    void onScan(@Observes @Priority(ObserverOrder.TRACK_CHANGES) ScanLifecycle.QuickScanCompleted event) {
        String scanId = event.result().scanId();
        for (ScanRow row : event.result().rows()) {
            if (!row.failed()) {
                known.put(new Key(new Listing(row.exchange(), row.symbol()), row.timeframe()), new Known(scanId, row));
            }
        }
    }

    void onClose(@Observes CandleClosed closed) {
        Key key = new Key(closed.listing(), closed.timeframe());
        long candle = closed.candleOpenMs();
        long[] before = {-1};
        lastCandle.compute(key, (k, old) -> {
            before[0] = old == null ? -1 : old;
            return old == null ? candle : Math.max(old, candle);
        });
        if (before[0] < 0 || candle <= before[0]) {
            return; // the series' first load, or a candle already handled
        }
        sources.inUse(closed.listing().exchange()).ifPresent(source -> recompute(source, key, candle));
    }

    private void recompute(MarketDataSource source, Key key, long candleOpenMs) {
        Uni<CandleSeries> candles = source.candles(key.listing().symbol(), key.timeframe(), config.candles());
        Uni.combine()
                .all()
                .unis(candles, source.tickers())
                .asTuple()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(both -> QuickSignalCalculator.analyse(
                        both.getItem1(),
                        both.getItem2().get(key.listing().symbol()),
                        key.listing().exchange(),
                        source.live(),
                        source.now(),
                        clock.instant()))
                .call(analysis -> claims.claim(claimId(key, candleOpenMs)).invoke(won -> {
                    if (won
                            && Instant.ofEpochMilli(candleOpenMs)
                                    .equals(analysis.row().candleTime())) {
                        publish(key, analysis, candleOpenMs);
                    }
                }))
                .subscribe()
                .with(
                        analysis -> {},
                        failure -> LOG.infof(
                                "No live signal for %s %s: %s", key.listing(), key.timeframe(), failure.getMessage()));
    }

    private void publish(Key key, SymbolAnalysis analysis, long candleOpenMs) {
        ScanRow row = analysis.row();
        Known before = known.get(key);
        String scanId = before != null && !before.scanId().startsWith("live:")
                ? before.scanId()
                : "live:" + key.listing().exchange().id() + ":"
                        + key.timeframe().label() + ":"
                        + Instant.ofEpochMilli(candleOpenMs + key.timeframe().millis());
        known.put(key, new Known(scanId, row));
        updates.fire(new SignalUpdate(scanId, analysis, before == null ? null : before.row()));
    }

    private static String claimId(Key key, long candleOpenMs) {
        return key.listing().exchange().id() + ":" + key.listing().symbol() + ":"
                + key.timeframe().label() + ":" + candleOpenMs;
    }
}
