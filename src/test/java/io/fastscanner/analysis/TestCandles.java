package io.fastscanner.analysis;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-made candle series for the analysis tests. */
final class TestCandles {

    static final MarketSymbol SYMBOL = MarketSymbol.of("BTC", "USDT");
    private static final long HOUR = Timeframe.H1.millis();

    private TestCandles() {}

    static CandleSeries series(List<Candle> candles) {
        return CandleSeries.of(SYMBOL, Timeframe.H1, candles);
    }

    static Candle candle(int i, double open, double high, double low, double close, double volume) {
        return new Candle(i * HOUR, open, high, low, close, volume);
    }

    /**
     * Candles centred on {@code mids}: open = close = mid, high = mid + 1, low = mid - 1. With steps of at most 1
     * between neighbours every true range is 2, so ATR(14) is exactly 2; swing points are where the mids turn.
     */
    static CandleSeries fromMids(double... mids) {
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < mids.length; i++) {
            candles.add(candle(i, mids[i], mids[i] + 1, mids[i] - 1, mids[i], 1000));
        }
        return series(candles);
    }

    /** {@code count} copies of {@code value} followed by {@code tail}. */
    static double[] flatThen(int count, double value, double... tail) {
        double[] out = new double[count + tail.length];
        Arrays.fill(out, 0, count, value);
        System.arraycopy(tail, 0, out, count, tail.length);
        return out;
    }

    /**
     * A steady geometric trend: each close is the previous one times (1 + {@code stepPercent} / 100), each candle
     * opens at the previous close and reaches {@code rangePercent} beyond its body on both sides.
     */
    static CandleSeries trend(int count, double start, double stepPercent, double rangePercent) {
        List<Candle> candles = new ArrayList<>();
        double close = start;
        for (int i = 0; i < count; i++) {
            double open = close;
            close = open * (1 + stepPercent / 100.0);
            candles.add(withRange(i, open, close, rangePercent, 1000));
        }
        return series(candles);
    }

    static Candle withRange(int i, double open, double close, double rangePercent, double volume) {
        double high = Math.max(open, close) * (1 + rangePercent / 100.0);
        double low = Math.min(open, close) * (1 - rangePercent / 100.0);
        return candle(i, open, high, low, close, volume);
    }
}
