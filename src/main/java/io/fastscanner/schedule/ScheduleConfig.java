package io.fastscanner.schedule;

import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.TimeframeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** {@code scanner.schedule.*}: scans that run by themselves. */
@ConfigMapping(prefix = "scanner.schedule")
public interface ScheduleConfig {

    /** Run scans on the schedule; shown as {@code periodicScanningEnabled}. */
    @WithDefault("true")
    boolean enabled();

    /** Quartz-style cron expression (seconds first); the default runs every 15 minutes. */
    @WithDefault("0 */15 * * * ?")
    String cron();

    /** Also run one scan right after start-up. */
    @WithDefault("false")
    boolean scanOnStart();

    /** Timeframe of scheduled scans (default: {@code scanner.quick-scan.default-timeframe}). */
    Optional<@WithConverter(TimeframeConverter.class) Timeframe> timeframe();
}
