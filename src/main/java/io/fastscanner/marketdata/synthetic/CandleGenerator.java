package io.fastscanner.marketdata.synthetic;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Timeframe;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a symbol's price path into candles. The log price at a boundary is
 * {@code base + trend + diffusion + jumps}; a candle opens at one boundary and closes at the next. Highs and
 * lows are drawn from the exact distribution of the extremes of a Brownian bridge between open and close, so
 * wicks scale with the volatility of the moment. Volume follows the symbol's typical daily turnover, rises with
 * volatility and with the size of the candle's move, and carries log-normal noise.
 */
final class CandleGenerator {

    private static final double DAY_MS = 86_400_000.0;
    /** Margin covering the weekly blocks the diffusion is built from around the requested window. */
    private static final long BLOCK_MARGIN_MS = 8 * 86_400_000L;

    private static final double MEAN_ABS_NORMAL = Math.sqrt(2 / Math.PI);
    private static final double VOLUME_NOISE = 0.3;
    private static final long HIGH_STREAM = 500;
    private static final long LOW_STREAM = 520;
    private static final long VOLUME_STREAM = 540;

    private CandleGenerator() {}

    /** {@code count} candles of {@code timeframe}, the first opening at {@code firstOpenIndex * interval}. */
    static CandleSeries generate(SymbolProfile profile, Timeframe timeframe, long firstOpenIndex, int count) {
        long interval = timeframe.millis();
        long fromMs = firstOpenIndex * interval;
        long toMs = (firstOpenIndex + count) * interval;
        JumpSchedule jumps = new JumpSchedule(profile, fromMs - BLOCK_MARGIN_MS, toMs + BLOCK_MARGIN_MS);
        VolatilityPath volatility = new VolatilityPath(profile, jumps);
        double[] logPrices = logPrices(profile, timeframe, firstOpenIndex, count, jumps, volatility);

        double intervalDays = interval / DAY_MS;
        double calmVariance = profile.dailyVolatility() * profile.dailyVolatility() * intervalDays;
        double typicalQuoteVolume = profile.dailyQuoteVolume() * intervalDays;
        PriceTick tick = profile.tick();
        long key = profile.key();
        int tf = timeframe.ordinal();
        List<Candle> candles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long index = firstOpenIndex + i;
            long openMs = index * interval;
            double a = logPrices[i];
            double b = logPrices[i + 1];
            double m = volatility.multiplier(openMs + interval / 2);
            double variance = calmVariance * m * m;
            double highLog = bridgeExtreme(a, b, variance, CounterBasedRandom.uniform(key, HIGH_STREAM + tf, index));
            double lowLog = -bridgeExtreme(-a, -b, variance, CounterBasedRandom.uniform(key, LOW_STREAM + tf, index));

            double open = tick.round(Math.exp(a));
            double close = tick.round(Math.exp(b));
            double high = Math.max(tick.round(Math.exp(highLog)), Math.max(open, close));
            double low = Math.max(tick.size(), Math.min(tick.round(Math.exp(lowLog)), Math.min(open, close)));

            double moveActivity = 0.4 + 0.6 * Math.abs(b - a) / (Math.sqrt(variance) * MEAN_ABS_NORMAL);
            double noise = Math.exp(VOLUME_NOISE * CounterBasedRandom.gaussian(key, VOLUME_STREAM + tf, index)
                    - VOLUME_NOISE * VOLUME_NOISE / 2);
            double quoteVolume = typicalQuoteVolume * Math.pow(m, 0.7) * moveActivity * noise;
            double volume = quoteVolume / ((high + low + close) / 3);
            candles.add(new Candle(openMs, open, high, low, close, volume));
        }
        return CandleSeries.of(profile.symbol(), timeframe, candles);
    }

    private static double[] logPrices(
            SymbolProfile profile,
            Timeframe timeframe,
            long firstOpenIndex,
            int count,
            JumpSchedule jumps,
            VolatilityPath volatility) {
        Timeframe level = TimeframeLadder.samplingLevel(timeframe);
        int ratio = (int) (timeframe.millis() / level.millis());
        double[] diffusion = new DiffusionPath(profile, volatility)
                .points(level, firstOpenIndex * ratio, (firstOpenIndex + count) * ratio);
        TrendSchedule trend = new TrendSchedule(profile);
        double[] logPrices = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            long timeMs = (firstOpenIndex + i) * timeframe.millis();
            logPrices[i] =
                    profile.logBasePrice() + trend.logLevel(timeMs) + diffusion[i * ratio] + jumps.logOffset(timeMs);
        }
        return logPrices;
    }

    /** A draw of the maximum of a Brownian bridge from {@code a} to {@code b} with total variance {@code v}. */
    private static double bridgeExtreme(double a, double b, double v, double uniform) {
        double d = b - a;
        return (a + b + Math.sqrt(d * d - 2 * v * Math.log(uniform))) / 2;
    }
}
