package io.fastscanner.scannerapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Works run one after the other; a waiting one is shared by its key. */
class OneAtATimeTest {

    private final OneAtATime<String> oneAtATime = new OneAtATime<>();
    private final List<String> started = new ArrayList<>();

    /** A work that records its start and ends when {@code end} completes. */
    private Uni<String> submit(String key, String name, CompletableFuture<String> end) {
        return oneAtATime.submit(key, () -> {
            started.add(name);
            return Uni.createFrom().completionStage(end);
        });
    }

    @Test
    void aWorkStartsWhenTheOneBeforeItEnded() {
        CompletableFuture<String> endA = new CompletableFuture<>();
        CompletableFuture<String> endB = new CompletableFuture<>();
        CompletableFuture<String> a = submit("medium", "a", endA).subscribeAsCompletionStage();
        CompletableFuture<String> b = submit("daily", "b", endB).subscribeAsCompletionStage();

        assertThat(started).containsExactly("a");
        endA.complete("A");
        assertThat(a).isCompletedWithValue("A");
        assertThat(started).containsExactly("a", "b");
        endB.complete("B");
        assertThat(b).isCompletedWithValue("B");
    }

    @Test
    void aFailedWorkLetsTheNextStart() {
        CompletableFuture<String> endA = new CompletableFuture<>();
        CompletableFuture<String> a = submit("medium", "a", endA).subscribeAsCompletionStage();
        CompletableFuture<String> b =
                submit("daily", "b", CompletableFuture.completedFuture("B")).subscribeAsCompletionStage();

        endA.completeExceptionally(new IllegalStateException("broken"));

        assertThat(a).isCompletedExceptionally();
        assertThat(b).isCompletedWithValue("B");
    }

    @Test
    void aWaitingWorkIsSharedByItsKeyAndRunsOnce() {
        CompletableFuture<String> endA = new CompletableFuture<>();
        AtomicInteger runs = new AtomicInteger();
        submit("medium", "a", endA).subscribeAsCompletionStage();
        Uni<String> waiting = oneAtATime.submit("medium", () -> {
            runs.incrementAndGet();
            return Uni.createFrom().item("B");
        });
        Uni<String> joined = oneAtATime.submit("medium", () -> {
            runs.incrementAndGet();
            return Uni.createFrom().item("C");
        });
        CompletableFuture<String> first = waiting.subscribeAsCompletionStage();
        CompletableFuture<String> second = joined.subscribeAsCompletionStage();

        second.cancel(false); // one subscriber giving up does not take the result from the other
        endA.complete("A");

        assertThat(first).isCompletedWithValue("B");
        assertThat(runs).hasValue(1);
    }
}
