package io.fastscanner.scan;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.ForwardingMarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.ReplayDataSet;
import io.fastscanner.marketdata.ReplayMarketDataSource;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** The bundled replay data, whose ticker answers wait for {@link #tickerGate}; counts 1h candle requests. */
@Alternative
@Singleton
public class SlowTickerMarketDataSource extends ForwardingMarketDataSource {

    static volatile CompletableFuture<Void> tickerGate = CompletableFuture.completedFuture(null);
    static final AtomicInteger hourlyCandleRequests = new AtomicInteger();

    public SlowTickerMarketDataSource() {
        super(new ReplayMarketDataSource(ReplayDataSet.bundled(), false));
    }

    @Override
    public Uni<Map<MarketSymbol, Ticker24h>> tickers() {
        // a copy: a cancelled wait must not cancel the gate itself
        return Uni.createFrom().completionStage(tickerGate.copy()).onItem().transformToUni(x -> delegate.tickers());
    }

    @Override
    public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
        if (timeframe == Timeframe.H1) {
            hourlyCandleRequests.incrementAndGet();
        }
        return delegate.candles(symbol, timeframe, limit);
    }
}
