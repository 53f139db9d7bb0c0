package io.fastscanner.screens.saved;

import io.fastscanner.screens.Screen;
import java.time.Instant;
import java.util.Objects;

/**
 * A screen saved under a name, shared by every replica with {@code scanner.store=redis}.
 *
 * @param id        chosen by the service when the screen is created, e.g. {@code scr-7f3a9c2e51b8}
 * @param createdAt when it was created
 * @param updatedAt when it was last replaced (its creation time until then)
 */
public record SavedScreen(String id, String name, Screen screen, Instant createdAt, Instant updatedAt) {

    public SavedScreen {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(screen);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(updatedAt);
    }

    /** The screen's canonical text. */
    public String expression() {
        return screen.text();
    }
}
