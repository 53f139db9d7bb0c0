package io.fastscanner.bench;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A loopback Binance spot exchange for benchmarks ({@link BinanceVenue} on a {@link LoopbackServer}) over a
 * {@link io.fastscanner.marketdata.synthetic.SyntheticMarketDataSource} of any size: latency ± jitter by timer,
 * Binance's request weight per UTC minute, counters. {@link #reset()} empties the current minute, so that every
 * benchmark run starts with the same fresh budget. The other exchanges are simulated by {@link SpotSimulator}.
 */
public final class ExchangeSimulator implements AutoCloseable {

    public static final int WEIGHT_LIMIT = 6000;
    static final int MAX_KLINES = 1000;

    /** Counters since the last reset. */
    public record Stats(
            Map<String, Long> requests,
            long total,
            long rateLimited,
            int peakWeight,
            int peakInFlight,
            long connections) {}

    private final SimulatedMarket market;
    private final BinanceKlines klines;
    private final BinanceVenue venue;
    private final LoopbackServer server;

    /** The simulated Binance every run of the bench uses: the options' market size, latency and jitter, seed 42. */
    static ExchangeSimulator forBench(Vertx vertx, BenchOptions options) {
        return new ExchangeSimulator(
                vertx,
                options.marketSize(),
                42,
                Duration.ofMillis(options.latencyMs),
                Duration.ofMillis(options.jitterMs),
                WEIGHT_LIMIT);
    }

    public ExchangeSimulator(Vertx vertx, int symbols, long seed, Duration latency, Duration jitter, int weightLimit) {
        PinnedClock clock = new PinnedClock(Clock.systemUTC());
        this.market = new SimulatedMarket(symbols, seed, clock, "USDT", null);
        this.klines = new BinanceKlines(market.source(), clock);
        this.venue = new BinanceVenue(market, klines, weightLimit);
        this.server = new LoopbackServer(vertx, venue, latency, jitter);
    }

    /** Starts listening on 127.0.0.1 (port 0: any free port) and returns the port. */
    public int start(int port) {
        return server.start(port);
    }

    /** The candles the klines endpoint serves, for a kline stream simulator ({@link BinanceStreams}) to push. */
    BinanceKlines klines() {
        return klines;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /**
     * Clears the counters and the weight used in the current UTC minute, so a run gets its whole 6000 budget. The
     * 24 h tickers are computed again.
     */
    public synchronized void reset() {
        server.reset();
        market.reset();
    }

    public synchronized Stats stats() {
        LoopbackServer.Stats s = server.stats();
        return new Stats(
                s.requests(),
                s.total(),
                s.rateLimited(),
                s.peakUse().values().iterator().next(),
                s.peakInFlight(),
                s.connections());
    }

    /** When each request since the last reset arrived, and at which endpoint. */
    List<LoopbackServer.Arrival> arrivals() {
        return server.arrivals();
    }

    /** The market's symbols ordered by 24 h quote volume, highest first, as the ticker endpoint serves them now. */
    public List<MarketSymbol> symbolsByVolume() {
        return market.symbolsByVolume();
    }

    /**
     * Builds the kline answers of {@code symbols} now, so that building them (about 150 KB of JSON each) does not
     * compete for the CPUs with the service during the measured scan; a real exchange builds them elsewhere.
     */
    public void prepareKlines(List<MarketSymbol> symbols, Timeframe timeframe, int limit) {
        venue.prepareKlines(symbols, timeframe, Math.max(1, Math.min(MAX_KLINES, limit)));
    }

    @Override
    public void close() {
        server.close();
    }
}
