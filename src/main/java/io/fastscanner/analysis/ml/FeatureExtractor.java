package io.fastscanner.analysis.ml;

import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.CandleSeries;
import java.util.List;

/**
 * Turns a candle series into one feature row per candle, using only that candle and the candles before it.
 *
 * <p>Features, in the order of {@link #NAMES}: log returns over 1, 3, 6, 12 and 24 candles; RSI 14 / 100; MACD
 * (12, 26, 9) histogram / close; ATR 14 / close; Bollinger (20, 2) %B; ADX 14 / 100; (+DI - -DI) / 100; the
 * volume z-score of the candle against the 20 candles before it; slow stochastic %K (14, 3, 3) / 100; close / EMA 50
 * - 1; close / EMA 200 - 1. Indicators come from TA-Lib through {@link IndicatorSeries}; every one of them is causal,
 * so a row never depends on a later candle.
 *
 * <p>A row whose features are not all finite (the warm-up, about 200 candles because of EMA 200) is unusable: it
 * keeps its NaNs and {@link #usable(double[])} says false. Such rows are neither trained on nor predicted from.
 */
public final class FeatureExtractor {

    /** Feature names, in row order. */
    public static final List<String> NAMES = List.of(
            "log_return_1",
            "log_return_3",
            "log_return_6",
            "log_return_12",
            "log_return_24",
            "rsi14",
            "macd_histogram_over_close",
            "atr14_over_close",
            "bollinger_percent_b",
            "adx14",
            "di_difference",
            "volume_zscore20",
            "stochastic_k",
            "close_vs_ema50",
            "close_vs_ema200");

    /** Number of features per row. */
    public static final int WIDTH = NAMES.size();

    /** The label of a candle whose outcome lies beyond the end of the series. */
    public static final int UNDEFINED = -1;

    static final int[] RETURN_LAGS = {1, 3, 6, 12, 24};
    static final int VOLUME_WINDOW = 20;

    private FeatureExtractor() {}

    /** One row per candle, aligned to the series; rows of the warm-up contain NaN (see {@link #usable}). */
    public static double[][] rows(CandleSeries s) {
        int n = s.size();
        double[][] rows = new double[n][WIDTH];
        if (n == 0) {
            return rows;
        }
        IndicatorSeries ind = IndicatorSeries.compute(s);
        double[] close = s.closes();
        double[] volume = s.volumes();
        double[] rsi = ind.rsi14();
        double[] hist = ind.macd().histogram();
        double[] atr = ind.atr14();
        double[] upper = ind.bollinger().upper();
        double[] lower = ind.bollinger().lower();
        double[] adx = ind.adx().adx();
        double[] plusDi = ind.adx().plusDi();
        double[] minusDi = ind.adx().minusDi();
        double[] stochK = ind.stochastic().k();
        double[] ema50 = ind.ema50();
        double[] ema200 = ind.ema200();
        for (int i = 0; i < n; i++) {
            double[] row = rows[i];
            double c = close[i];
            int f = 0;
            for (int lag : RETURN_LAGS) {
                row[f++] = i >= lag ? Math.log(c / close[i - lag]) : Double.NaN;
            }
            row[f++] = rsi[i] / 100.0;
            row[f++] = hist[i] / c;
            row[f++] = atr[i] / c;
            row[f++] = percentB(c, upper[i], lower[i]);
            row[f++] = adx[i] / 100.0;
            row[f++] = (plusDi[i] - minusDi[i]) / 100.0;
            row[f++] = volumeZScore(volume, i);
            row[f++] = stochK[i] / 100.0;
            row[f++] = c / ema50[i] - 1.0;
            row[f] = c / ema200[i] - 1.0;
        }
        return rows;
    }

    /** True if every feature of the row is finite. */
    public static boolean usable(double[] row) {
        for (double v : row) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Labels for {@code horizon} candles ahead: 1 if {@code close[i + horizon] > close[i]}, else 0; {@link #UNDEFINED}
     * for the last {@code horizon} candles, whose outcome is not known yet.
     */
    public static int[] labels(CandleSeries s, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1: " + horizon);
        }
        double[] close = s.closes();
        int n = close.length;
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i + horizon < n ? (close[i + horizon] > close[i] ? 1 : 0) : UNDEFINED;
        }
        return labels;
    }

    /** Where the close sits in the band: 0 on the lower band, 1 on the upper; 0.5 when the band has no width. */
    private static double percentB(double close, double upper, double lower) {
        double width = upper - lower;
        if (Double.isNaN(width)) {
            return Double.NaN;
        }
        return width > 0 ? (close - lower) / width : 0.5;
    }

    /** (volume[i] - mean) / population std of the {@value #VOLUME_WINDOW} volumes before i; 0 if they are all equal. */
    private static double volumeZScore(double[] volume, int i) {
        if (i < VOLUME_WINDOW) {
            return Double.NaN;
        }
        double sum = 0;
        for (int j = i - VOLUME_WINDOW; j < i; j++) {
            sum += volume[j];
        }
        double mean = sum / VOLUME_WINDOW;
        double squares = 0;
        for (int j = i - VOLUME_WINDOW; j < i; j++) {
            double d = volume[j] - mean;
            squares += d * d;
        }
        double std = Math.sqrt(squares / VOLUME_WINDOW);
        return std > 0 ? (volume[i] - mean) / std : 0.0;
    }
}
