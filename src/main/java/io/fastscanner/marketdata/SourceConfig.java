package io.fastscanner.marketdata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** {@code scanner.source} and the candle cache in front of it. */
@ConfigMapping(prefix = "scanner")
public interface SourceConfig {

    /** Where market data comes from: {@code replay} (bundled recorded candles), {@code binance} or {@code synthetic}. */
    @WithDefault("replay")
    Exchange source();

    /** Most candle series kept in memory (one per symbol and timeframe); beyond it, expired ones are dropped. */
    @WithName("cache.max-series")
    @WithDefault("20000")
    int cacheMaxSeries();
}
