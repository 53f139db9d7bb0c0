package io.fastscanner.marketdata;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recorded candles served as if live. One clock for all symbols and timeframes: it starts at the close time of
 * the latest candle every series reaches, and a symbol's last closed candle is its last candle closed at or
 * before the clock. Series that end earlier than the clock are served as they are (and flagged stale by the
 * scan); nothing is ever padded.
 */
public final class ReplayMarketDataSource implements MarketDataSource {

    private final ReplayDataSet data;
    private final boolean advancePerScan;
    private final AtomicLong clockMs;
    private final AtomicBoolean scannedOnce = new AtomicBoolean();
    private final List<Timeframe> timeframes;

    private final Exchange exchange;

    public ReplayMarketDataSource(ReplayDataSet data, boolean advancePerScan) {
        this(data, advancePerScan, Exchange.REPLAY);
    }

    /** Recorded candles of {@code exchange}, whose rows name that exchange. */
    public ReplayMarketDataSource(ReplayDataSet data, boolean advancePerScan, Exchange exchange) {
        this.exchange = exchange;
        this.data = data;
        this.advancePerScan = advancePerScan;
        this.clockMs = new AtomicLong(data.commonEndMs());
        this.timeframes = data.timeframes().stream()
                .sorted(Comparator.comparing(Timeframe::millis))
                .toList();
    }

    @Override
    public Exchange exchange() {
        return exchange;
    }

    @Override
    public boolean live() {
        return false;
    }

    /** Every recorded candle up to the clock. */
    @Override
    public int maxCandles() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<Set<MarketSymbol>> symbols() {
        return Uni.createFrom().item(data.symbols());
    }

    @Override
    public Uni<Map<MarketSymbol, Ticker24h>> tickers() {
        return Uni.createFrom().item(this::tickersNow);
    }

    private Map<MarketSymbol, Ticker24h> tickersNow() {
        Map<MarketSymbol, Ticker24h> tickers = new HashMap<>();
        for (MarketSymbol symbol : data.symbols()) {
            finestSeries(symbol)
                    .map(s -> closedUpToClock(s, Integer.MAX_VALUE))
                    .filter(s -> !s.isEmpty())
                    .ifPresent(s -> tickers.put(symbol, TickerFromCandles.of(s)));
        }
        return tickers;
    }

    private Optional<CandleSeries> finestSeries(MarketSymbol symbol) {
        return timeframes.stream()
                .map(tf -> data.series(symbol, tf))
                .flatMap(Optional::stream)
                .findFirst();
    }

    @Override
    public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
        return Uni.createFrom()
                .item(() -> data.series(symbol, timeframe)
                        .map(s -> closedUpToClock(s, limit))
                        .orElseThrow(() ->
                                new NoSuchMarketDataException("no recorded " + timeframe + " candles for " + symbol)));
    }

    private CandleSeries closedUpToClock(CandleSeries series, int limit) {
        long lastOpenAllowed = clockMs.get() - series.timeframe().millis();
        int end = Arrays.binarySearch(series.openTimes(), lastOpenAllowed);
        int count = end >= 0 ? end + 1 : -end - 1;
        return series.slice(Math.max(0, count - limit), count);
    }

    @Override
    public List<Timeframe> timeframes() {
        return timeframes;
    }

    @Override
    public Instant now() {
        return Instant.ofEpochMilli(clockMs.get());
    }

    /**
     * With {@code scanner.replay.advance-per-scan}, every scan after the first moves the clock one candle of the
     * scan's timeframe forward, up to the end of the newest series.
     */
    @Override
    public void beforeScan(Timeframe timeframe) {
        if (advancePerScan && scannedOnce.getAndSet(true)) {
            long ceiling = data.latestEndMs();
            clockMs.updateAndGet(now -> Math.min(ceiling, now + timeframe.millis()));
        }
    }

    public ReplayDataSet data() {
        return data;
    }
}
