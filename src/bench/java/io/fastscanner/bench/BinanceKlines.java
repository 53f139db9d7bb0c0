package io.fastscanner.bench;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.synthetic.SyntheticMarketDataSource;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated Binance's candles, one source for its REST klines ({@link KlineBodies}) and its kline streams
 * ({@link BinanceStreams}), so that a series repaired from REST and kept from the stream agree. Closed candles are
 * the synthetic market's. The forming candle at time t is its final candle seen a fraction f = (t - open) / interval
 * of the way: the same open, the close moved f of the way from the open to the final close, the wicks and the volume
 * grown in proportion. It reaches the final candle at the close, and REST and stream serve the same one at any moment.
 */
final class BinanceKlines {

    private record Final(Candle candle, long expiresMs) {}

    private static final int CACHE_LIMIT = 20_000;

    private final SyntheticMarketDataSource market;
    private final PinnedClock clock;
    private final Set<MarketSymbol> symbols;
    private final Map<String, Final> finals = new ConcurrentHashMap<>();

    BinanceKlines(SyntheticMarketDataSource market, PinnedClock clock) {
        this.market = market;
        this.clock = clock;
        this.symbols = market.symbols().await().indefinitely();
    }

    PinnedClock clock() {
        return clock;
    }

    boolean lists(MarketSymbol symbol) {
        return symbols.contains(symbol);
    }

    /** The newest {@code count} candles closed at {@code nowMs}, oldest first; null for a symbol not listed. */
    CandleSeries closed(MarketSymbol symbol, Timeframe timeframe, int count, long nowMs) {
        if (!lists(symbol)) {
            return null;
        }
        return clock.at(
                nowMs, () -> market.candles(symbol, timeframe, count).await().indefinitely());
    }

    /** The candle opening at {@code openMs} (on the interval's grid) as it is once closed. */
    Candle complete(MarketSymbol symbol, Timeframe timeframe, long openMs) {
        String key = symbol + "|" + timeframe.label() + "|" + openMs;
        Final cached = finals.get(key);
        if (cached != null) {
            return cached.candle();
        }
        CandleSeries one = closed(symbol, timeframe, 1, openMs + timeframe.millis());
        if (one == null || one.isEmpty()) {
            return null;
        }
        Candle candle = new Candle(
                one.openTime(0), one.opens()[0], one.highs()[0], one.lows()[0], one.closes()[0], one.volumes()[0]);
        if (finals.size() >= CACHE_LIMIT) {
            long now = System.currentTimeMillis();
            finals.values().removeIf(f -> f.expiresMs() < now);
        }
        finals.put(key, new Final(candle, openMs + 3 * timeframe.millis()));
        return candle;
    }

    /** The candle forming at {@code nowMs}: the one whose interval contains it; null for a symbol not listed. */
    Candle forming(MarketSymbol symbol, Timeframe timeframe, long nowMs) {
        long step = timeframe.millis();
        long open = Math.floorDiv(nowMs, step) * step;
        Candle complete = complete(symbol, timeframe, open);
        return complete == null ? null : partial(complete, (nowMs - open) / (double) step);
    }

    /** {@code complete} a fraction {@code f} (0 to 1) of the way through its interval. */
    static Candle partial(Candle complete, double f) {
        double fraction = Math.max(0, Math.min(1, f));
        if (fraction >= 1) {
            return complete;
        }
        double open = complete.open();
        double close = open + fraction * (complete.close() - open);
        double top = Math.max(open, close);
        double bottom = Math.min(open, close);
        double high = top + fraction * (complete.high() - Math.max(open, complete.close()));
        double low = bottom - fraction * (Math.min(open, complete.close()) - complete.low());
        return new Candle(complete.openTimeMs(), open, high, low, close, fraction * complete.volume());
    }
}
