package io.fastscanner.bench.jmh;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.analysis.DeepAnalyzer;
import io.fastscanner.analysis.RiskSettings;
import io.fastscanner.analysis.ml.PooledModelTrainer;
import io.fastscanner.analysis.ml.TrainedModel;
import io.fastscanner.analysis.ml.TrainingSettings;
import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.Rating;
import io.fastscanner.signal.TechnicalRating;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The deep phase's CPU work for one symbol, as {@code DeepAnalysisService} does it once the candles are there: the
 * ML prediction from the symbol's 1000 1h candles, then {@link DeepAnalyzer#analyse} over 4 timeframes x 500
 * candles (regime, risk levels, confluence, volume, opportunity score). The pooled model is trained in the set-up
 * (on 20 symbols x 1000 candles): training is measured by {@link MlTrainingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeepAnalysisBenchmark {

    private CandleSeries primary;
    private CandleSeries history;
    private Map<Timeframe, CandleSeries> byTimeframe;
    private Rating rating;
    private TrainedModel model;

    @Setup
    public void setUp() {
        var market = BenchData.market(20);
        MarketSymbol symbol = MarketSymbol.of("SYN0001", "USDT");
        byTimeframe = new LinkedHashMap<>();
        for (Timeframe tf : List.of(Timeframe.H1, Timeframe.M15, Timeframe.H4, Timeframe.D1)) {
            byTimeframe.put(tf, BenchData.candles(market, symbol, tf, 500));
        }
        primary = byTimeframe.get(Timeframe.H1);
        history = BenchData.candles(market, symbol, Timeframe.H1, 1000);
        rating = TechnicalRating.rate(IndicatorSeries.compute(primary));
        model = PooledModelTrainer.train(
                BenchData.histories(market, Timeframe.H1, 1000), TrainingSettings.defaults(), BenchData.NOW);
    }

    @Benchmark
    public DeepAnalysis deepAnalysisOneSymbol() {
        return DeepAnalyzer.analyse(
                primary, byTimeframe, rating, RiskSettings.defaults(), model.predict(history), BenchData.NOW);
    }
}
