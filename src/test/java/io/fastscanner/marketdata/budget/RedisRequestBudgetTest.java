package io.fastscanner.marketdata.budget;

import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastscanner.store.RedisScript;
import io.fastscanner.testing.Waits;
import io.smallrye.mutiny.Uni;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The budget in the Redis on 127.0.0.1:6379, as two replicas share it: each replica is a client of its own on one key
 * prefix ({@link TestRedis}), whose keys are deleted after each test. Besides {@link RequestBudgetContract}: the
 * replicas together never take a window over the budget, see each other's ban, pause and the exchange's count, keys
 * expire, and a Redis out of reach fails every call with {@code store_unavailable}.
 */
class RedisRequestBudgetTest extends RequestBudgetContract {

    private final TestRedis redis = new TestRedis();

    @Override
    RequestBudget budget(WindowLimit limit) {
        return redis.replica(limit);
    }

    @AfterEach
    void deleteKeys() {
        redis.close();
    }

    @Test
    void twoReplicasReservingAtOnceNeverTakeAWindowOverTheBudget() {
        WindowLimit limit = new WindowLimit("binance", 1000, Duration.ofMinutes(1), Duration.ofMillis(500));
        RequestBudget one = redis.replica(limit);
        RequestBudget two = redis.replica(limit);
        long now = T + 30_000;

        List<CompletableFuture<Admission>> answers = IntStream.range(0, 400)
                .mapToObj(i -> (i % 2 == 0 ? one : two).tryReserve(7, now).subscribeAsCompletionStage())
                .toList();
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();

        long admitted = answers.stream()
                .filter(a -> a.join() instanceof Admission.Admitted)
                .count();
        assertThat(admitted).isEqualTo(1000 / 7);
        assertThat(answers)
                .allSatisfy(a -> assertThat(a.join())
                        .isIn(new Admission.Admitted(now), new Admission.WindowFull(T + 60_000 - now)));
        assertThat(redis.command("GET", redis.prefix() + "budget:binance:" + T).toInteger())
                .isEqualTo(1000 / 7 * 7);
        assertThat(used(two, now)).isEqualTo(1000 / 7 * 7);
    }

    @Test
    void reservationsSentTogetherAreAdmittedFirstToLastWhileTheyFit() {
        RedisRequestBudget budget = (RedisRequestBudget) redis.replica(LIMIT);
        long now = T + 1_000;

        List<Admission> answers =
                budget.reserveAll(List.of(4, 5, 2, 1), now).await().atMost(Waits.AT_MOST);

        // 4 + 5 fit the budget of 10; 2 does not, and 1 behind it waits too rather than pass it
        Admission full = new Admission.WindowFull(END - now);
        assertThat(answers).containsExactly(new Admission.Admitted(now), new Admission.Admitted(now), full, full);
        assertThat(used(budget, now)).isEqualTo(9);
    }

    @Test
    void aBatchNearTheWindowsEndCountsInBothWindowsAndABanRefusesItWhole() {
        RedisRequestBudget budget = (RedisRequestBudget) redis.replica(LIMIT);

        assertThat(budget.reserveAll(List.of(3, 3), END - 50).await().atMost(Waits.AT_MOST))
                .containsOnly(new Admission.Admitted(END - 50));
        assertThat(used(budget, END + 10)).isEqualTo(6);

        budget.banUntil(END + 5_000, END).await().atMost(Waits.AT_MOST);
        assertThat(budget.reserveAll(List.of(1, 1, 1), END + 100).await().atMost(Waits.AT_MOST))
                .containsExactly(Collections.nCopies(3, new Admission.Banned(END + 5_000))
                        .toArray(Admission[]::new));
    }

    @Test
    void aBanOneReplicaRecordsRefusesTheOthersRequestsUntilItEnds() {
        RequestBudget one = redis.replica(LIMIT);
        RequestBudget two = redis.replica(LIMIT);
        long now = T + 1_000;

        one.banUntil(now + 5_000, now).await().atMost(Waits.AT_MOST);

        assertThat(reserve(two, 1, now + 1)).isEqualTo(new Admission.Banned(now + 5_000));
        assertThat(state(two, now + 1).banEnd()).hasValue(Instant.ofEpochMilli(now + 5_000));
        assertThat(redis.command("PTTL", redis.prefix() + "budget:test:ban").toLong())
                .isBetween(1L, 5_000L);
    }

    @Test
    void aPauseOneReplicaRecordsHoldsTheOthersRequests() {
        RequestBudget one = redis.replica(LIMIT);
        RequestBudget two = redis.replica(LIMIT);
        long now = T + 1_000;

        one.pauseUntil(now + 2_000, now).await().atMost(Waits.AT_MOST);

        assertThat(reserve(two, 1, now + 1)).isEqualTo(new Admission.Paused(now + 2_000));
        assertThat(reserve(two, 1, now + 2_000)).isEqualTo(new Admission.Admitted(now + 2_000));
    }

    @Test
    void theExchangesCountReportedToOneReplicaHoldsBackTheOther() {
        RequestBudget one = redis.replica(LIMIT);
        RequestBudget two = redis.replica(LIMIT);
        long reservedAt = ((Admission.Admitted) reserve(one, 2, T + 5_000)).atMs();

        report(one, reservedAt, 9, T + 5_100);

        assertThat(used(two, T + 5_200)).isEqualTo(9);
        assertThat(reserve(two, 2, T + 5_200)).isInstanceOf(Admission.WindowFull.class);
        assertThat(reserve(two, 1, T + 5_200)).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void aReplicaWhoseClockIsBehindCountsNearTheEndInTheWindowTheOtherAlreadyFills() {
        RequestBudget ahead = redis.replica(LIMIT);
        RequestBudget behind = redis.replica(LIMIT);
        assertThat(reserve(ahead, 10, END + 20)).isInstanceOf(Admission.Admitted.class);

        // 80 ms before the end by its clock: Binance may count it in the next window, which is full
        assertThat(reserve(behind, 1, END - 80)).isEqualTo(new Admission.WindowFull(80));
        assertThat(reserve(behind, 1, END - 1_000)).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void aReplicasGateWaitsForTheNextWindowWhenTheOtherFilledThisOne() {
        WindowLimit shortWindow = new WindowLimit("short", 2, Duration.ofMillis(500), Duration.ofMillis(10));
        BudgetGate one = new BudgetGate(redis.replica(shortWindow), Clock.systemUTC());
        BudgetGate two = new BudgetGate(redis.replica(shortWindow), Clock.systemUTC());
        BudgetGate.BanRefusal notBanned = (until, now) -> new IllegalStateException("no ban was set");

        long first = one.acquire(2, notBanned).await().atMost(Waits.AT_MOST);
        long second = two.acquire(2, notBanned).await().atMost(Waits.AT_MOST);

        assertThat(shortWindow.windowStart(second)).isGreaterThan(shortWindow.windowStart(first));
        assertThat(redis.command("GET", redis.prefix() + "budget:short:" + shortWindow.windowStart(second))
                        .toInteger())
                .isEqualTo(2);
    }

    @Test
    void windowPauseAndBanKeysExpire() {
        WindowLimit shortWindow = new WindowLimit("short", 10, Duration.ofMillis(300), Duration.ofMillis(50));
        RequestBudget budget = redis.replica(shortWindow);
        long now = Clock.systemUTC().millis();
        long start = shortWindow.windowStart(now);
        reserve(budget, 1, now);
        budget.pauseUntil(now + 200, now).await().atMost(Waits.AT_MOST);
        budget.banUntil(now + 200, now).await().atMost(Waits.AT_MOST);

        // a window's count lives until one window after its end
        assertThat(redis.command("PTTL", redis.prefix() + "budget:short:" + start)
                        .toLong())
                .isBetween(1L, start + 600 - now);
        assertThat(redis.keys()).isNotEmpty();
        await("every key of the budget to expire").until(() -> redis.keys().isEmpty());
    }

    @Test
    void aScriptRedisDoesNotKnowYetIsSentOnceThenCalledByItsDigest() {
        RedisScript script = new RedisScript("-- " + redis.prefix() + "\nreturn tonumber(ARGV[1]) + 1");
        var client = redis.dataSource(TestRedis.URL);
        assertThat(redis.command("SCRIPT", "EXISTS", script.sha1()).get(0).toInteger())
                .isZero();

        assertThat(script.run(client, List.of(), List.of("41"))
                        .await()
                        .atMost(Waits.AT_MOST)
                        .toInteger())
                .isEqualTo(42);
        assertThat(redis.command("SCRIPT", "EXISTS", script.sha1()).get(0).toInteger())
                .isEqualTo(1);
        assertThat(script.run(client, List.of(), List.of("1"))
                        .await()
                        .atMost(Waits.AT_MOST)
                        .toInteger())
                .isEqualTo(2);
    }

    @Test
    void aRedisOutOfReachFailsEveryCallAndTheGatesRequestWithStoreUnavailable() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RequestBudget budget = new RedisRequestBudget(
                redis.dataSource("redis://127.0.0.1:" + closedPort), redis.prefix(), LIMIT, Duration.ofSeconds(5));
        long now = T + 1_000;

        Stream.<Uni<?>>of(
                        budget.tryReserve(1, now),
                        budget.reportUsed(now, 5, now + 1_000),
                        budget.pauseUntil(now + 1_000, now),
                        budget.banUntil(now + 1_000, now),
                        budget.state(now))
                .forEach(call -> assertThatThrownBy(() -> call.await().atMost(Waits.AT_MOST))
                        .isInstanceOfSatisfying(BudgetUnreachableException.class, e -> {
                            assertThat(e.reason()).isEqualTo("store_unavailable");
                            assertThat(e.getMessage()).startsWith("test budget (");
                        }));

        BudgetGate gate = new BudgetGate(budget, Clock.systemUTC());
        assertThatThrownBy(() -> gate.acquire(1, (until, at) -> new IllegalStateException("banned"))
                        .await()
                        .atMost(Waits.AT_MOST))
                .isInstanceOf(BudgetUnreachableException.class);
    }

    @Test
    void aRedisThatDoesNotAnswerFailsTheCallAfterTheStoreTimeout() throws Exception {
        try (var silent = new ServerSocket(0)) { // accepts connections, never answers
            RequestBudget budget = new RedisRequestBudget(
                    redis.dataSource("redis://127.0.0.1:" + silent.getLocalPort()),
                    redis.prefix(),
                    LIMIT,
                    Duration.ofMillis(300));

            assertThatThrownBy(() -> budget.tryReserve(1, T).await().atMost(Waits.AT_MOST))
                    .isInstanceOfSatisfying(
                            BudgetUnreachableException.class,
                            e -> assertThat(e.getMessage())
                                    .isEqualTo("test budget (reserve): no answer from Redis within 300 ms"));
        }
    }
}
