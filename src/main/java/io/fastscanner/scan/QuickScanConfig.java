package io.fastscanner.scan;

import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.TimeframeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code scanner.quick-scan.*}: phase 1 of a scan. */
@ConfigMapping(prefix = "scanner.quick-scan")
public interface QuickScanConfig {

    /**
     * Candle requests in flight at once. 20 keeps a 1000-symbol scan (about 2,000 request weight on Binance) well
     * inside the default weight budget while hiding most of the network latency.
     */
    @WithDefault("20")
    int concurrency();

    /** Closed candles fetched per symbol: enough for EMA200 to settle. */
    @WithDefault("500")
    int candles();

    /** Time allowed for one symbol's candles before it fails with reason {@code timeout}. */
    @WithDefault("10s")
    Duration timeout();

    /** Timeframe when a request names none. */
    @WithDefault("1h")
    @WithConverter(TimeframeConverter.class)
    Timeframe defaultTimeframe();
}
