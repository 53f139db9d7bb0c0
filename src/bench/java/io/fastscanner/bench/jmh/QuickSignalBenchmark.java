package io.fastscanner.bench.jmh;

import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.Rating;
import io.fastscanner.signal.TechnicalRating;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The quick scan's CPU work for one symbol: every indicator over 500 closed 1h candles, then the vote model. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QuickSignalBenchmark {

    private CandleSeries candles;

    @Setup
    public void setUp() {
        var market = BenchData.market(1);
        candles = BenchData.candles(market, MarketSymbol.of("SYN0001", "USDT"), Timeframe.H1, 500);
    }

    @Benchmark
    public Rating indicatorsAndSignal() {
        return TechnicalRating.rate(IndicatorSeries.compute(candles));
    }
}
