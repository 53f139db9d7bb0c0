package io.fastscanner.analysis.ml;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Holds the current pooled model and decides when it must be retrained. Thread-safe; the clock is always passed in.
 *
 * <p>A model must be retrained when there is none yet, when the symbol set or the timeframe differs from the one it
 * was trained on, or when it is at least {@code retrainInterval} old ({@link #DEFAULT_RETRAIN_INTERVAL} by default).
 * {@link #getOrTrain} runs at most one training at a time: callers that arrive while one is running wait for it and
 * then reuse its model instead of training again.
 */
public final class ModelRegistry {

    public static final Duration DEFAULT_RETRAIN_INTERVAL = Duration.ofHours(6);

    private final Object trainingLock = new Object();
    private volatile TrainedModel current;

    /** The last model put or trained, or null if there is none yet. */
    public TrainedModel current() {
        return current;
    }

    public void put(TrainedModel model) {
        current = Objects.requireNonNull(model, "model");
    }

    /** True if there is no model, it was trained on other symbols or another timeframe, or it is too old. */
    public boolean needsTraining(Set<String> symbols, String timeframe, Instant now, Duration retrainInterval) {
        return isStale(current, symbols, timeframe, now, retrainInterval);
    }

    /**
     * The current model if it still fits {@code symbols}, {@code timeframe} and {@code now}; otherwise trains one with
     * {@code trainer}, stores it and returns it. Trainings never overlap. If the trainer throws, the previous model
     * stays in place and the exception propagates.
     */
    public TrainedModel getOrTrain(
            Set<String> symbols,
            String timeframe,
            Instant now,
            Duration retrainInterval,
            Supplier<TrainedModel> trainer) {
        TrainedModel model = current;
        if (!isStale(model, symbols, timeframe, now, retrainInterval)) {
            return model;
        }
        synchronized (trainingLock) {
            model = current;
            if (!isStale(model, symbols, timeframe, now, retrainInterval)) {
                return model;
            }
            TrainedModel trained = Objects.requireNonNull(trainer.get(), "trainer returned no model");
            current = trained;
            return trained;
        }
    }

    private static boolean isStale(
            TrainedModel model, Set<String> symbols, String timeframe, Instant now, Duration retrainInterval) {
        if (model == null) {
            return true;
        }
        if (!model.symbols().equals(Set.copyOf(symbols))
                || !model.timeframe().label().equals(timeframe)) {
            return true;
        }
        return Duration.between(model.trainedAt(), now).compareTo(retrainInterval) >= 0;
    }
}
