package io.fastscanner.scannerapi;

import io.smallrye.mutiny.Uni;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs works one after the other, never two at once: the scanner_api keeps only its last scan, so two fetches of
 * ours that overlapped there would read each other's results. A work waiting for its turn is shared by every later
 * submission with the same key: it has not asked yet, so its answer is as fresh for them as for the first.
 */
final class OneAtATime<T> {

    private final Map<String, CompletableFuture<T>> waiting = new HashMap<>();
    private CompletableFuture<?> last = CompletableFuture.completedFuture(null);

    /** Runs {@code work} once every work submitted before it has ended, or joins the waiting one with this key. */
    synchronized Uni<T> submit(String key, Supplier<Uni<T>> work) {
        CompletableFuture<T> same = waiting.get(key);
        if (same != null) {
            return Uni.createFrom().completionStage(same::copy);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        waiting.put(key, result);
        CompletableFuture<?> previous = last;
        last = result.handle((item, failure) -> null);
        previous.whenComplete((item, failure) -> start(key, result, work));
        // a copy per subscriber: one that cancels must not cancel the others' result
        return Uni.createFrom().completionStage(result::copy);
    }

    private void start(String key, CompletableFuture<T> result, Supplier<Uni<T>> work) {
        synchronized (this) {
            waiting.remove(key, result);
        }
        try {
            work.get().subscribe().with(result::complete, result::completeExceptionally);
        } catch (RuntimeException failure) {
            result.completeExceptionally(failure);
        }
    }
}
