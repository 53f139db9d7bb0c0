package io.fastscanner.store;

import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Writes reach the store in the order they were asked for, survive an outage, and stay bounded while it lasts. */
class OrderedWritesTest {

    private final StoreHealth health = new StoreHealth(Clock.systemUTC());
    private final List<String> applied = new CopyOnWriteArrayList<>();

    @Test
    void aWriteStartsOnlyWhenTheOneBeforeHasSucceeded() {
        OrderedWrites writes = new OrderedWrites(100, health);
        CompletableFuture<Void> slow = new CompletableFuture<>();
        writes.submit("first", () -> Uni.createFrom().completionStage(slow).invoke(() -> applied.add("first")));
        writes.submit("second", () -> Uni.createFrom().item("second").invoke(applied::add));

        assertThat(applied).as("the second waits for the first").isEmpty();
        assertThat(writes.idle()).isFalse();
        slow.complete(null);

        await("both applied").until(() -> applied.size() == 2);
        assertThat(applied).containsExactly("first", "second");
        assertThat(writes.idle()).isTrue();
    }

    @Test
    void aFailedWriteIsRetriedUntilTheStoreIsBackAndTheOthersKeepTheirOrder() {
        OrderedWrites writes = new OrderedWrites(100, health);
        AtomicInteger attempts = new AtomicInteger();
        writes.submit(
                "flaky",
                () -> attempts.incrementAndGet() < 3
                        ? Uni.createFrom().failure(new IllegalStateException("Connection refused"))
                        : Uni.createFrom().item("flaky").invoke(applied::add));
        writes.submit("after", () -> Uni.createFrom().item("after").invoke(applied::add));

        await("applied once the store answers").until(() -> applied.size() == 2);
        assertThat(applied).containsExactly("flaky", "after");
        assertThat(attempts).hasValue(3);
        assertThat(health.outage()).as("reachable again").isEmpty();
    }

    @Test
    void whileTheStoreIsDownTheOldestWritesBeyondTheBoundAreDropped() {
        OrderedWrites writes = new OrderedWrites(2, health);
        writes.submit("1", () -> Uni.createFrom().failure(new IllegalStateException("Connection refused")));
        writes.submit("2", () -> Uni.createFrom().item("2").invoke(applied::add));
        writes.submit("3", () -> Uni.createFrom().item("3").invoke(applied::add));

        await("the writes kept").until(() -> applied.size() == 2);
        assertThat(applied)
                .as("1 was dropped while it was retried; 2 and 3 kept their order")
                .containsExactly("2", "3");
        assertThat(writes.idle()).isTrue();
    }
}
