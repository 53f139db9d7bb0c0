package io.fastscanner.scorecard;

import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.SignalType;
import io.fastscanner.signal.TechnicalRating;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded hourly markets, generated candle by candle. Each close is the previous close times {@code 1 + noise}, noise
 * normal with a 1 % standard deviation, independent of everything before (a random walk); with a planted edge, the
 * return after a candle on which a live scan (the last 500 candles so far) says BUY gets {@code drift} added, after a
 * SELL subtracted.
 */
final class GeneratedMarkets {

    static final double VOLATILITY = 0.01;
    private static final long START = 1_735_689_600_000L; // 2025-01-01T00:00Z
    private static final int WINDOW = 500;

    private GeneratedMarkets() {}

    static List<WalkedSeries> randomWalks(long seed, int symbols, int candles) {
        return walked(seed, symbols, candles, 0);
    }

    static List<WalkedSeries> plantedEdge(long seed, int symbols, int candles, double drift) {
        return walked(seed, symbols, candles, drift);
    }

    private static List<WalkedSeries> walked(long seed, int symbols, int candles, double drift) {
        SplittableRandom random = new SplittableRandom(seed);
        List<WalkedSeries> walks = new ArrayList<>();
        for (int s = 0; s < symbols; s++) {
            walks.add(SignalWalk.of(series(random, MarketSymbol.of("GEN" + s, "USDT"), candles, drift)));
        }
        return walks;
    }

    private static CandleSeries series(SplittableRandom random, MarketSymbol symbol, int n, double drift) {
        List<Candle> candles = new ArrayList<>(n);
        double close = 100;
        for (int i = 0; i < n; i++) {
            double bias = 0;
            if (drift != 0 && i >= WINDOW) {
                CandleSeries sofar = CandleSeries.of(symbol, Timeframe.H1, candles.subList(i - WINDOW, i));
                SignalType signal =
                        TechnicalRating.rate(IndicatorSeries.compute(sofar)).signal();
                bias = signal == SignalType.BUY ? drift : signal == SignalType.SELL ? -drift : 0;
            }
            double open = close;
            close = open * (1 + bias + VOLATILITY * random.nextGaussian());
            double high = Math.max(open, close) * (1 + 0.003 * random.nextDouble());
            double low = Math.min(open, close) * (1 - 0.003 * random.nextDouble());
            candles.add(new Candle(START + i * 3_600_000L, open, high, low, close, 1000 + 100 * random.nextDouble()));
        }
        return CandleSeries.of(symbol, Timeframe.H1, candles);
    }
}
