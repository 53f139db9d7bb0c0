package io.fastscanner.rules;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code scanner.rules.*}: alert rules, their deliveries, and how replicas share them. */
@ConfigMapping(prefix = "scanner.rules")
public interface RulesConfig {

    /** Rules at most; creating one more is refused. */
    @WithDefault("200")
    int maxRules();

    /** Deliveries kept per rule for {@code GET /api/scanner/alert-rules/{id}/deliveries}, newest first. */
    @WithDefault("200")
    int deliveriesPerRule();

    /**
     * With {@code scanner.store=redis}: how often each replica checks whether rules or channels changed (on another
     * replica) and reloads them.
     */
    @WithDefault("2s")
    Duration syncInterval();
}
