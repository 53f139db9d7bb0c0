package io.fastscanner.scan;

import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.TimeframeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** {@code scanner.deep-analysis.*}: phase 2 of a scan, in the background. */
@ConfigMapping(prefix = "scanner.deep-analysis")
public interface DeepAnalysisConfig {

    /** Analyse scanned symbols in the background after each quick scan. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Symbols analysed at once. Each needs up to three more candle requests (the scan's own timeframe is reused),
     * so 8 symbols keep at most 24 requests in flight: 100 symbols cost about 600 request weight, far inside
     * Binance's budget.
     */
    @WithDefault("8")
    int concurrency();

    /** Timeframes of the multi-timeframe confluence; those the source does not serve are skipped. */
    @WithDefault("15m,1h,4h,1d")
    List<@WithConverter(TimeframeConverter.class) Timeframe> timeframes();

    /** Closed candles per timeframe (enough for EMA200). */
    @WithDefault("500")
    int candles();

    /**
     * Time allowed for one symbol's candles before it fails with reason {@code timeout}. Longer than a minute, so
     * a symbol whose requests wait for the next window of the exchange's weight budget is not failed for it.
     */
    @WithDefault("90s")
    Duration timeout();

    /** Stop distance floor, in ATR(14) multiples. */
    @WithDefault("1.5")
    double stopAtrMultiple();

    /** Take-profit distance, in multiples of the risk (entry to stop). */
    @WithDefault("2.0")
    double rewardMultiple();

    /** Candles searched for the nearest swing high/low. */
    @WithDefault("20")
    int swingLookback();
}
