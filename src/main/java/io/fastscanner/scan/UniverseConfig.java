package io.fastscanner.scan;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code scanner.universe.*}: the symbols scanned when a request names none. */
@ConfigMapping(prefix = "scanner.universe")
public interface UniverseConfig {

    /** How many of the most traded pairs (by 24 h quote volume) make up the default universe. */
    @WithDefault("20")
    int size();

    /** Quote asset of the default universe. */
    @WithDefault("USDT")
    String quote();
}
