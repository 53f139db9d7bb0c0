package io.fastscanner.screens.saved;

import io.fastscanner.screens.Screen;
import io.fastscanner.screens.ScreenSyntaxException;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.Optional;

/** A saved screen as Redis keeps it: one JSON value per id in the hash {@code <prefix>screens}. */
@RegisterForReflection
public record StoredScreen(String id, String name, String expression, Instant createdAt, Instant updatedAt) {

    static StoredScreen of(SavedScreen screen) {
        return new StoredScreen(
                screen.id(), screen.name(), screen.expression(), screen.createdAt(), screen.updatedAt());
    }

    /** The saved screen; empty when its expression no longer parses (a field was removed from the language). */
    Optional<SavedScreen> toSaved() {
        try {
            return Optional.of(new SavedScreen(id, name, Screen.parse(expression), createdAt, updatedAt));
        } catch (ScreenSyntaxException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
