package io.fastscanner.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code scanner.max-symbols}: what the HTTP API accepts. */
@ConfigMapping(prefix = "scanner")
public interface ApiConfig {

    /** Most symbols one quick-scan request may name. */
    @WithDefault("500")
    int maxSymbols();
}
