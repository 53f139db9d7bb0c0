package io.fastscanner.events;

import io.smallrye.mutiny.Uni;
import java.util.Set;

/**
 * The saved screens, as the stream needs them: which ones the symbol of an event passes, told when the event is
 * published (by the replica that knows the symbol's row) and carried with it, so that every replica's clients can be
 * filtered by a saved screen ({@code ?screenId=}) without knowing the row.
 */
public interface EventScreens {

    /** The ids of the saved screens that the latest row of the symbol {@code data} is about passes; empty if none. */
    Set<String> matching(EventData data);

    /** Whether a screen with this id is saved (the stream answers 404 before it starts otherwise). */
    Uni<Boolean> known(String id);
}
