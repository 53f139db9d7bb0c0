package io.fastscanner.scan;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code scanner.history.*}: the scans listed by {@code GET /api/scanner/scan-status}. */
@ConfigMapping(prefix = "scanner.history")
public interface HistoryConfig {

    /** Finished scans kept, newest first. */
    @WithDefault("100")
    int size();
}
