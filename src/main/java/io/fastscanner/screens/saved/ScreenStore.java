package io.fastscanner.screens.saved;

import io.smallrye.mutiny.Uni;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the saved screens live: this process's memory ({@code scanner.store=memory}, for the process's life) or a
 * Redis hash every replica shares ({@code scanner.store=redis}, surviving restarts). Every change is atomic, the limit
 * included, also between replicas.
 */
public interface ScreenStore {

    /** Oldest first, then by id. */
    Comparator<SavedScreen> ORDER = Comparator.comparing(SavedScreen::createdAt).thenComparing(SavedScreen::id);

    /** Every saved screen, oldest first. */
    Uni<List<SavedScreen>> list();

    Uni<Optional<SavedScreen>> get(String id);

    /** Saves a new screen unless {@code max} are saved already: false then, and nothing changes. */
    Uni<Boolean> create(SavedScreen screen, int max);

    /** Replaces the screen with the same id: false when there is none, and nothing changes. */
    Uni<Boolean> replace(SavedScreen screen);

    /** Deletes a screen: false when there was none. */
    Uni<Boolean> delete(String id);

    /** A number that grows with every change any replica makes: a reader whose number is older reloads. */
    Uni<Long> version();
}
