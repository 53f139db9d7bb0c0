package io.fastscanner.store;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/**
 * Records that users write through the API (alert rules, notification channels), by id: in this process
 * ({@code scanner.store=memory}, for its life) or in one Redis hash shared by every replica. Each write to a Redis
 * store also increases the shared version ({@link RecordStores#version()}), which the replicas poll to reload.
 * A failure to reach Redis is a {@link StoreUnavailableException}.
 */
public interface RecordStore<T> {

    /** Every record, in no particular order. */
    Uni<List<T>> all();

    Uni<Optional<T>> get(String id);

    /** Stores {@code value} under a new id; false, and nothing written, when the id is taken. */
    Uni<Boolean> create(String id, T value);

    /** Stores {@code value} under {@code id}, new or replacing. */
    Uni<Void> put(String id, T value);

    /** False when there was no record {@code id}. */
    Uni<Boolean> delete(String id);
}
