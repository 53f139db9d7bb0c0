package io.fastscanner.marketdata.budget;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Reservations of one budget sent to the store together: one call at a time, and whatever is asked for while it is
 * on its way goes in the next call, at most {@code maxBatch} in one, in the order asked. A scan asks for twenty
 * requests at once; twenty round trips would each wait behind the others' replies on the event loop that reads them,
 * and that wait is added to every request the scan sends. A failed call fails every reservation it carried.
 */
final class ReservationBatches {

    /** One call to the store for {@code weights}, in order: one admission per weight, in the same order. */
    @FunctionalInterface
    interface Store {
        Uni<List<Admission>> reserve(List<Integer> weights, long nowMs);
    }

    private record Waiting(int weight, long nowMs, UniEmitter<? super Admission> answer) {}

    private final Store store;
    private final int maxBatch;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private boolean sending;

    ReservationBatches(Store store, int maxBatch) {
        this.store = store;
        this.maxBatch = maxBatch;
    }

    Uni<Admission> reserve(int weight, long nowMs) {
        return Uni.createFrom().emitter(answer -> {
            synchronized (this) {
                waiting.addLast(new Waiting(weight, nowMs, answer));
                if (sending) {
                    return;
                }
                sending = true;
            }
            sendNext();
        });
    }

    private void sendNext() {
        List<Waiting> batch = new ArrayList<>();
        synchronized (this) {
            while (!waiting.isEmpty() && batch.size() < maxBatch) {
                batch.add(waiting.removeFirst());
            }
            if (batch.isEmpty()) {
                sending = false;
                return;
            }
        }
        // Counted at the latest time asked: none of them is sent before it.
        long now = batch.stream().mapToLong(Waiting::nowMs).max().orElseThrow();
        List<Integer> weights = batch.stream().map(Waiting::weight).toList();
        Uni.createFrom()
                .deferred(() -> store.reserve(weights, now))
                .subscribe()
                .with(
                        admissions -> {
                            if (admissions.size() == batch.size()) {
                                for (int i = 0; i < batch.size(); i++) {
                                    batch.get(i).answer().complete(admissions.get(i));
                                }
                            } else {
                                IllegalStateException wrong = new IllegalStateException(
                                        admissions.size() + " admissions for " + batch.size() + " reservations");
                                batch.forEach(w -> w.answer().fail(wrong));
                            }
                            sendNext();
                        },
                        failure -> {
                            batch.forEach(w -> w.answer().fail(failure));
                            sendNext();
                        });
    }
}
