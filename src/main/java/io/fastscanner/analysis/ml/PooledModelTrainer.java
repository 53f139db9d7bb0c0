package io.fastscanner.analysis.ml;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Timeframe;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Trains one logistic regression on the pooled samples of many symbols and validates it on the newest ones.
 *
 * <p><b>Samples.</b> One per candle with a complete feature row ({@link FeatureExtractor#rows}) and a known label
 * ({@link FeatureExtractor#labels}): the last {@code horizon} candles of every series have no label and are never
 * used.
 *
 * <p><b>Split by time (walk-forward), never at random.</b> All samples are ordered by candle open time across all
 * symbols; the cut is the open time of the sample at position {@code floor(n * (1 - validationFraction))}. Every
 * sample opening at or after the cut is validation; the older ones are training candidates. A random split would
 * put near-identical neighbouring candles (overlapping labels, shared indicator history) on both sides and report
 * an edge that does not exist.
 *
 * <p><b>Embargo.</b> The label of candle i reads the close of candle i + horizon. For the last {@code horizon}
 * candles before the cut that close lies inside the validation period, so those candles are dropped from training:
 * a training sample must satisfy {@code openTime + horizon * interval < cut}. Training outcomes therefore end
 * before the first validation close, and no validation price leaks into training.
 *
 * <p>Feature standardisation uses the training rows only (see {@link LogisticRegression}).
 */
public final class PooledModelTrainer {

    /** Fewer training samples than this is not worth a model: {@link #train} refuses. */
    public static final int MIN_TRAINING_SAMPLES = 100;

    private PooledModelTrainer() {}

    /**
     * Trains and validates the pooled model.
     *
     * @throws IllegalArgumentException if there are no histories, they mix timeframes, or they hold too little usable
     *     history for {@value #MIN_TRAINING_SAMPLES} training samples and at least one validation sample
     */
    public static TrainedModel train(List<CandleSeries> histories, TrainingSettings settings, Instant trainedAt) {
        Dataset data = dataset(histories, settings);
        if (data.trainY().length < MIN_TRAINING_SAMPLES || data.validationY().length == 0) {
            throw new IllegalArgumentException("not enough history to train: " + data.trainY().length
                    + " training and " + data.validationY().length + " validation samples (at least "
                    + MIN_TRAINING_SAMPLES + " training samples needed)");
        }
        LogisticRegression regression = LogisticRegression.fit(
                data.trainX(), data.trainY(), settings.l2(), settings.maxIterations(), settings.tolerance());
        ValidationMetrics metrics = evaluate(regression, data.validationX(), data.validationY());
        Set<String> symbols = new LinkedHashSet<>();
        for (CandleSeries s : histories) {
            symbols.add(s.symbol().toString());
        }
        return new TrainedModel(
                regression,
                settings,
                trainedAt,
                data.trainY().length,
                metrics,
                symbols,
                data.timeframe(),
                Instant.ofEpochMilli(data.cutTimeMs()));
    }

    /** Accuracy (threshold 0.5), validation-majority baseline and Brier score of {@code model} on the given rows. */
    static ValidationMetrics evaluate(LogisticRegression model, double[][] x, int[] y) {
        int n = y.length;
        int correct = 0;
        int ups = 0;
        double brier = 0;
        for (int i = 0; i < n; i++) {
            double p = model.probability(x[i]);
            int predicted = p > 0.5 ? 1 : 0;
            if (predicted == y[i]) {
                correct++;
            }
            ups += y[i];
            double e = p - y[i];
            brier += e * e;
        }
        double accuracy = (double) correct / n;
        double baseline = (double) Math.max(ups, n - ups) / n;
        return new ValidationMetrics(n, accuracy, baseline, brier / n);
    }

    /** The pooled samples split into training and validation, with the open time of each sample. */
    record Dataset(
            Timeframe timeframe,
            double[][] trainX,
            int[] trainY,
            long[] trainTimes,
            double[][] validationX,
            int[] validationY,
            long[] validationTimes,
            long cutTimeMs,
            long embargoMs) {}

    static Dataset dataset(List<CandleSeries> histories, TrainingSettings settings) {
        if (histories == null || histories.isEmpty()) {
            throw new IllegalArgumentException("no histories to train on");
        }
        Timeframe timeframe = histories.get(0).timeframe();
        int horizon = settings.horizon();
        int seriesCount = histories.size();
        double[][][] rowsBySeries = new double[seriesCount][][];
        int[][] labelsBySeries = new int[seriesCount][];
        int total = 0;
        for (int s = 0; s < seriesCount; s++) {
            CandleSeries series = histories.get(s);
            if (series.timeframe() != timeframe) {
                throw new IllegalArgumentException("histories mix timeframes: " + timeframe + " and "
                        + series.timeframe() + " (" + series.symbol() + ")");
            }
            rowsBySeries[s] = FeatureExtractor.rows(series);
            labelsBySeries[s] = FeatureExtractor.labels(series, horizon);
            for (int i = 0; i < series.size(); i++) {
                if (isSample(rowsBySeries[s][i], labelsBySeries[s][i])) {
                    total++;
                }
            }
        }
        double[][] rows = new double[total][];
        int[] labels = new int[total];
        long[] times = new long[total];
        int k = 0;
        for (int s = 0; s < seriesCount; s++) {
            long[] openTimes = histories.get(s).openTimes();
            for (int i = 0; i < openTimes.length; i++) {
                if (isSample(rowsBySeries[s][i], labelsBySeries[s][i])) {
                    rows[k] = rowsBySeries[s][i];
                    labels[k] = labelsBySeries[s][i];
                    times[k] = openTimes[i];
                    k++;
                }
            }
        }
        long embargoMs = horizon * timeframe.millis();
        if (total == 0) {
            return new Dataset(
                    timeframe,
                    new double[0][],
                    new int[0],
                    new long[0],
                    new double[0][],
                    new int[0],
                    new long[0],
                    Long.MAX_VALUE,
                    embargoMs);
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        int cutIndex = Math.min(total - 1, (int) Math.floor(total * (1.0 - settings.validationFraction())));
        long cut = sorted[cutIndex];

        int trainCount = 0;
        int validationCount = 0;
        for (long t : times) {
            if (t >= cut) {
                validationCount++;
            } else if (t + embargoMs < cut) {
                trainCount++;
            }
        }
        double[][] trainX = new double[trainCount][];
        int[] trainY = new int[trainCount];
        long[] trainTimes = new long[trainCount];
        double[][] validationX = new double[validationCount][];
        int[] validationY = new int[validationCount];
        long[] validationTimes = new long[validationCount];
        int a = 0;
        int b = 0;
        for (int i = 0; i < total; i++) {
            long t = times[i];
            if (t >= cut) {
                validationX[b] = rows[i];
                validationY[b] = labels[i];
                validationTimes[b++] = t;
            } else if (t + embargoMs < cut) {
                trainX[a] = rows[i];
                trainY[a] = labels[i];
                trainTimes[a++] = t;
            }
        }
        return new Dataset(
                timeframe, trainX, trainY, trainTimes, validationX, validationY, validationTimes, cut, embargoMs);
    }

    private static boolean isSample(double[] row, int label) {
        return label != FeatureExtractor.UNDEFINED && FeatureExtractor.usable(row);
    }
}
