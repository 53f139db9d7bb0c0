package io.fastscanner.bench.jmh;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.ReplayDataSet;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scorecard.Scorecard;
import io.fastscanner.scorecard.ScorecardCalculator;
import io.fastscanner.scorecard.ScoringRules;
import io.fastscanner.scorecard.SignalWalk;
import io.fastscanner.scorecard.WalkedSeries;
import java.util.ArrayList;
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

/**
 * The scorecard of the bundled year (14 symbols x about 8,700 1h candles, horizons 1, 4 and 24), as {@code GET
 * /api/scanner/scorecard} computes it when nothing is cached: every series walked (indicators once per series, the
 * vote at every candle from index 499), then the statistics. {@code statistics} alone starts from the walked series.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScorecardBenchmark {

    private static final List<Integer> HORIZONS = List.of(1, 4, 24);
    private static final ScoringRules RULES = new ScoringRules(30, 0.05);

    private ReplayDataSet data;
    private List<WalkedSeries> walked;

    @Setup
    public void setUp() {
        data = ReplayDataSet.bundled();
        walked = walks();
    }

    private List<WalkedSeries> walks() {
        List<WalkedSeries> walks = new ArrayList<>();
        for (MarketSymbol symbol : data.symbols()) {
            data.series(symbol, Timeframe.H1).ifPresent(series -> walks.add(SignalWalk.of(series)));
        }
        return walks;
    }

    @Benchmark
    public Scorecard bundledYear() {
        return ScorecardCalculator.compute(walks(), HORIZONS, Long.MIN_VALUE, Long.MAX_VALUE, RULES);
    }

    @Benchmark
    public Scorecard statistics() {
        return ScorecardCalculator.compute(walked, HORIZONS, Long.MIN_VALUE, Long.MAX_VALUE, RULES);
    }
}
