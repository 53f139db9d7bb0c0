package io.fastscanner.scan;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketDataException;
import io.fastscanner.marketdata.ForwardingMarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.ReplayDataSet;
import io.fastscanner.marketdata.ReplayMarketDataSource;
import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;

/**
 * The bundled replay data, with two test controls: 4h candle requests wait for {@link #GATE} to open, and once
 * {@link #failingArmed} is set, 1h requests for {@link #FAILING} fail like an exchange error.
 */
@Alternative
@Singleton
public class GatedMarketDataSource extends ForwardingMarketDataSource {

    static volatile CompletableFuture<Void> GATE = new CompletableFuture<>();
    static volatile boolean failingArmed;
    static final MarketSymbol FAILING = MarketSymbol.of("HOLO", "USDT");

    public GatedMarketDataSource() {
        super(new ReplayMarketDataSource(ReplayDataSet.bundled(), false));
    }

    @Override
    public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
        if (failingArmed && symbol.equals(FAILING) && timeframe == Timeframe.H1) {
            return Uni.createFrom().failure(new MarketDataException("http_500", "exchange error (test)"));
        }
        if (timeframe == Timeframe.H4) {
            // a copy: cancelling one waiting request must not cancel the gate itself
            return Uni.createFrom().completionStage(GATE.copy()).onItem()
                    .transformToUni(ignored -> delegate.candles(symbol, timeframe, limit));
        }
        return delegate.candles(symbol, timeframe, limit);
    }
}
