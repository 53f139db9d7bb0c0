package io.fastscanner.screens.saved;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code scanner.screens.*}: the saved screens. */
@ConfigMapping(prefix = "scanner.screens")
public interface ScreensConfig {

    /** Most screens that can be saved; one more is refused with 409 {@code TOO_MANY_SCREENS}. */
    @WithDefault("100")
    int max();

    /**
     * With {@code scanner.store=redis}: how often a replica checks whether another replica saved, changed or deleted a
     * screen, so that the events it publishes carry the screens as they are now.
     */
    @WithDefault("2s")
    Duration refresh();
}
