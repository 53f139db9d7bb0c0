package io.fastscanner.marketdata.exchanges;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Timeframe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds candles of an interval an exchange does not serve from a finer one it does (Coinbase's 4h from 1h, Kraken's
 * 2h from 1h, ...). Exact: a coarse candle is built only from all of its finer candles (open of the first, close of
 * the last, highest high, lowest low, summed volume), aligned as the exchanges align them (to the epoch, weeks to
 * Mondays). A coarse interval with a finer candle missing is left out, so it shows as a gap like any missing candle.
 */
public final class CandleAggregation {

    private CandleAggregation() {}

    /** Start of the {@code timeframe} candle containing {@code epochMs}. */
    public static long openOf(Timeframe timeframe, long epochMs) {
        return timeframe.nextCloseAfter(epochMs) - timeframe.millis();
    }

    /**
     * The {@code coarse} candles made of {@code fine} candles (oldest first, no duplicates).
     *
     * @throws IllegalArgumentException when {@code coarse} is not a whole multiple of {@code fine} aligned with it
     */
    public static List<Candle> build(List<Candle> fine, Timeframe fineTimeframe, Timeframe coarse) {
        int perCandle = parts(fineTimeframe, coarse);
        List<Candle> built = new ArrayList<>(fine.size() / perCandle + 1);
        int i = 0;
        while (i < fine.size()) {
            long open = openOf(coarse, fine.get(i).openTimeMs());
            int j = i;
            while (j < fine.size() && openOf(coarse, fine.get(j).openTimeMs()) == open) {
                j++;
            }
            if (j - i == perCandle) {
                built.add(merge(fine.subList(i, j), open));
            }
            i = j;
        }
        return built;
    }

    /** How many {@code fine} candles make one {@code coarse} candle. */
    public static int parts(Timeframe fine, Timeframe coarse) {
        Duration f = fine.duration();
        Duration c = coarse.duration();
        if (c.compareTo(f) <= 0
                || c.toMillis() % f.toMillis() != 0
                || (coarse == Timeframe.W1 && fine != Timeframe.D1)) {
            throw new IllegalArgumentException(coarse + " cannot be built from " + fine);
        }
        return (int) (c.toMillis() / f.toMillis());
    }

    private static Candle merge(List<Candle> parts, long openTimeMs) {
        double high = Double.NEGATIVE_INFINITY;
        double low = Double.POSITIVE_INFINITY;
        double volume = 0;
        for (Candle c : parts) {
            high = Math.max(high, c.high());
            low = Math.min(low, c.low());
            volume += c.volume();
        }
        return new Candle(
                openTimeMs,
                parts.get(0).open(),
                high,
                low,
                parts.get(parts.size() - 1).close(),
                volume);
    }
}
