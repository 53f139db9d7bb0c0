package io.fastscanner.indicators;

import com.tictactec.ta.lib.MAType;

/**
 * Technical indicators computed by TA-Lib, one call per series.
 *
 * <p>Every result has the length of its input and is aligned to it: element i belongs to candle i, and is
 * {@link Double#NaN} before the indicator's first value (everywhere if the input is too short). Recursive
 * indicators (EMA, RSI, MACD, ATR, ADX, OBV) depend on where the input starts, exactly as in TA-Lib.
 * Invalid parameters raise {@link IllegalArgumentException}.
 *
 * <p>RSI, Bollinger and ADX/DI feed TA-Lib power-of-two scaled prices so that its zero tests behave like TA-Lib C's
 * at low prices; see {@link ZeroTestScaling}.
 */
public final class Indicators {

    private Indicators() {}

    public static double[] ema(double[] values, int period) {
        double[] out = new double[values.length];
        TaLib.run(
                "EMA(" + period + ")",
                values.length,
                (core, end, beg, nb) -> core.ema(0, end, values, period, beg, nb, out),
                out);
        return out;
    }

    public static double[] sma(double[] values, int period) {
        double[] out = new double[values.length];
        TaLib.run(
                "SMA(" + period + ")",
                values.length,
                (core, end, beg, nb) -> core.sma(0, end, values, period, beg, nb, out),
                out);
        return out;
    }

    public static double[] rsi(double[] close, int period) {
        double[] scaledClose = ZeroTestScaling.scaled(close, ZeroTestScaling.LINEAR);
        double[] out = new double[close.length];
        TaLib.run(
                "RSI(" + period + ")",
                close.length,
                (core, end, beg, nb) -> core.rsi(0, end, scaledClose, period, beg, nb, out),
                out);
        return out;
    }

    public static Macd macd(double[] close, int fast, int slow, int signal) {
        int n = close.length;
        double[] line = new double[n];
        double[] signalLine = new double[n];
        double[] histogram = new double[n];
        TaLib.run(
                "MACD(" + fast + "," + slow + "," + signal + ")",
                n,
                (core, end, beg, nb) ->
                        core.macd(0, end, close, fast, slow, signal, beg, nb, line, signalLine, histogram),
                line,
                signalLine,
                histogram);
        return new Macd(line, signalLine, histogram);
    }

    public static double[] atr(double[] high, double[] low, double[] close, int period) {
        String function = "ATR(" + period + ")";
        TaLib.requireSameLength(function, close, high, low);
        double[] out = new double[close.length];
        TaLib.run(
                function,
                close.length,
                (core, end, beg, nb) -> core.atr(0, end, high, low, close, period, beg, nb, out),
                out);
        return out;
    }

    public static Bollinger bollinger(double[] close, int period, double devUp, double devDown) {
        int n = close.length;
        double[] upper = new double[n];
        double[] middle = new double[n];
        double[] lower = new double[n];
        double[] scaledClose = ZeroTestScaling.scaled(close, ZeroTestScaling.QUADRATIC);
        TaLib.run(
                "BBANDS(" + period + "," + devUp + "," + devDown + ")",
                n,
                (core, end, beg, nb) -> core.bbands(
                        0, end, scaledClose, period, devUp, devDown, MAType.Sma, beg, nb, upper, middle, lower),
                upper,
                middle,
                lower);
        ZeroTestScaling.unscale(upper, ZeroTestScaling.QUADRATIC);
        ZeroTestScaling.unscale(middle, ZeroTestScaling.QUADRATIC);
        ZeroTestScaling.unscale(lower, ZeroTestScaling.QUADRATIC);
        return new Bollinger(upper, middle, lower);
    }

    /** ADX with +DI and -DI of the same period; each starts where TA-Lib starts it (+DI/-DI at period, ADX at 2*period-1). */
    public static Adx adx(double[] high, double[] low, double[] close, int period) {
        TaLib.requireSameLength("ADX(" + period + ")", close, high, low);
        int n = close.length;
        double[] adx = new double[n];
        double[] plusDi = new double[n];
        double[] minusDi = new double[n];
        double[] h = ZeroTestScaling.scaled(high, ZeroTestScaling.LINEAR);
        double[] l = ZeroTestScaling.scaled(low, ZeroTestScaling.LINEAR);
        double[] c = ZeroTestScaling.scaled(close, ZeroTestScaling.LINEAR);
        TaLib.run(
                "ADX(" + period + ")", n, (core, end, beg, nb) -> core.adx(0, end, h, l, c, period, beg, nb, adx), adx);
        TaLib.run(
                "PLUS_DI(" + period + ")",
                n,
                (core, end, beg, nb) -> core.plusDI(0, end, h, l, c, period, beg, nb, plusDi),
                plusDi);
        TaLib.run(
                "MINUS_DI(" + period + ")",
                n,
                (core, end, beg, nb) -> core.minusDI(0, end, h, l, c, period, beg, nb, minusDi),
                minusDi);
        return new Adx(adx, plusDi, minusDi);
    }

    /** Slow stochastic: raw %K over {@code fastK} candles, smoothed by SMA({@code slowK}); %D = SMA({@code slowD}) of %K. */
    public static Stochastic stochastic(double[] high, double[] low, double[] close, int fastK, int slowK, int slowD) {
        String function = "STOCH(" + fastK + "," + slowK + "," + slowD + ")";
        TaLib.requireSameLength(function, close, high, low);
        int n = close.length;
        double[] k = new double[n];
        double[] d = new double[n];
        TaLib.run(
                function,
                n,
                (core, end, beg, nb) -> core.stoch(
                        0, end, high, low, close, fastK, slowK, MAType.Sma, slowD, MAType.Sma, beg, nb, k, d),
                k,
                d);
        return new Stochastic(k, d);
    }

    /** On-balance volume, starting at {@code volume[0]} on the first candle (TA-Lib's convention). */
    public static double[] obv(double[] close, double[] volume) {
        TaLib.requireSameLength("OBV", close, volume);
        double[] out = new double[close.length];
        TaLib.run("OBV", close.length, (core, end, beg, nb) -> core.obv(0, end, close, volume, beg, nb, out), out);
        return out;
    }
}
