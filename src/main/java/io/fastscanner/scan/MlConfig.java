package io.fastscanner.scan;

import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.TimeframeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code scanner.ml.*}: the pooled prediction model of the deep phase. */
@ConfigMapping(prefix = "scanner.ml")
public interface MlConfig {

    /** Train and report the ML prediction. */
    @WithDefault("true")
    boolean enabled();

    /** Timeframe the model is trained and predicts on. */
    @WithDefault("1h")
    @WithConverter(TimeframeConverter.class)
    Timeframe timeframe();

    /** Candles ahead the model predicts. */
    @WithDefault("4")
    int horizon();

    /** Closed candles of history per symbol used for training (Binance serves up to 1000 per request). */
    @WithDefault("1000")
    int historyCandles();

    /** Retrain at most this often (sooner when the scan's symbol set changes). */
    @WithDefault("6h")
    Duration retrainInterval();

    /**
     * Symbols whose histories are pooled for training: the first of the scan, in its order (for the default universe
     * the most traded). 200 symbols of 1000 candles are some 200,000 samples, plenty for a model of a few features;
     * more would only cost memory and CPU. The model then predicts for every symbol of the scan.
     */
    @WithDefault("200")
    int maxTrainingSymbols();
}
