package io.fastscanner.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The latest scan and its rows change together: late results of a superseded scan, racing the newer scan's
 * arrival, never land among the newer scan's rows, and a reader never sees rows of two scans at once.
 */
class ScanStateTest {

    private static final List<MarketSymbol> SYMBOLS = List.of(
            MarketSymbol.of("BTC", "USDT"),
            MarketSymbol.of("ETH", "USDT"),
            MarketSymbol.of("SOL", "USDT"),
            MarketSymbol.of("XRP", "USDT"));
    private static final Instant T0 = Instant.parse("2026-04-21T00:00:00Z");
    private static final int ROUNDS = 2_000;
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(4);

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
    }

    private static ScanState state() {
        return new ScanState(() -> 10);
    }

    /** A row whose {@code reason} names the scan and the phase it was written in. */
    private static SymbolAnalysis row(MarketSymbol symbol, String scanId, String phase) {
        return SymbolAnalysis.failed(
                QuickSignalCalculator.failed(symbol, Exchange.REPLAY, Timeframe.H1, scanId + ":" + phase, T0));
    }

    private static ScanResult result(String scanId, Instant startedAt) {
        return new ScanResult(
                scanId,
                ScanTrigger.API,
                Exchange.REPLAY,
                Timeframe.H1,
                startedAt,
                1,
                T0,
                SYMBOLS.stream().map(s -> row(s, scanId, "quick")).toList());
    }

    @Test
    void lateResultsOfASupersededScanNeverLandInTheNewScan() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            ScanState state = state();
            state.started("a", Instant.EPOCH);
            state.finished(result("a", T0));
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> writers = new ArrayList<>();
            for (MarketSymbol symbol : SYMBOLS.subList(0, 3)) {
                writers.add(THREADS.submit(() -> {
                    go.await();
                    return state.update("a", row(symbol, "a", "deep"));
                }));
            }
            Future<?> newer = THREADS.submit(() -> {
                go.await();
                state.started("b", Instant.EPOCH);
                state.finished(result("b", T0.plusSeconds(1)));
                return null;
            });
            go.countDown();
            newer.get(10, TimeUnit.SECONDS);
            for (Future<?> writer : writers) {
                writer.get(10, TimeUnit.SECONDS);
            }

            assertThat(state.latest())
                    .hasValueSatisfying(r -> assertThat(r.scanId()).isEqualTo("b"));
            assertThat(state.rows())
                    .as("round %d", round)
                    .extracting(ScanRow::reason)
                    .containsOnly("b:quick");
            assertThat(state.update("a", row(SYMBOLS.get(0), "a", "late"))).isFalse();
        }
    }

    @Test
    void aReaderSeesTheRowsOfOneScanAtATime() throws Exception {
        ScanState state = state();
        state.finished(result("s0", T0));
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> mixed = new ConcurrentLinkedQueue<>();
        Future<?> reader = THREADS.submit(() -> {
            while (writing.get()) {
                List<String> scans = state.rows().stream()
                        .map(r -> r.reason().substring(0, r.reason().indexOf(':')))
                        .distinct()
                        .toList();
                if (scans.size() != 1) {
                    mixed.add(scans.toString());
                }
            }
        });
        Future<?> deep = THREADS.submit(() -> {
            for (int i = 0; writing.get(); i++) {
                String scanId = state.latest().orElseThrow().scanId();
                state.update(scanId, row(SYMBOLS.get(i % SYMBOLS.size()), scanId, "deep"));
            }
        });
        for (int scan = 1; scan <= ROUNDS; scan++) {
            state.started("s" + scan, Instant.EPOCH);
            state.finished(result("s" + scan, T0.plusSeconds(scan)));
        }
        writing.set(false);
        reader.get(10, TimeUnit.SECONDS);
        deep.get(10, TimeUnit.SECONDS);

        assertThat(mixed).as("reads that mixed the rows of two scans").isEmpty();
        assertThat(state.latest().orElseThrow().scanId()).isEqualTo("s" + ROUNDS);
    }

    @Test
    void anOlderScanFinishingLateDoesNotReplaceANewerOne() {
        ScanState state = state();
        state.started("old", Instant.EPOCH);
        state.started("new", Instant.EPOCH);
        state.finished(result("new", T0.plusSeconds(5)));
        state.finished(result("old", T0));

        assertThat(state.latest().orElseThrow().scanId()).isEqualTo("new");
        assertThat(state.history()).extracting(ScanHistoryEntry::scanId).containsExactly("old", "new");
        assertThat(state.isScanning()).isFalse();
    }

    @Test
    void aFailedScanIsNoLongerTheCurrentOne() {
        ScanState state = state();
        state.started("first", Instant.EPOCH);
        assertThat(state.currentScanId()).isEqualTo("first");
        state.failed("first");
        assertThat(state.currentScanId()).as("no scan ever completed").isNull();
        assertThat(state.isScanning()).isFalse();

        state.started("done", Instant.EPOCH);
        state.finished(result("done", T0));
        state.started("broken", Instant.EPOCH);
        assertThat(state.currentScanId()).isEqualTo("broken");
        state.failed("broken");
        assertThat(state.currentScanId())
                .as("back to the scan the results belong to")
                .isEqualTo("done");

        state.started("slow", Instant.EPOCH);
        state.started("fast", Instant.EPOCH);
        state.failed("fast");
        assertThat(state.currentScanId()).as("the scan still running").isEqualTo("slow");
        assertThat(state.isScanning()).isTrue();
    }

    @Test
    void updatesOnlyTouchSymbolsOfTheLatestScan() {
        ScanState state = state();
        assertThat(state.update("a", row(SYMBOLS.get(0), "a", "deep")))
                .as("no scan yet")
                .isFalse();
        state.finished(result("a", T0));
        assertThat(state.update("a", row(MarketSymbol.of("DOGE", "USDT"), "a", "deep")))
                .isFalse();
        assertThat(state.update("a", row(SYMBOLS.get(1), "a", "deep"))).isTrue();
        assertThat(state.rows()).extracting(ScanRow::reason).containsExactly("a:quick", "a:deep", "a:quick", "a:quick");
        assertThat(state.analysis(new Listing(Exchange.REPLAY, SYMBOLS.get(1))))
                .hasValueSatisfying(a -> assertThat(a.row().reason()).isEqualTo("a:deep"));
    }
}
