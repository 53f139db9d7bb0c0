package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.ForwardingMarketDataSource;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A source whose candles come from memory when the exchange's stream holds them fresh, and from the source behind it
 * otherwise; likewise the 24 h tickers, refreshed in the background while streams run. A scan whose series are all
 * fresh makes no request.
 */
final class LiveMarketDataSource extends ForwardingMarketDataSource {

    private final ExchangeStreams streams;
    private final LiveTickers tickers;
    private final Duration tickerMaxAge;
    private final Duration closeGrace;

    LiveMarketDataSource(
            MarketDataSource delegate,
            ExchangeStreams streams,
            LiveTickers tickers,
            Duration tickerMaxAge,
            Duration closeGrace) {
        super(delegate);
        this.streams = streams;
        this.tickers = tickers;
        this.tickerMaxAge = tickerMaxAge;
        this.closeGrace = closeGrace;
    }

    /**
     * From memory when fresh. Just after a boundary, a series that lacks only the candle that has just closed waits
     * for its stream to push it, until {@code scanner.live.close-grace} after the boundary: a scan started on the
     * boundary (a scheduled one) is then answered from memory too. Otherwise by request.
     */
    @Override
    public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
        StreamKey key = new StreamKey(symbol, timeframe);
        int wanted = Math.min(limit, maxCandles());
        long now = now().toEpochMilli();
        Optional<CandleSeries> fresh = streams.fresh(key, now, wanted);
        if (fresh.isPresent()) {
            return Uni.createFrom().item(fresh.get());
        }
        Optional<CompletionStage<Void>> due = streams.closeDue(key, now, closeGrace.toMillis());
        if (due.isEmpty()) {
            return delegate.candles(symbol, timeframe, limit);
        }
        long boundary = timeframe.nextCloseAfter(now) - timeframe.millis();
        Duration left = Duration.ofMillis(Math.max(1, boundary + closeGrace.toMillis() - now));
        return Uni.createFrom()
                .completionStage(due.get())
                .ifNoItem()
                .after(left)
                .recoverWithItem(() -> null)
                .flatMap(closed -> streams.fresh(key, now().toEpochMilli(), wanted)
                        .map(series -> Uni.createFrom().item(series))
                        .orElseGet(() -> delegate.candles(symbol, timeframe, limit)));
    }

    @Override
    public Uni<Map<MarketSymbol, Ticker24h>> tickers() {
        long now = now().toEpochMilli();
        return tickers.current(now, tickerMaxAge.toMillis())
                .map(current -> Uni.createFrom().item(current))
                .orElseGet(() -> delegate.tickers().invoke(fetched -> tickers.remember(fetched, now)));
    }
}
