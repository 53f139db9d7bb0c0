package io.fastscanner.scan;

import io.fastscanner.analysis.ml.ModelRegistry;
import io.fastscanner.analysis.ml.PooledModelTrainer;
import io.fastscanner.analysis.ml.TrainedModel;
import io.fastscanner.analysis.ml.TrainingSettings;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketDataSources;
import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The pooled prediction model of the deep phase: trained on the history of every symbol of the scan, reused until
 * {@code scanner.ml.retrain-interval} has passed or the symbol set changes. Training runs on a worker thread.
 */
@ApplicationScoped
public class PredictionModels {

    private final MarketDataSources sources;
    private final MlConfig config;
    private final ScanMetrics metrics;
    private final ModelRegistry models = new ModelRegistry();

    PredictionModels(MarketDataSources sources, MlConfig config, ScanMetrics metrics) {
        this.sources = sources;
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * The model for these symbols, trained on the first {@code scanner.ml.max-training-symbols} of them first if
     * needed; fails when there is too little history.
     */
    Uni<TrainedModel> modelFor(List<Listing> scanned, int fetchConcurrency) {
        Timeframe timeframe = config.timeframe();
        int pooled = Math.min(scanned.size(), Math.max(1, config.maxTrainingSymbols()));
        List<Listing> symbols = scanned.subList(0, pooled);
        Set<String> names = symbols.stream().map(Listing::key).collect(Collectors.toCollection(TreeSet::new));
        Instant now = source(scanned.get(0)).now();
        if (!models.needsTraining(names, timeframe.label(), now, config.retrainInterval())) {
            return Uni.createFrom().item(models.current());
        }
        return Multi.createFrom()
                .iterable(symbols)
                .onItem()
                .transformToUni(s -> history(s).onFailure().recoverWithNull())
                .merge(Math.max(1, fetchConcurrency))
                .filter(Objects::nonNull)
                .collect()
                .asList()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(histories -> models.getOrTrain(
                        names, timeframe.label(), now, config.retrainInterval(), () -> train(histories, now)));
    }

    /** The candles a symbol's prediction is made from (served from the cache after training). */
    Uni<CandleSeries> history(Listing listing) {
        return source(listing).candles(listing.symbol(), config.timeframe(), config.historyCandles());
    }

    private MarketDataSource source(Listing listing) {
        return sources.get(listing.exchange()).orElseThrow();
    }

    private TrainedModel train(List<CandleSeries> histories, Instant now) {
        long start = System.nanoTime();
        TrainedModel model =
                PooledModelTrainer.train(histories, TrainingSettings.defaults().withHorizon(config.horizon()), now);
        metrics.trained(System.nanoTime() - start);
        return model;
    }
}
