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

/**
 * A source whose candles come from memory when the exchange's stream holds them fresh, and from the source behind it
 * otherwise; likewise the 24 h tickers, refreshed in the background while streams run. A scan whose series are all
 * fresh makes no request.
 */
final class LiveMarketDataSource extends ForwardingMarketDataSource {

    private final ExchangeStreams streams;
    private final LiveTickers tickers;
    private final Duration tickerMaxAge;

    LiveMarketDataSource(
            MarketDataSource delegate, ExchangeStreams streams, LiveTickers tickers, Duration tickerMaxAge) {
        super(delegate);
        this.streams = streams;
        this.tickers = tickers;
        this.tickerMaxAge = tickerMaxAge;
    }

    @Override
    public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
        Optional<CandleSeries> fresh =
                streams.fresh(new StreamKey(symbol, timeframe), now().toEpochMilli(), Math.min(limit, maxCandles()));
        return fresh.map(series -> Uni.createFrom().item(series))
                .orElseGet(() -> delegate.candles(symbol, timeframe, limit));
    }

    @Override
    public Uni<Map<MarketSymbol, Ticker24h>> tickers() {
        long now = now().toEpochMilli();
        return tickers.current(now, tickerMaxAge.toMillis())
                .map(current -> Uni.createFrom().item(current))
                .orElseGet(() -> delegate.tickers().invoke(fetched -> tickers.remember(fetched, now)));
    }
}
