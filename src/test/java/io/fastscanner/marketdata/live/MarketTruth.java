package io.fastscanner.marketdata.live;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The one market behind the tests' stand-ins of the exchanges, their requests (WireMock) and their streams
 * ({@link LoopbackStreamServer}): a symbol's candle is a fixed function of its exchange spelling ({@code BTCUSDT},
 * whatever the exchange) and its open time, and the candle forming is the one the service's clock stands in. A
 * request thus always answers what the stream says, as long as the clock and the pushes agree.
 */
public final class MarketTruth {

    public static final long HOUR = 3_600_000L;

    private final List<String> binanceBases;
    private volatile Clock clock = Clock.systemUTC();

    /** {@code binanceBases}: Binance's tradable bases (quoted in USDT), the most traded first. */
    public MarketTruth(List<String> binanceBases) {
        this.binanceBases = List.copyOf(binanceBases);
    }

    /** From now on the market's time is the service's clock (until then the system's, which it starts at). */
    public void clock(Clock serviceClock) {
        this.clock = serviceClock;
    }

    public long nowMs() {
        return clock.millis();
    }

    public List<String> binanceBases() {
        return binanceBases;
    }

    /** Open time of the candle forming now. */
    public long formingOpen(long intervalMs) {
        long now = nowMs();
        return now - Math.floorMod(now, intervalMs);
    }

    /** The candle of {@code symbol} (exchange spelling, no separator) opening at {@code openMs}. */
    public TruthCandle candle(String symbol, long intervalMs, long openMs) {
        long k = Math.floorDiv(openMs, intervalMs);
        int seed = symbol.hashCode();
        double open = price(seed, k - 1);
        double close = price(seed, k);
        double wick = 0.002 + 0.001 * Math.abs(Math.sin(k * 1.7 + seed));
        return new TruthCandle(
                openMs,
                intervalMs,
                TruthCandle.decimal(open),
                TruthCandle.decimal(Math.max(open, close) * (1 + wick)),
                TruthCandle.decimal(Math.min(open, close) * (1 - wick)),
                TruthCandle.decimal(close),
                TruthCandle.decimal(100 + Math.floorMod(k * 37 + seed, 50)));
    }

    /** The hourly candle of {@code symbol} opening at {@code openMs}. */
    public TruthCandle hourly(String symbol, long openMs) {
        return candle(symbol, HOUR, openMs);
    }

    /** The candles opening from {@code fromOpenMs} to {@code toOpenMs}, both included, oldest first. */
    public List<TruthCandle> candles(String symbol, long intervalMs, long fromOpenMs, long toOpenMs) {
        List<TruthCandle> candles = new ArrayList<>();
        for (long t = fromOpenMs; t <= toOpenMs; t += intervalMs) {
            candles.add(candle(symbol, intervalMs, t));
        }
        return candles;
    }

    private static double price(int seed, long k) {
        double base = 20 + Math.floorMod(seed, 80);
        double phase = Math.floorMod(seed, 628) / 100.0;
        return base * (1 + 0.05 * Math.sin(k * 0.13 + phase) + 0.02 * Math.sin(k * 0.71 + 2 * phase));
    }
}
