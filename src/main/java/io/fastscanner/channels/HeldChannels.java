package io.fastscanner.channels;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The channels a replica holds, and how a reload from the store changes them: a stored channel that is new or newer
 * than the one held replaces it; one held but no longer stored goes, unless it changed here after the reload started
 * (the reload read the store before that change).
 */
final class HeldChannels {

    private static final Comparator<StoredChannel> ORDER =
            Comparator.comparing(StoredChannel::createdAt).thenComparing(StoredChannel::id);

    private final Map<String, StoredChannel> channels = new LinkedHashMap<>();

    synchronized List<StoredChannel> all() {
        return channels.values().stream().sorted(ORDER).toList();
    }

    synchronized Optional<StoredChannel> get(String id) {
        return Optional.ofNullable(channels.get(id));
    }

    synchronized void put(StoredChannel channel) {
        channels.put(channel.id(), channel);
    }

    synchronized void remove(String id) {
        channels.remove(id);
    }

    /** Calls {@code hold} for each stored channel that is new or changed, {@code drop} for each that went. */
    void merge(List<StoredChannel> stored, Instant reloadStarted, Consumer<StoredChannel> hold, Consumer<String> drop) {
        Map<String, StoredChannel> before;
        synchronized (this) {
            before = new LinkedHashMap<>(channels);
        }
        Map<String, StoredChannel> now = new LinkedHashMap<>();
        stored.forEach(c -> now.put(c.id(), c));
        for (StoredChannel c : stored) {
            StoredChannel held = before.get(c.id());
            if (held == null || (!held.equals(c) && !c.updatedAt().isBefore(held.updatedAt()))) {
                hold.accept(c);
            }
        }
        for (StoredChannel held : before.values()) {
            if (!now.containsKey(held.id()) && held.updatedAt().isBefore(reloadStarted)) {
                drop.accept(held.id());
            }
        }
    }
}
