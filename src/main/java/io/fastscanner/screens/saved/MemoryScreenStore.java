package io.fastscanner.screens.saved;

import io.smallrye.mutiny.Uni;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The saved screens of this process ({@code scanner.store=memory}): kept for the process's life. */
final class MemoryScreenStore implements ScreenStore {

    private final Map<String, SavedScreen> screens = new HashMap<>();
    private long version;

    @Override
    public synchronized Uni<List<SavedScreen>> list() {
        return Uni.createFrom().item(screens.values().stream().sorted(ORDER).toList());
    }

    @Override
    public synchronized Uni<Optional<SavedScreen>> get(String id) {
        return Uni.createFrom().item(Optional.ofNullable(screens.get(id)));
    }

    @Override
    public synchronized Uni<Boolean> create(SavedScreen screen, int max) {
        if (screens.size() >= max) {
            return Uni.createFrom().item(false);
        }
        screens.put(screen.id(), screen);
        version++;
        return Uni.createFrom().item(true);
    }

    @Override
    public synchronized Uni<Boolean> replace(SavedScreen screen) {
        if (!screens.containsKey(screen.id())) {
            return Uni.createFrom().item(false);
        }
        screens.put(screen.id(), screen);
        version++;
        return Uni.createFrom().item(true);
    }

    @Override
    public synchronized Uni<Boolean> delete(String id) {
        boolean removed = screens.remove(id) != null;
        if (removed) {
            version++;
        }
        return Uni.createFrom().item(removed);
    }

    @Override
    public synchronized Uni<Long> version() {
        return Uni.createFrom().item(version);
    }
}
