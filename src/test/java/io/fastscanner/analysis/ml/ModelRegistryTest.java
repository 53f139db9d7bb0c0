package io.fastscanner.analysis.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastscanner.marketdata.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ModelRegistryTest {

    private static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");
    private static final Duration SIX_HOURS = ModelRegistry.DEFAULT_RETRAIN_INTERVAL;
    private static final Set<String> SYMBOLS = Set.of("BTC/USDT", "ETH/USDT");

    static TrainedModel model(Set<String> symbols, Timeframe timeframe, Instant trainedAt) {
        LogisticRegression regression =
                LogisticRegression.fit(new double[][] {{0}, {1}, {2}, {3}}, new int[] {0, 1, 0, 1}, 1, 10, 1e-8);
        return new TrainedModel(
                regression,
                TrainingSettings.defaults(),
                trainedAt,
                4,
                new ValidationMetrics(300, 0.5, 0.52, 0.25),
                symbols,
                timeframe,
                trainedAt);
    }

    @Test
    void needsTrainingWithoutAModel() {
        ModelRegistry registry = new ModelRegistry();
        assertThat(registry.current()).isNull();
        assertThat(registry.needsTraining(SYMBOLS, "1h", T0, SIX_HOURS)).isTrue();
    }

    @Test
    void retrainsOnceTheIntervalHasPassed() {
        ModelRegistry registry = new ModelRegistry();
        registry.put(model(SYMBOLS, Timeframe.H1, T0));
        assertThat(registry.needsTraining(SYMBOLS, "1h", T0, SIX_HOURS)).isFalse();
        assertThat(registry.needsTraining(
                        SYMBOLS, "1h", T0.plus(Duration.ofHours(6)).minusSeconds(1), SIX_HOURS))
                .isFalse();
        assertThat(registry.needsTraining(SYMBOLS, "1h", T0.plus(Duration.ofHours(6)), SIX_HOURS))
                .isTrue();
        assertThat(registry.needsTraining(SYMBOLS, "1h", T0.plus(Duration.ofHours(2)), Duration.ofHours(1)))
                .isTrue();
    }

    @Test
    void retrainsWhenTheSymbolSetChanges() {
        ModelRegistry registry = new ModelRegistry();
        registry.put(model(SYMBOLS, Timeframe.H1, T0));
        Instant later = T0.plus(Duration.ofMinutes(5));
        assertThat(registry.needsTraining(Set.of("ETH/USDT", "BTC/USDT"), "1h", later, SIX_HOURS))
                .isFalse();
        assertThat(registry.needsTraining(Set.of("BTC/USDT"), "1h", later, SIX_HOURS))
                .isTrue();
        assertThat(registry.needsTraining(Set.of("BTC/USDT", "ETH/USDT", "SOL/USDT"), "1h", later, SIX_HOURS))
                .isTrue();
        assertThat(registry.needsTraining(Set.of("BTC/USDT", "SOL/USDT"), "1h", later, SIX_HOURS))
                .isTrue();
    }

    @Test
    void retrainsWhenTheTimeframeChanges() {
        ModelRegistry registry = new ModelRegistry();
        registry.put(model(SYMBOLS, Timeframe.H1, T0));
        assertThat(registry.needsTraining(SYMBOLS, "15m", T0, SIX_HOURS)).isTrue();
        assertThat(registry.needsTraining(SYMBOLS, "4h", T0, SIX_HOURS)).isTrue();
    }

    @Test
    void getOrTrainReusesAFreshModelAndReplacesAStaleOne() {
        ModelRegistry registry = new ModelRegistry();
        AtomicInteger trainings = new AtomicInteger();
        TrainedModel first = registry.getOrTrain(SYMBOLS, "1h", T0, SIX_HOURS, () -> {
            trainings.incrementAndGet();
            return model(SYMBOLS, Timeframe.H1, T0);
        });
        TrainedModel again = registry.getOrTrain(SYMBOLS, "1h", T0.plusSeconds(60), SIX_HOURS, () -> {
            trainings.incrementAndGet();
            return model(SYMBOLS, Timeframe.H1, T0.plusSeconds(60));
        });
        assertThat(again).isSameAs(first);
        assertThat(trainings).hasValue(1);

        Instant later = T0.plus(Duration.ofHours(7));
        TrainedModel retrained = registry.getOrTrain(SYMBOLS, "1h", later, SIX_HOURS, () -> {
            trainings.incrementAndGet();
            return model(SYMBOLS, Timeframe.H1, later);
        });
        assertThat(retrained).isNotSameAs(first);
        assertThat(registry.current()).isSameAs(retrained);
        assertThat(trainings).hasValue(2);
    }

    @Test
    void aFailedTrainingKeepsThePreviousModel() {
        ModelRegistry registry = new ModelRegistry();
        TrainedModel old = model(SYMBOLS, Timeframe.H1, T0);
        registry.put(old);
        assertThatThrownBy(() -> registry.getOrTrain(SYMBOLS, "1h", T0.plus(Duration.ofDays(1)), SIX_HOURS, () -> {
                    throw new IllegalArgumentException("not enough history");
                }))
                .hasMessage("not enough history");
        assertThat(registry.current()).isSameAs(old);
    }

    @Test
    void concurrentCallersTrainOnlyOnce() throws Exception {
        ModelRegistry registry = new ModelRegistry();
        AtomicInteger trainings = new AtomicInteger();
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<TrainedModel>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return registry.getOrTrain(SYMBOLS, "1h", T0, SIX_HOURS, () -> {
                        trainings.incrementAndGet();
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return model(SYMBOLS, Timeframe.H1, T0);
                    });
                }));
            }
            start.countDown();
            TrainedModel first = results.get(0).get(10, TimeUnit.SECONDS);
            for (Future<TrainedModel> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isSameAs(first);
            }
            assertThat(trainings).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
