package io.fastscanner.store;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link RecordStore} in this process: kept for its life, gone at a restart. */
final class MemoryRecordStore<T> implements RecordStore<T> {

    private final Map<String, T> records = new ConcurrentHashMap<>();

    @Override
    public Uni<List<T>> all() {
        return Uni.createFrom().item(new ArrayList<>(records.values()));
    }

    @Override
    public Uni<Optional<T>> get(String id) {
        return Uni.createFrom().item(Optional.ofNullable(records.get(id)));
    }

    @Override
    public Uni<Boolean> create(String id, T value) {
        return Uni.createFrom().item(records.putIfAbsent(id, value) == null);
    }

    @Override
    public Uni<Void> put(String id, T value) {
        records.put(id, value);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Boolean> delete(String id) {
        return Uni.createFrom().item(records.remove(id) != null);
    }
}
