package io.fastscanner.analysis.ml;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded 1h candle series for the model tests. */
final class SyntheticCandles {

    static final long START_MS = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    static final long HOUR_MS = Timeframe.H1.millis();
    static final double SIGMA = 0.01;

    private SyntheticCandles() {}

    /** Independent log returns: nothing to learn. */
    static CandleSeries randomWalk(String base, long seed, int n, long startMs) {
        return momentum(base, seed, n, startMs, 0.0);
    }

    /**
     * Log returns follow r[t] = phi * r[t-1] + noise: for phi > 0 the last returns predict the sign of the next
     * ones (a planted, learnable momentum pattern); phi = 0 is a random walk.
     */
    static CandleSeries momentum(String base, long seed, int n, long startMs, double phi) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] returns = new double[n];
        double previous = 0;
        for (int t = 0; t < n; t++) {
            previous = phi * previous + SIGMA * gaussian(random);
            returns[t] = previous;
        }
        return fromReturns(base, returns, random, startMs);
    }

    /** Candles whose closes follow {@code logReturns}, starting at 100, with seeded wicks and volumes. */
    static CandleSeries fromReturns(String base, double[] logReturns, SplittableRandom random, long startMs) {
        List<Candle> candles = new ArrayList<>(logReturns.length);
        double close = 100.0;
        for (int t = 0; t < logReturns.length; t++) {
            candles.add(next(startMs + t * HOUR_MS, close, logReturns[t], random));
            close = candles.get(t).close();
        }
        return CandleSeries.of(MarketSymbol.of(base, "USDT"), Timeframe.H1, candles);
    }

    /** The series followed by candles with the given log returns. */
    static CandleSeries extend(CandleSeries series, double[] logReturns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            candles.add(series.candle(i));
        }
        for (double r : logReturns) {
            Candle last = candles.get(candles.size() - 1);
            candles.add(next(last.openTimeMs() + HOUR_MS, last.close(), r, random));
        }
        return CandleSeries.of(series.symbol(), series.timeframe(), candles);
    }

    static Candle next(long openTimeMs, double previousClose, double logReturn, SplittableRandom random) {
        double open = previousClose;
        double close = previousClose * Math.exp(logReturn);
        double high = Math.max(open, close) * Math.exp(Math.abs(gaussian(random)) * SIGMA * 0.3);
        double low = Math.min(open, close) * Math.exp(-Math.abs(gaussian(random)) * SIGMA * 0.3);
        double volume = 1000.0 * Math.exp(0.3 * gaussian(random));
        return new Candle(openTimeMs, open, high, low, close, volume);
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller, one value per call: deterministic for a given seed.
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
