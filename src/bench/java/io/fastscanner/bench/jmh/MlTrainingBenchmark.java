package io.fastscanner.bench.jmh;

import io.fastscanner.analysis.ml.PooledModelTrainer;
import io.fastscanner.analysis.ml.TrainedModel;
import io.fastscanner.analysis.ml.TrainingSettings;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Timeframe;
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

/** Training the pooled model on the history of a 100-symbol scan: 100 symbols x 1000 closed 1h candles. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MlTrainingBenchmark {

    private List<CandleSeries> histories;

    @Setup
    public void setUp() {
        histories = BenchData.histories(BenchData.market(100), Timeframe.H1, 1000);
    }

    @Benchmark
    public TrainedModel trainPooled100Symbols() {
        return PooledModelTrainer.train(histories, TrainingSettings.defaults(), BenchData.NOW);
    }
}
