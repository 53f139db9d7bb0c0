package io.fastscanner.marketdata.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * One call to the store at a time, the reservations asked for meanwhile together in the next, in order and at most
 * {@code maxBatch}; each gets the admission at its own place; a failed or malformed call fails only what it carried.
 * The store here answers when the test says so.
 */
class ReservationBatchesTest {

    private record Call(List<Integer> weights, long nowMs, CompletableFuture<List<Admission>> answer) {}

    private final List<Call> calls = new ArrayList<>();
    private final ReservationBatches batches = new ReservationBatches(this::call, 3);

    private Uni<List<Admission>> call(List<Integer> weights, long nowMs) {
        Call call = new Call(weights, nowMs, new CompletableFuture<>());
        calls.add(call);
        return Uni.createFrom().completionStage(call.answer());
    }

    private UniAssertSubscriber<Admission> reserve(int weight, long nowMs) {
        return batches.reserve(weight, nowMs).subscribe().withSubscriber(UniAssertSubscriber.create());
    }

    private static List<Admission> admitted(int count, long atMs) {
        return Collections.nCopies(count, new Admission.Admitted(atMs));
    }

    @Test
    void whatIsAskedWhileACallIsOnItsWayGoesInTheNextCallInOrderAtMostMaxBatch() {
        var first = reserve(1, 100);
        var second = reserve(2, 101);
        var third = reserve(3, 103);
        var fourth = reserve(4, 102);
        var fifth = reserve(5, 104);

        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).weights()).containsExactly(1);
        calls.get(0).answer().complete(admitted(1, 100));
        first.assertItem(new Admission.Admitted(100));

        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).weights()).containsExactly(2, 3, 4);
        assertThat(calls.get(1).nowMs()).isEqualTo(103); // counted at the latest time asked
        second.assertNotTerminated();
        calls.get(1)
                .answer()
                .complete(List.of(
                        new Admission.Admitted(103), new Admission.WindowFull(50), new Admission.WindowFull(50)));
        second.assertItem(new Admission.Admitted(103));
        third.assertItem(new Admission.WindowFull(50));
        fourth.assertItem(new Admission.WindowFull(50));

        assertThat(calls).hasSize(3);
        assertThat(calls.get(2).weights()).containsExactly(5);
        fifth.assertNotTerminated();
    }

    @Test
    void aFailedCallFailsWhatItCarriedAndTheNextIsStillSent() {
        var first = reserve(1, 100);
        var second = reserve(2, 100);
        calls.get(0).answer().completeExceptionally(new BudgetUnreachableException("test budget: no answer", null));

        first.assertFailedWith(BudgetUnreachableException.class, "no answer");
        assertThat(calls).hasSize(2);
        calls.get(1).answer().complete(admitted(1, 100));
        second.assertItem(new Admission.Admitted(100));
    }

    @Test
    void anAnswerWithTheWrongNumberOfAdmissionsFailsItsReservationsRatherThanGuess() {
        var first = reserve(1, 100);
        calls.get(0).answer().complete(List.of());

        first.assertFailedWith(IllegalStateException.class, "0 admissions for 1 reservations");
        var next = reserve(1, 200);
        calls.get(1).answer().complete(admitted(1, 200));
        next.assertItem(new Admission.Admitted(200));
    }
}
