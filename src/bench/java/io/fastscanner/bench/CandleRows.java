package io.fastscanner.bench;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.synthetic.SyntheticMarketDataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The candle rows of a simulated exchange, in its own row format: rendered once per symbol and interval (while no new
 * candle has closed) and sliced per request, so answering costs copying bytes, as on an exchange whose rows come
 * from a cache. The closed rows are the synthetic market's; the forming row (open at the start of the current
 * interval, not closed yet) repeats the last close with no volume.
 */
final class CandleRows {

    /** One row in an exchange's format (times in epoch milliseconds; the format converts them). */
    @FunctionalInterface
    interface Format {
        String row(long openMs, double open, double high, double low, double close, double volume, boolean forming);
    }

    private record Rendered(long formingOpenMs, long firstOpenMs, byte[][] rows, double lastClose) {}

    private final SyntheticMarketDataSource market;
    private final Clock clock;
    private final Format format;
    private final Map<String, Rendered> cache = new ConcurrentHashMap<>();

    CandleRows(SyntheticMarketDataSource market, Clock clock, Format format) {
        this.market = market;
        this.clock = clock;
        this.format = format;
    }

    /** Renders the newest {@code closed} closed rows of these symbols now (before a timed run). */
    void prepare(List<MarketSymbol> sources, Timeframe timeframe, int closed) {
        long formingOpen = formingOpen(timeframe, 0);
        for (MarketSymbol s : sources) {
            rendered(s, timeframe, 0, closed, formingOpen);
        }
    }

    void clear() {
        cache.clear();
    }

    /**
     * The rows whose open times lie in {@code [fromMs, toMs]}: closed ones among the newest {@code reachable} rows,
     * and the forming one when {@code withForming} and its open lies in the range; only the newest {@code max} of
     * them, newest first or oldest first. {@code shiftMs} moves every open time back (OKX's bars in Hong Kong time).
     */
    List<byte[]> rows(
            MarketSymbol source,
            Timeframe timeframe,
            long shiftMs,
            long fromMs,
            long toMs,
            int max,
            int reachable,
            boolean withForming,
            boolean newestFirst) {
        long step = timeframe.millis();
        long formingOpen = formingOpen(timeframe, shiftMs);
        long lastClosed = formingOpen - step;
        boolean forming = withForming && formingOpen >= fromMs && formingOpen <= toMs && max > 0;
        int closedMax = Math.min(max, reachable) - (forming ? 1 : 0);
        long hi = Math.min(toMs, lastClosed);
        hi = Math.floorDiv(hi - formingOpen, step) * step + formingOpen; // onto the candles' grid
        long lo = Math.max(ceilOnGrid(fromMs, formingOpen, step), hi - (long) (closedMax - 1) * step);
        lo = Math.max(lo, lastClosed - (long) (reachable - 2) * step);
        List<byte[]> out = new ArrayList<>();
        if (closedMax > 0 && hi >= lo) {
            int needed = (int) ((lastClosed - lo) / step) + 1;
            Rendered r = rendered(source, timeframe, shiftMs, needed, formingOpen);
            for (long t = lo; t <= hi; t += step) {
                long index = (t - r.firstOpenMs()) / step;
                if (index >= 0 && index < r.rows().length) {
                    out.add(r.rows()[(int) index]);
                }
            }
        }
        if (forming) {
            double last = rendered(source, timeframe, shiftMs, 1, formingOpen).lastClose();
            out.add(bytes(format.row(formingOpen, last, last, last, last, 0.0, true)));
        }
        if (newestFirst) {
            java.util.Collections.reverse(out);
        }
        return out;
    }

    /**
     * Open time of the forming candle (the interval containing now), moved back by {@code shiftMs} like every row:
     * the synthetic market is aligned to UTC, a shifted series is its rows at other times.
     */
    long formingOpen(Timeframe timeframe, long shiftMs) {
        long step = timeframe.millis();
        return Math.floorDiv(clock.millis(), step) * step - shiftMs;
    }

    private static long ceilOnGrid(long t, long origin, long step) {
        return Math.floorDiv(t - origin + step - 1, step) * step + origin;
    }

    private Rendered rendered(MarketSymbol source, Timeframe timeframe, long shiftMs, int closed, long formingOpen) {
        String key = source + "|" + timeframe.label() + "|" + shiftMs;
        Rendered r = cache.get(key);
        if (r != null && r.formingOpenMs() == formingOpen && r.rows().length >= closed) {
            return r;
        }
        int count = Math.min(SyntheticMarketDataSource.MAX_CANDLES, Math.max(closed, r == null ? 1 : r.rows().length));
        CandleSeries series = market.candles(source, timeframe, count).await().indefinitely();
        byte[][] rows = new byte[series.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = bytes(format.row(
                    series.openTime(i) - shiftMs,
                    series.opens()[i],
                    series.highs()[i],
                    series.lows()[i],
                    series.closes()[i],
                    series.volumes()[i],
                    false));
        }
        long first = series.isEmpty() ? formingOpen : series.openTime(0) - shiftMs;
        double lastClose = series.isEmpty() ? 1.0 : series.closes()[series.size() - 1];
        Rendered fresh = new Rendered(formingOpen, first, rows, lastClose);
        cache.put(key, fresh);
        return fresh;
    }

    /** A decimal as exchanges write it: plain digits, never an exponent. */
    static String plain(double value) {
        String s = Double.toString(value);
        return s.indexOf('E') < 0 ? s : BigDecimal.valueOf(value).toPlainString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code prefix} + the rows joined by commas + {@code suffix}, as one body. */
    static byte[] join(String prefix, List<byte[]> rows, String suffix) {
        byte[] p = bytes(prefix);
        byte[] s = bytes(suffix);
        int size = p.length + s.length + Math.max(0, rows.size() - 1);
        for (byte[] r : rows) {
            size += r.length;
        }
        byte[] body = new byte[size];
        System.arraycopy(p, 0, body, 0, p.length);
        int at = p.length;
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                body[at++] = ',';
            }
            System.arraycopy(rows.get(i), 0, body, at, rows.get(i).length);
            at += rows.get(i).length;
        }
        System.arraycopy(s, 0, body, at, s.length);
        return body;
    }
}
