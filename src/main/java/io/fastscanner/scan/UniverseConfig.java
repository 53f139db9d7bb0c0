package io.fastscanner.scan;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code scanner.universe.*}: the symbols scanned when a request names none. */
@ConfigMapping(prefix = "scanner.universe")
public interface UniverseConfig {

    /** How many of the most traded pairs (by 24 h quote volume) make up the default universe. */
    @WithDefault("20")
    int size();

    /**
     * How old the ranking of the default universe may be. A scan reuses the tickers of an earlier scan (of any
     * symbols) seen within this time to choose its symbols, and fetches their candles while its own ticker request
     * is under way; {@code 0s}: every scan waits for fresh tickers before choosing. Each row's 24 h figures always
     * come from the scan's own ticker request.
     */
    @WithDefault("5m")
    Duration rankingMaxAge();

    /**
     * Quote asset of the default universe; unset, each exchange's own: {@code USDT}, {@code USD} on Coinbase and
     * Kraken, whose dollar pairs trade against USD.
     */
    Optional<String> quote();
}
