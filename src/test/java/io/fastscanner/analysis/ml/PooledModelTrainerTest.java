package io.fastscanner.analysis.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PooledModelTrainerTest {

    private static final Instant TRAINED_AT = Instant.parse("2024-06-01T00:00:00Z");
    private static final double MOMENTUM = 0.5;

    private static List<CandleSeries> planted;
    private static TrainedModel plantedModel;

    /** Ten symbols with planted momentum; starts staggered by 7 h so the global cut is not a per-symbol index. */
    static List<CandleSeries> plantedHistories() {
        List<CandleSeries> histories = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            histories.add(SyntheticCandles.momentum(
                    "P" + k, 1_000 + k, 1_200, SyntheticCandles.START_MS + k * 7 * SyntheticCandles.HOUR_MS, MOMENTUM));
        }
        return histories;
    }

    static List<CandleSeries> randomWalks(int symbols, int candles) {
        List<CandleSeries> histories = new ArrayList<>();
        for (int k = 0; k < symbols; k++) {
            histories.add(SyntheticCandles.randomWalk("R" + k, 50_000 + k, candles, SyntheticCandles.START_MS));
        }
        return histories;
    }

    @BeforeAll
    static void trainOnThePlantedPattern() {
        planted = plantedHistories();
        plantedModel = PooledModelTrainer.train(planted, TrainingSettings.defaults(), TRAINED_AT);
    }

    @Test
    void findsAPlantedMomentumPattern() {
        ValidationMetrics v = plantedModel.validation();
        String model = "planted momentum: " + plantedModel + " / " + plantedModel.note();
        assertThat(v.samples()).as(model).isGreaterThanOrEqualTo(2_000);
        assertThat(v.accuracy()).as(model).isGreaterThanOrEqualTo(v.baselineAccuracy() + 0.05);
        assertThat(v.brierScore()).as(model).isLessThan(0.245);
        assertThat(plantedModel.hasEdge()).isTrue();
        assertThat(plantedModel.note()).startsWith("validation accuracy").contains("beats the majority-class baseline");
        assertThat(plantedModel.regression().converged()).isTrue();
        // the planted signal lives in the recent returns: their coefficients are positive
        double[] w = plantedModel.regression().coefficients();
        assertThat(w[FeatureExtractor.NAMES.indexOf("log_return_1")]
                        + w[FeatureExtractor.NAMES.indexOf("log_return_3")])
                .isPositive();
    }

    @Test
    void predictsUpAfterAStrongRiseAndDownAfterAStrongFall() {
        CandleSeries base = planted.get(0);
        MlPrediction up = plantedModel.predict(SyntheticCandles.extend(base, new double[] {0.01, 0.015, 0.02}, 1));
        MlPrediction down = plantedModel.predict(SyntheticCandles.extend(base, new double[] {-0.01, -0.015, -0.02}, 1));
        assertThat(up.probabilityUp()).as("probability up after a strong rise").isGreaterThan(0.6);
        assertThat(up.direction()).isEqualTo("up");
        assertThat(down.probabilityUp())
                .as("probability up after a strong fall")
                .isLessThan(0.4);
        assertThat(down.direction()).isEqualTo("down");
        assertThat(up.hasEdge()).isTrue();
        assertThat(up.model()).isEqualTo("logistic_regression");
        assertThat(up.horizon()).isEqualTo(4);
        assertThat(up.timeframe()).isEqualTo("1h");
        assertThat(up.trainedAt()).isEqualTo(TRAINED_AT);
        assertThat(up.trainingSamples()).isEqualTo(plantedModel.trainingSamples());
        assertThat(up.validation()).isEqualTo(plantedModel.validation());
    }

    @Test
    void findsNoEdgeInRandomWalks() {
        List<CandleSeries> walks = randomWalks(100, 1_000);
        TrainedModel model = PooledModelTrainer.train(walks, TrainingSettings.defaults(), TRAINED_AT);
        String trained = "random walk, 100 x 1000 candles: " + model + " / " + model.note();
        ValidationMetrics v = model.validation();
        assertThat(v.samples()).as(trained).isGreaterThan(15_000);
        assertThat(model.hasEdge()).as(trained).isFalse();
        assertThat(v.accuracy()).as(trained).isCloseTo(v.baselineAccuracy(), within(0.03));
        assertThat(v.brierScore()).as(trained).isCloseTo(0.25, within(0.01));
        assertThat(model.note())
                .contains("does not beat the majority-class baseline")
                .endsWith("by 2 points: no edge");
        MlPrediction prediction = model.predict(walks.get(0));
        assertThat(prediction.direction()).isEqualTo("none");
        assertThat(prediction.hasEdge()).isFalse();
        assertThat(prediction.probabilityUp()).isBetween(0.0, 1.0);
        assertThat(prediction.note()).isEqualTo(model.note());
    }

    @Test
    void splitsByTimeWithAnEmbargoBeforeTheCut() {
        TrainingSettings settings = TrainingSettings.defaults();
        PooledModelTrainer.Dataset data = PooledModelTrainer.dataset(planted, settings);
        long hour = SyntheticCandles.HOUR_MS;
        long maxTrain = Arrays.stream(data.trainTimes()).max().orElseThrow();
        long minValidation = Arrays.stream(data.validationTimes()).min().orElseThrow();
        assertThat(data.embargoMs()).isEqualTo(4 * hour);
        assertThat(minValidation).isEqualTo(data.cutTimeMs());
        assertThat(maxTrain + data.embargoMs()).isLessThan(data.cutTimeMs());
        // on an hourly grid: the 4 candles before the cut are in neither set
        assertThat(minValidation - maxTrain).isEqualTo(5 * hour);
        for (long t = data.cutTimeMs() - 4 * hour; t < data.cutTimeMs(); t += hour) {
            long time = t;
            assertThat(data.trainTimes()).doesNotContain(time);
            assertThat(data.validationTimes()).doesNotContain(time);
        }
        int usable = 0;
        for (CandleSeries s : planted) {
            usable += s.size() - 199 - 4; // warm-up and unlabelled tail
        }
        assertThat(data.validationY().length).isCloseTo((int) (usable * 0.25), within(10 * 10));
        assertThat(data.trainY().length + data.validationY().length).isLessThan(usable);
        assertThat(plantedModel.trainingSamples()).isEqualTo(data.trainY().length);
        assertThat(plantedModel.validation().samples()).isEqualTo(data.validationY().length);
        assertThat(plantedModel.validationFrom()).isEqualTo(Instant.ofEpochMilli(data.cutTimeMs()));
    }

    @Test
    void neverUsesTheUnlabelledLastCandles() {
        CandleSeries one = planted.get(3);
        PooledModelTrainer.Dataset data = PooledModelTrainer.dataset(List.of(one), TrainingSettings.defaults());
        long lastOpen = one.openTime(one.size() - 1);
        long maxValidation = Arrays.stream(data.validationTimes()).max().orElseThrow();
        assertThat(maxValidation).isEqualTo(lastOpen - 4 * SyntheticCandles.HOUR_MS);
        long minTrain = Arrays.stream(data.trainTimes()).min().orElseThrow();
        assertThat(minTrain).isEqualTo(one.openTime(199));
    }

    @Test
    void trainingIsDeterministic() {
        TrainedModel again = PooledModelTrainer.train(plantedHistories(), TrainingSettings.defaults(), TRAINED_AT);
        assertThat(again.regression().coefficients())
                .isEqualTo(plantedModel.regression().coefficients());
        assertThat(again.validation()).isEqualTo(plantedModel.validation());
        assertThat(again.symbols())
                .isEqualTo(plantedModel.symbols())
                .hasSize(10)
                .contains("P0/USDT");
        assertThat(again.timeframe()).isEqualTo(Timeframe.H1);
    }

    @Test
    void tooFewValidationSamplesNeverClaimAnEdge() {
        TrainedModel model = PooledModelTrainer.train(
                planted, TrainingSettings.defaults().withMinValidationSamples(1_000_000), TRAINED_AT);
        assertThat(model.hasEdge()).isFalse();
        assertThat(model.note()).startsWith("only ").endsWith("no edge claimed");
        assertThat(model.predict(planted.get(0)).direction()).isEqualTo("none");
    }

    @Test
    void saysSoWhenTheNewestCandleHasNoFeatures() {
        CandleSeries shortSeries = planted.get(0).last(150);
        MlPrediction prediction = plantedModel.predict(shortSeries);
        assertThat(prediction.probabilityUp()).isNull();
        assertThat(prediction.direction()).isEqualTo("none");
        assertThat(prediction.note()).contains("no complete feature row");
        assertThat(prediction.hasEdge()).isTrue(); // the model has one; this candle just cannot use it
    }

    @Test
    void refusesAnotherTimeframeAtPrediction() {
        CandleSeries base = planted.get(0);
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            candles.add(base.candle(i));
        }
        MlPrediction prediction = plantedModel.predict(CandleSeries.of(base.symbol(), Timeframe.M15, candles));
        assertThat(prediction.probabilityUp()).isNull();
        assertThat(prediction.note()).contains("trained on 1h candles");
    }

    @Test
    void rejectsUnusableHistories() {
        assertThatThrownBy(() -> PooledModelTrainer.train(List.of(), TrainingSettings.defaults(), TRAINED_AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PooledModelTrainer.train(
                        List.of(planted.get(0).last(250)), TrainingSettings.defaults(), TRAINED_AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not enough history");
        CandleSeries base = planted.get(1);
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            candles.add(base.candle(i));
        }
        CandleSeries other = CandleSeries.of(MarketSymbol.of("X", "USDT"), Timeframe.M15, candles);
        assertThatThrownBy(
                        () -> PooledModelTrainer.train(List.of(base, other), TrainingSettings.defaults(), TRAINED_AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mix timeframes");
    }

    @Test
    void predictionSerialisesWithTheContractFieldNames() throws Exception {
        ObjectMapper json =
                new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode node = json.valueToTree(plantedModel.predict(planted.get(0)));
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "model",
                        "horizon",
                        "timeframe",
                        "probabilityUp",
                        "direction",
                        "trainedAt",
                        "trainingSamples",
                        "validation",
                        "hasEdge",
                        "note");
        List<String> validation = new ArrayList<>();
        node.get("validation").fieldNames().forEachRemaining(validation::add);
        assertThat(validation).containsExactlyInAnyOrder("samples", "accuracy", "baselineAccuracy", "brierScore");
        assertThat(node.get("trainedAt").asText()).isEqualTo("2024-06-01T00:00:00Z");
        assertThat(node.get("model").asText()).isEqualTo("logistic_regression");
        assertThat(Set.of("up", "down", "none")).contains(node.get("direction").asText());
    }
}
