package io.fastscanner.scorecard.ledger;

import static io.fastscanner.scorecard.ledger.Recorded.BTC;
import static io.fastscanner.scorecard.ledger.Recorded.ETH;
import static io.fastscanner.scorecard.ledger.Recorded.hours;
import static io.fastscanner.scorecard.ledger.Recorded.row;
import static io.fastscanner.scorecard.ledger.Recorded.signal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fastscanner.analysis.Direction;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.budget.TestRedis;
import io.fastscanner.scorecard.PastSignal;
import io.fastscanner.signal.SignalType;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ledger in the Redis at 127.0.0.1:6379, under a prefix of its own; each replica a client of its own. */
class RedisLedgerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final TestRedis redis = new TestRedis();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void cleanUp() {
        redis.close();
    }

    private RedisLedger replica(String owner) {
        return new RedisLedger(redis.client(), redis.prefix(), JSON, clock, Duration.ofMinutes(2), owner);
    }

    @Test
    void signalsAreKeptOncePerCandleDueByTheirExchangesClockAndBoundedByCountAndAge() {
        LedgerContract.check(replica("a"));
    }

    @Test
    void eachDueSignalIsClaimedByOneReplicaAndMeasuredOnce() {
        RedisLedger a = replica("a");
        RedisLedger b = replica("b");
        for (int candle = 0; candle < 10; candle++) {
            LedgerContract.keep(a, signal(BTC, candle, SignalType.BUY));
            LedgerContract.keep(a, signal(ETH, candle, SignalType.SELL));
        }
        List<PastSignal> dueA = a.due(Exchange.BINANCE, hours(20), 100).await().atMost(WAIT);
        List<PastSignal> dueB = b.due(Exchange.BINANCE, hours(20), 100).await().atMost(WAIT);
        assertThat(dueA).hasSize(20).isEqualTo(dueB);

        List<List<PastSignal>> claimed = Uni.join()
                .all(a.claim(dueA), b.claim(dueB))
                .andFailFast()
                .await()
                .atMost(WAIT);
        Set<PastSignal> byA = new HashSet<>(claimed.get(0));
        Set<PastSignal> byB = new HashSet<>(claimed.get(1));
        Set<PastSignal> both = new HashSet<>(byA);
        both.retainAll(byB);
        assertThat(both).as("claimed by both replicas").isEmpty();
        assertThat(byA.size() + byB.size()).isEqualTo(20);

        // a measures its own: saved, then released; b, still holding the list it read, cannot claim them again
        List<SignalKey> keysA = new ArrayList<>();
        for (PastSignal s : byA) {
            PastSignal measured =
                    ((Measurement.Measured) LedgerEntries.measure(s, Recorded.rising(40), hours(20))).signal();
            a.update(SignalKey.of(s), current -> LedgerEntries.applyMeasured(current, measured))
                    .await()
                    .atMost(WAIT);
            keysA.add(SignalKey.of(s));
        }
        a.release(keysA).await().atMost(WAIT);
        assertThat(b.claim(new ArrayList<>(byA)).await().atMost(WAIT)).isEmpty();

        // b's request failed: it gives its claims back and the signals are due for anyone
        b.release(byB.stream().map(SignalKey::of).toList()).await().atMost(WAIT);
        List<PastSignal> left = a.due(Exchange.BINANCE, hours(2), 100).await().atMost(WAIT);
        assertThat(new HashSet<>(left))
                .isEqualTo(byB.stream()
                        .filter(s -> !LedgerEntries.dueAt(s).orElseThrow().isAfter(hours(2)))
                        .collect(java.util.stream.Collectors.toSet()));
        assertThat(new HashSet<>(
                        a.claim(b.due(Exchange.BINANCE, hours(20), 100).await().atMost(WAIT))
                                .await()
                                .atMost(WAIT)))
                .isEqualTo(byB);
    }

    @Test
    void changesFromTwoReplicasToOneSignalAreBothKept() {
        RedisLedger a = replica("a");
        RedisLedger b = replica("b");
        PastSignal s = signal(BTC, 0, SignalType.BUY);
        LedgerContract.keep(a, s);
        PastSignal stronger = LedgerEntries.fromRow(row(BTC, 0, SignalType.BUY, 77), Recorded.HORIZONS)
                .orElseThrow();

        List<Uni<Void>> writes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            writes.add(a.update(
                    SignalKey.of(s),
                    kept -> kept.map(
                            k -> LedgerEntries.withDeep(k, Recorded.deep(Direction.LONG, false, 95, 110, 72), 72.0))));
            writes.add(b.update(SignalKey.of(s), kept -> Optional.of(LedgerEntries.mergeRow(kept, stronger))));
        }
        Uni.join().all(writes).andFailFast().await().atMost(WAIT);

        PastSignal kept = LedgerContract.newest(replica("c"), Optional.of(BTC)).get(0);
        assertThat(kept.strength()).isEqualTo(77);
        assertThat(kept.stopLoss()).isEqualTo(95.0);
        assertThat(kept.opportunityScore()).isEqualTo(72.0);
    }

    @Test
    void aRestartedReplicaFindsEverySignalWithItsOutcomes() {
        RedisLedger before = replica("a");
        PastSignal s = signal(BTC, 0, SignalType.SELL);
        LedgerContract.keep(before, s);
        PastSignal measured = ((Measurement.Measured) LedgerEntries.measure(s, Recorded.rising(10), hours(6))).signal();
        before.update(SignalKey.of(s), current -> LedgerEntries.applyMeasured(current, measured))
                .await()
                .atMost(WAIT);

        RedisLedger after = replica("b");
        assertThat(LedgerContract.newest(after, Optional.empty())).containsExactly(measured);
        assertThat(after.due(Exchange.BINANCE, hours(25), 10).await().atMost(WAIT))
                .containsExactly(measured);
        assertThat(redis.keys()).allMatch(key -> key.startsWith(redis.prefix() + "ledger:"));
    }
}
