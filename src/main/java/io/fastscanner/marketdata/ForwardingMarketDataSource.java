package io.fastscanner.marketdata;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A source that hands every call to another one; subclasses change what they need (e.g. caching candles). */
public abstract class ForwardingMarketDataSource implements MarketDataSource {

    protected final MarketDataSource delegate;

    protected ForwardingMarketDataSource(MarketDataSource delegate) {
        this.delegate = delegate;
    }

    @Override
    public Exchange exchange() {
        return delegate.exchange();
    }

    @Override
    public int maxCandles() {
        return delegate.maxCandles();
    }

    @Override
    public Uni<Set<MarketSymbol>> symbols() {
        return delegate.symbols();
    }

    @Override
    public Uni<Map<MarketSymbol, Ticker24h>> tickers() {
        return delegate.tickers();
    }

    @Override
    public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
        return delegate.candles(symbol, timeframe, limit);
    }

    @Override
    public List<Timeframe> timeframes() {
        return delegate.timeframes();
    }

    @Override
    public Instant now() {
        return delegate.now();
    }

    @Override
    public void beforeScan(Timeframe timeframe) {
        delegate.beforeScan(timeframe);
    }

    @Override
    public Duration budgetTime(int series, Timeframe timeframe, int candles) {
        return delegate.budgetTime(series, timeframe, candles);
    }

    @Override
    public boolean live() {
        return delegate.live();
    }

    @Override
    public String defaultQuote() {
        return delegate.defaultQuote();
    }

    @Override
    public Uni<ExchangeState> state() {
        return delegate.state();
    }

    public MarketDataSource delegate() {
        return delegate;
    }
}
