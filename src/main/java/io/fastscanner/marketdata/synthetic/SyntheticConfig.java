package io.fastscanner.marketdata.synthetic;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code scanner.synthetic.*}: the generated-market source, used when {@code scanner.source=synthetic}. */
@ConfigMapping(prefix = "scanner.synthetic")
public interface SyntheticConfig {

    /** How many markets to generate ({@code SYN0001/USDT}, {@code SYN0002/USDT}, ...). */
    @WithDefault("100")
    int symbols();

    /** Seed of every generated market: the same seed gives the same markets, candle for candle. */
    @WithDefault("42")
    long seed();
}
