package io.fastscanner.bench.jmh;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.synthetic.SyntheticMarketDataSource;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The synthetic source generating a 1000-symbol market: 500 closed 1h candles of every symbol, as a quick scan of
 * the whole synthetic universe asks for them (the source keeps nothing: each call generates the candles again).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SyntheticMarketBenchmark {

    private SyntheticMarketDataSource market;
    private List<MarketSymbol> symbols;

    @Setup
    public void setUp() {
        market = BenchData.market(1000);
        symbols = List.copyOf(market.symbols().await().indefinitely());
    }

    @Benchmark
    public void thousandSymbolsOf500Candles(Blackhole out) {
        for (MarketSymbol symbol : symbols) {
            CandleSeries series = BenchData.candles(market, symbol, Timeframe.H1, 500);
            out.consume(series);
        }
    }
}
