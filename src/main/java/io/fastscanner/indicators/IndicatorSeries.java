package io.fastscanner.indicators;

import io.fastscanner.marketdata.CandleSeries;
import java.util.Objects;

/**
 * All default indicators of one candle series, computed once.
 *
 * <p>Defaults: EMA 9, 21, 50, 200; SMA 20; RSI 14; MACD 12, 26, 9; ATR 14; Bollinger 20, 2, 2; ADX 14;
 * Stochastic 14, 3, 3; OBV. The arrays are shared, not copied: callers must not modify them.
 */
public final class IndicatorSeries {

    private final double[] close;
    private final double[] ema9;
    private final double[] ema21;
    private final double[] ema50;
    private final double[] ema200;
    private final double[] sma20;
    private final double[] rsi14;
    private final double[] atr14;
    private final double[] obv;
    private final Macd macd;
    private final Bollinger bollinger;
    private final Adx adx;
    private final Stochastic stochastic;

    private IndicatorSeries(double[] high, double[] low, double[] close, double[] volume) {
        this.close = close;
        this.ema9 = Indicators.ema(close, 9);
        this.ema21 = Indicators.ema(close, 21);
        this.ema50 = Indicators.ema(close, 50);
        this.ema200 = Indicators.ema(close, 200);
        this.sma20 = Indicators.sma(close, 20);
        this.rsi14 = Indicators.rsi(close, 14);
        this.macd = Indicators.macd(close, 12, 26, 9);
        this.atr14 = Indicators.atr(high, low, close, 14);
        this.bollinger = Indicators.bollinger(close, 20, 2, 2);
        this.adx = Indicators.adx(high, low, close, 14);
        this.stochastic = Indicators.stochastic(high, low, close, 14, 3, 3);
        this.obv = Indicators.obv(close, volume);
    }

    public static IndicatorSeries compute(double[] open, double[] high, double[] low, double[] close, double[] volume) {
        TaLib.requireSameLength("IndicatorSeries", close, open, high, low, volume);
        return new IndicatorSeries(high, low, close, volume);
    }

    public static IndicatorSeries compute(CandleSeries candles) {
        return compute(candles.opens(), candles.highs(), candles.lows(), candles.closes(), candles.volumes());
    }

    public int size() {
        return close.length;
    }

    public double[] close() {
        return close;
    }

    public double[] ema9() {
        return ema9;
    }

    public double[] ema21() {
        return ema21;
    }

    public double[] ema50() {
        return ema50;
    }

    public double[] ema200() {
        return ema200;
    }

    public double[] sma20() {
        return sma20;
    }

    public double[] rsi14() {
        return rsi14;
    }

    public double[] atr14() {
        return atr14;
    }

    public double[] obv() {
        return obv;
    }

    public Macd macd() {
        return macd;
    }

    public Bollinger bollinger() {
        return bollinger;
    }

    public Adx adx() {
        return adx;
    }

    public Stochastic stochastic() {
        return stochastic;
    }

    /** Every default indicator's value on candle {@code index}. */
    public IndicatorSnapshot at(int index) {
        Objects.checkIndex(index, size());
        return new IndicatorSnapshot(
                value(ema9, index),
                value(ema21, index),
                value(ema50, index),
                value(ema200, index),
                value(sma20, index),
                value(rsi14, index),
                value(macd.line(), index),
                value(macd.signal(), index),
                value(macd.histogram(), index),
                value(atr14, index),
                value(bollinger.upper(), index),
                value(bollinger.middle(), index),
                value(bollinger.lower(), index),
                value(adx.adx(), index),
                value(adx.plusDi(), index),
                value(adx.minusDi(), index),
                value(stochastic.k(), index),
                value(stochastic.d(), index),
                value(obv, index));
    }

    private static Double value(double[] series, int index) {
        double v = series[index];
        return Double.isNaN(v) ? null : v;
    }
}
