package io.fastscanner.marketdata.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties of real markets that a naive random walk would not show. */
class SyntheticMarketRealismTest {

    static final SyntheticMarketDataSource SOURCE =
            new SyntheticMarketDataSource(100, 42, Clock.fixed(Instant.parse("2026-03-10T12:34:56Z"), ZoneOffset.UTC));

    static List<MarketSymbol> symbols() {
        return new ArrayList<>(SOURCE.symbols().await().indefinitely());
    }

    static CandleSeries candles(MarketSymbol symbol, Timeframe tf, int limit) {
        return SOURCE.candles(symbol, tf, limit).await().indefinitely();
    }

    @Test
    void volatilityClusters() {
        double sum = 0;
        int positive = 0;
        List<MarketSymbol> symbols = symbols();
        for (MarketSymbol symbol : symbols) {
            double[] absReturns = abs(logReturns(candles(symbol, Timeframe.H1, 1000)));
            double meanAutocorrelation =
                    (autocorrelation(absReturns, 1) + autocorrelation(absReturns, 2) + autocorrelation(absReturns, 3))
                            / 3;
            sum += meanAutocorrelation;
            positive += meanAutocorrelation > 0.03 ? 1 : 0;
        }
        // A random walk with constant volatility gives about 0 (standard error about 0.03 per symbol).
        assertThat(sum / symbols.size()).isGreaterThan(0.1);
        assertThat(positive).isGreaterThan(symbols.size() * 8 / 10);
    }

    @Test
    void returnsThemselvesAreBarelyAutocorrelated() {
        double sum = 0;
        for (MarketSymbol symbol : symbols()) {
            sum += autocorrelation(logReturns(candles(symbol, Timeframe.H1, 1000)), 1);
        }
        assertThat(sum / symbols().size()).isBetween(-0.1, 0.15);
    }

    @Test
    void quoteVolumesSpanOrdersOfMagnitude() {
        Map<MarketSymbol, Ticker24h> tickers = SOURCE.tickers().await().indefinitely();
        double min = tickers.values().stream()
                .mapToDouble(Ticker24h::quoteVolume)
                .min()
                .orElseThrow();
        double max = tickers.values().stream()
                .mapToDouble(Ticker24h::quoteVolume)
                .max()
                .orElseThrow();
        assertThat(max / min).isGreaterThan(1e4);
    }

    @Test
    void priceLevelsRangeFromFractionsOfACentToTensOfThousands() {
        Map<MarketSymbol, Ticker24h> tickers = SOURCE.tickers().await().indefinitely();
        double min = tickers.values().stream()
                .mapToDouble(Ticker24h::lastPrice)
                .min()
                .orElseThrow();
        double max = tickers.values().stream()
                .mapToDouble(Ticker24h::lastPrice)
                .max()
                .orElseThrow();
        assertThat(min).isLessThan(0.001);
        assertThat(max).isGreaterThan(10_000);
    }

    @Test
    void volumeRisesWithTheSizeOfTheMove() {
        double sum = 0;
        List<MarketSymbol> symbols = symbols();
        for (MarketSymbol symbol : symbols) {
            CandleSeries s = candles(symbol, Timeframe.H1, 1000);
            double[] quoteVolume = new double[s.size() - 1];
            for (int i = 1; i < s.size(); i++) {
                quoteVolume[i - 1] = Math.log(s.volumes()[i] * s.closes()[i]);
            }
            sum += correlation(abs(logReturns(s)), quoteVolume);
        }
        assertThat(sum / symbols.size()).isGreaterThan(0.2);
    }

    @Test
    void someMarketsTrendUpAndOthersDown() {
        int up = 0;
        int down = 0;
        for (MarketSymbol symbol : symbols()) {
            double[] closes = candles(symbol, Timeframe.H4, 120).closes();
            double slope = regressionSlope(logs(closes)) * closes.length;
            double noise = standardDeviation(logReturns(candles(symbol, Timeframe.H4, 120))) * Math.sqrt(closes.length);
            up += slope > noise ? 1 : 0;
            down += slope < -noise ? 1 : 0;
        }
        assertThat(up).isGreaterThanOrEqualTo(10);
        assertThat(down).isGreaterThanOrEqualTo(10);
    }

    @Test
    void occasionalJumpsMakeReturnsFatTailed() {
        double sum = 0;
        List<MarketSymbol> symbols = symbols();
        for (MarketSymbol symbol : symbols) {
            sum += excessKurtosis(logReturns(candles(symbol, Timeframe.H1, 1000)));
        }
        assertThat(sum / symbols.size()).isGreaterThan(1.0);
    }

    static double[] logReturns(CandleSeries s) {
        double[] c = s.closes();
        double[] r = new double[c.length - 1];
        for (int i = 1; i < c.length; i++) {
            r[i - 1] = Math.log(c[i] / c[i - 1]);
        }
        return r;
    }

    static double[] logs(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.log(x[i]);
        }
        return y;
    }

    static double[] abs(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.abs(x[i]);
        }
        return y;
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double standardDeviation(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / x.length);
    }

    static double autocorrelation(double[] x, int lag) {
        double m = mean(x);
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            den += (x[i] - m) * (x[i] - m);
            if (i >= lag) {
                num += (x[i] - m) * (x[i - lag] - m);
            }
        }
        return num / den;
    }

    static double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static double regressionSlope(double[] y) {
        double mx = (y.length - 1) / 2.0;
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < y.length; i++) {
            sxy += (i - mx) * (y[i] - my);
            sxx += (i - mx) * (i - mx);
        }
        return sxy / sxx;
    }

    static double excessKurtosis(double[] x) {
        double m = mean(x);
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = (v - m) * (v - m);
            m2 += d;
            m4 += d * d;
        }
        m2 /= x.length;
        m4 /= x.length;
        return m4 / (m2 * m2) - 3;
    }
}
