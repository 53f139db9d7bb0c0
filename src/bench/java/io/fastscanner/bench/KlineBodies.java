package io.fastscanner.bench;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulator's {@code /klines} answers: {@code limit - 1} closed candles plus the still forming one, as Binance
 * sends them, all from {@link BinanceKlines} (so they agree with the kline streams). The closed rows of answers
 * prepared in advance are served while no new candle has closed; the forming row is always the one of the moment.
 */
final class KlineBodies {

    private record Prepared(long period, byte[] closedRows) {}

    private final BinanceKlines klines;
    private final Clock clock;
    private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();

    KlineBodies(BinanceKlines klines, Clock clock) {
        this.klines = klines;
        this.clock = clock;
    }

    void prepare(List<MarketSymbol> symbols, Timeframe timeframe, int limit) {
        long now = clock.millis();
        for (MarketSymbol symbol : symbols) {
            byte[] rows = closedRows(symbol, timeframe, limit, now);
            if (rows != null) {
                prepared.put(key(symbol, timeframe, limit), new Prepared(period(timeframe, now), rows));
            }
        }
    }

    void clear() {
        prepared.clear();
    }

    /** The answer, or null for a symbol the market does not have. */
    byte[] body(MarketSymbol symbol, Timeframe timeframe, int limit) {
        long now = clock.millis();
        Prepared p = prepared.get(key(symbol, timeframe, limit));
        byte[] closed = p != null && p.period() == period(timeframe, now)
                ? p.closedRows()
                : closedRows(symbol, timeframe, limit, now);
        if (closed == null) {
            return null;
        }
        Candle forming = klines.forming(symbol, timeframe, now);
        byte[] last = row(new StringBuilder(200), forming, timeframe.millis())
                .append(']')
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[closed.length + last.length];
        System.arraycopy(closed, 0, body, 0, closed.length);
        System.arraycopy(last, 0, body, closed.length, last.length);
        return body;
    }

    private static long period(Timeframe timeframe, long nowMs) {
        return Math.floorDiv(nowMs, timeframe.millis());
    }

    private static String key(MarketSymbol symbol, Timeframe timeframe, int limit) {
        return symbol + "|" + timeframe.label() + "|" + limit;
    }

    /** {@code [} and the closed rows, each followed by a comma; null for a symbol the market does not have. */
    private byte[] closedRows(MarketSymbol symbol, Timeframe timeframe, int limit, long nowMs) {
        CandleSeries closed;
        try {
            closed = klines.closed(symbol, timeframe, limit - 1, nowMs);
        } catch (RuntimeException e) {
            return null;
        }
        if (closed == null) {
            return null;
        }
        long interval = timeframe.millis();
        StringBuilder json = new StringBuilder(closed.size() * 140 + 200).append('[');
        for (int i = 0; i < closed.size(); i++) {
            Candle c = new Candle(
                    closed.openTime(i),
                    closed.opens()[i],
                    closed.highs()[i],
                    closed.lows()[i],
                    closed.closes()[i],
                    closed.volumes()[i]);
            row(json, c, interval).append(',');
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder row(StringBuilder json, Candle c, long interval) {
        double v = c.volume();
        double typical = (c.high() + c.low() + c.close()) / 3;
        return json.append('[')
                .append(c.openTimeMs())
                .append(",\"")
                .append(CandleRows.plain(c.open()))
                .append("\",\"")
                .append(CandleRows.plain(c.high()))
                .append("\",\"")
                .append(CandleRows.plain(c.low()))
                .append("\",\"")
                .append(CandleRows.plain(c.close()))
                .append("\",\"")
                .append(CandleRows.plain(v))
                .append("\",")
                .append(c.openTimeMs() + interval - 1)
                .append(",\"")
                .append(CandleRows.plain(v * typical))
                .append("\",")
                .append(1000)
                .append(",\"")
                .append(CandleRows.plain(v / 2))
                .append("\",\"")
                .append(CandleRows.plain(v * typical / 2))
                .append("\",\"0\"]");
    }
}
