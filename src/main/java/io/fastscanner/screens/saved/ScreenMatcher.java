package io.fastscanner.screens.saved;

import io.fastscanner.scan.SymbolAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The saved screens, parsed, as this replica knows them now: which of them a row passes. {@link SavedScreens} hands
 * it each new list with the store's version it was read at; a list older than the one held is ignored, so lists read
 * concurrently cannot put an older state back.
 */
@ApplicationScoped
public class ScreenMatcher {

    private record Snapshot(long version, List<SavedScreen> screens) {}

    private volatile Snapshot snapshot = new Snapshot(-1, List.of());

    /** Takes the screens the store held at {@code version}; false (and nothing changes) when it holds a newer list. */
    synchronized boolean replace(long version, List<SavedScreen> screens) {
        if (version < snapshot.version()) {
            return false;
        }
        snapshot = new Snapshot(version, List.copyOf(screens));
        return true;
    }

    /** The store's version of the screens held; -1 before the first list. */
    long version() {
        return snapshot.version();
    }

    /** The ids of the saved screens {@code analysis} passes, in the order they were saved. */
    public Set<String> matching(SymbolAnalysis analysis) {
        List<SavedScreen> screens = snapshot.screens();
        if (screens.isEmpty() || analysis == null) {
            return Set.of();
        }
        Set<String> passed = new LinkedHashSet<>();
        for (SavedScreen saved : screens) {
            if (saved.screen().matches(analysis)) {
                passed.add(saved.id());
            }
        }
        return passed;
    }

    /** Whether any screen is saved. */
    public boolean isEmpty() {
        return snapshot.screens().isEmpty();
    }
}
