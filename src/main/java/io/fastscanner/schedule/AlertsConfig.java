package io.fastscanner.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code scanner.alerts.*}: what counts as a significant change between two scans of a symbol. */
@ConfigMapping(prefix = "scanner.alerts")
public interface AlertsConfig {

    /** Strength change (0-100 points) that raises a {@code strength_change} alert. */
    @WithDefault("20")
    int strengthDelta();

    /** Price move, in percent of the previous price, that raises a {@code price_move} alert. */
    @WithDefault("3")
    double priceMovePct();

    /** Alerts kept for {@code GET /api/scanner/alerts}. */
    @WithDefault("500")
    int historySize();
}
