package io.fastscanner.events;

import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.testing.Scans;
import io.fastscanner.time.TimeId;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every scan's events end with exactly one closing event, also when scans run at the same time. */
@QuarkusTest
class ScanClosingEventsTest {

    private static final Set<EventName> CLOSING =
            Set.of(EventName.DEEP_ANALYSIS_COMPLETE, EventName.SCAN_SUPERSEDED, EventName.SCAN_FAILED);

    @Inject
    EventBus bus;

    @Test
    void threeScansAtOnceEachEndWithOneClosingEvent() {
        Scans.awaitIdle();
        TimeId before = bus.lastId();
        List<CompletableFuture<String>> started = List.of(
                        "{\"symbols\":[\"BTC/USDT\",\"ETH/USDT\",\"SOL/USDT\",\"XRP/USDT\"]}",
                        "{\"symbols\":[\"ADA/USDT\",\"DOGE/USDT\",\"BNB/USDT\",\"DOT/USDT\"]}",
                        "{\"timeframe\":\"4h\"}")
                .stream()
                .map(body -> CompletableFuture.supplyAsync(() -> Scans.scan(body)))
                .toList();
        List<String> scanIds = started.stream().map(CompletableFuture::join).toList();

        await("a closing event for each of " + scanIds)
                .until(() ->
                        scanIds.stream().allMatch(id -> !closing(before, id).isEmpty()));
        Scans.awaitIdle();
        for (String scanId : scanIds) {
            List<ScanEvent> events = eventsOf(before, scanId);
            assertThat(closing(before, scanId))
                    .as("closing events of %s", scanId)
                    .hasSize(1);
            assertThat(events.get(events.size() - 1).name())
                    .as("the last event of %s", scanId)
                    .isIn(CLOSING);
        }
        List<EventName> endings =
                scanIds.stream().map(id -> closing(before, id).get(0).name()).toList();
        assertThat(endings).as("the newest scan completes").contains(EventName.DEEP_ANALYSIS_COMPLETE);
    }

    private List<ScanEvent> eventsOf(TimeId after, String scanId) {
        return bus.since(after).stream().filter(e -> scanId.equals(e.scanId())).collect(Collectors.toList());
    }

    private List<ScanEvent> closing(TimeId after, String scanId) {
        return eventsOf(after, scanId).stream()
                .filter(e -> CLOSING.contains(e.name()))
                .toList();
    }
}
