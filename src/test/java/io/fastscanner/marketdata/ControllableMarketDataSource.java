package io.fastscanner.marketdata;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The market data source the service builds ({@link MarketDataSourceFactory}, from the same configuration), with
 * controls for tests that must hold a scan still at a chosen point. While no control is set it passes every call
 * through unchanged. Enabled by {@code ControlledSourceProfile}; a test injects it and calls {@link #reset()} first.
 * <ul>
 * <li>{@link #holdTickers()}: ticker requests wait until the returned gate is completed (or fail with its
 * exception);</li>
 * <li>{@link #holdCandles}: candle requests of one timeframe wait likewise;</li>
 * <li>{@link #failCandles}: candle requests of one symbol and timeframe fail like an exchange error
 * ({@code http_500});</li>
 * <li>{@link #candleRequests}: how many candle requests of a timeframe were made.</li>
 * </ul>
 */
@Alternative
@Singleton
public class ControllableMarketDataSource extends ForwardingMarketDataSource {

    private static final CompletableFuture<Void> OPEN = CompletableFuture.completedFuture(null);

    private record Failure(MarketSymbol symbol, Timeframe timeframe) {}

    private volatile CompletableFuture<Void> tickerGate = OPEN;
    private final Map<Timeframe, CompletableFuture<Void>> candleGates = new ConcurrentHashMap<>();
    private volatile Failure failure;
    private final Map<Timeframe, AtomicInteger> candleRequests = new ConcurrentHashMap<>();

    ControllableMarketDataSource(SourceConfig config, MarketDataSourceFactory factory) {
        super(factory.open(config.source()));
    }

    /** Opens every gate and stops failing; the request counts go on. */
    public void reset() {
        tickerGate.complete(null);
        tickerGate = OPEN;
        candleGates.values().forEach(gate -> gate.complete(null));
        candleGates.clear();
        failure = null;
    }

    /** Ticker requests from now on wait for the returned gate. */
    public CompletableFuture<Void> holdTickers() {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        tickerGate = gate;
        return gate;
    }

    /** Candle requests of {@code timeframe} from now on wait for the returned gate. */
    public CompletableFuture<Void> holdCandles(Timeframe timeframe) {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        candleGates.put(timeframe, gate);
        return gate;
    }

    /** Candle requests of {@code symbol} and {@code timeframe} from now on fail like an exchange error. */
    public void failCandles(MarketSymbol symbol, Timeframe timeframe) {
        failure = new Failure(symbol, timeframe);
    }

    /** Candle requests of {@code timeframe} made so far (held and failed ones included). */
    public int candleRequests(Timeframe timeframe) {
        AtomicInteger count = candleRequests.get(timeframe);
        return count == null ? 0 : count.get();
    }

    @Override
    public Uni<Map<MarketSymbol, Ticker24h>> tickers() {
        return after(tickerGate, delegate::tickers);
    }

    @Override
    public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
        candleRequests.computeIfAbsent(timeframe, tf -> new AtomicInteger()).incrementAndGet();
        if (new Failure(symbol, timeframe).equals(failure)) {
            return Uni.createFrom().failure(new MarketDataException("http_500", "exchange error (test)"));
        }
        return after(candleGates.getOrDefault(timeframe, OPEN), () -> delegate.candles(symbol, timeframe, limit));
    }

    private static <T> Uni<T> after(CompletableFuture<Void> gate, Supplier<Uni<T>> call) {
        // a copy: a cancelled wait must not cancel the gate itself
        return Uni.createFrom().completionStage(gate.copy()).onItem().transformToUni(ignored -> call.get());
    }
}
