package io.fastscanner.bench;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.synthetic.SyntheticMarketDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's {@code /klines} answers: {@code limit - 1} closed candles of the synthetic market plus the still
 * forming one, as Binance sends them. Answers prepared in advance are served while no new candle has closed.
 */
final class KlineBodies {

    private record Prepared(long period, byte[] body) {}

    private final SyntheticMarketDataSource market;
    private final Clock clock;
    private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();

    KlineBodies(SyntheticMarketDataSource market, Clock clock) {
        this.market = market;
        this.clock = clock;
    }

    void prepare(List<MarketSymbol> symbols, Timeframe timeframe, int limit) {
        for (MarketSymbol symbol : symbols) {
            long period = period(timeframe);
            byte[] body = build(symbol, timeframe, limit);
            if (body != null) {
                prepared.put(key(symbol, timeframe, limit), new Prepared(period, body));
            }
        }
    }

    void clear() {
        prepared.clear();
    }

    /** The answer, or null for a symbol the market does not have. */
    byte[] body(MarketSymbol symbol, Timeframe timeframe, int limit) {
        Prepared p = prepared.get(key(symbol, timeframe, limit));
        if (p != null && p.period() == period(timeframe)) {
            return p.body();
        }
        return build(symbol, timeframe, limit);
    }

    private long period(Timeframe timeframe) {
        return Math.floorDiv(clock.millis(), timeframe.millis());
    }

    private static String key(MarketSymbol symbol, Timeframe timeframe, int limit) {
        return symbol + "|" + timeframe.label() + "|" + limit;
    }

    private byte[] build(MarketSymbol symbol, Timeframe timeframe, int limit) {
        CandleSeries closed;
        try {
            closed = market.candles(symbol, timeframe, limit - 1).await().indefinitely();
        } catch (RuntimeException e) {
            return null;
        }
        long interval = timeframe.millis();
        StringBuilder json = new StringBuilder(closed.size() * 140 + 200).append('[');
        for (int i = 0; i < closed.size(); i++) {
            row(
                    json,
                    closed.openTime(i),
                    closed.opens()[i],
                    closed.highs()[i],
                    closed.lows()[i],
                    closed.closes()[i],
                    closed.volumes()[i],
                    interval);
            json.append(',');
        }
        // the forming candle: opened at the last close, closes in the future
        long formingOpen = closed.isEmpty()
                ? Math.floorDiv(clock.millis(), interval) * interval
                : closed.openTime(closed.size() - 1) + interval;
        double last = closed.isEmpty() ? 1.0 : closed.closes()[closed.size() - 1];
        row(json, formingOpen, last, last, last, last, 0.0, interval);
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(
            StringBuilder json, long open, double o, double h, double l, double c, double v, long interval) {
        double typical = (h + l + c) / 3;
        json.append('[')
                .append(open)
                .append(",\"")
                .append(o)
                .append("\",\"")
                .append(h)
                .append("\",\"")
                .append(l)
                .append("\",\"")
                .append(c)
                .append("\",\"")
                .append(v)
                .append("\",")
                .append(open + interval - 1)
                .append(",\"")
                .append(v * typical)
                .append("\",")
                .append(1000)
                .append(",\"")
                .append(v / 2)
                .append("\",\"")
                .append(v * typical / 2)
                .append("\",\"0\"]");
    }
}
