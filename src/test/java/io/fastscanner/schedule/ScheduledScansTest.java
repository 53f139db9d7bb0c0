package io.fastscanner.schedule;

import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.events.EventBus;
import io.fastscanner.events.EventName;
import io.fastscanner.events.ScanEvent;
import io.fastscanner.marketdata.ControllableMarketDataSource;
import io.fastscanner.scan.ScanHistoryEntry;
import io.fastscanner.scan.ScanState;
import io.fastscanner.scan.ScanTrigger;
import io.fastscanner.testing.ControlledSourceProfile;
import io.fastscanner.testing.Scans;
import io.fastscanner.time.TimeId;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fast cron (every second, {@link ControlledSourceProfile}): scheduled scans run by themselves and never overlap a
 * running scan (quick or deep phase). The scheduler starts halted in that profile; this test lets it run.
 */
@QuarkusTest
@TestProfile(ControlledSourceProfile.class)
class ScheduledScansTest {

    @Inject
    ScanState state;

    @Inject
    EventBus bus;

    @Inject
    ScheduledScans schedule;

    @Inject
    Scheduler scheduler;

    @Inject
    ControllableMarketDataSource source;

    @Test
    void scheduledScansRunAndNeverOverlap() {
        source.reset();
        Scans.awaitIdle();
        long scheduledBefore = scheduledScans();
        long startedBefore = schedule.startedCount();
        TimeId lastEventBefore = bus.lastId();

        scheduler.resume();
        try {
            await("three scheduled scans").until(() -> scheduledScans() - scheduledBefore >= 3);
        } finally {
            scheduler.pause();
        }
        Scans.awaitIdle();

        assertThat(schedule.startedCount() - startedBefore).isGreaterThanOrEqualTo(3);
        assertThat(state.history())
                .filteredOn(h -> h.trigger() == ScanTrigger.SCHEDULE)
                .allSatisfy(h -> assertThat(h.symbolCount()).isEqualTo(14));

        // In event order, a scan starts only after the previous scan's deep analysis has completed.
        List<ScanEvent> events = bus.since(lastEventBefore);
        assertThat(events).extracting(ScanEvent::name).contains(EventName.SCAN_STARTED);
        Map<String, Boolean> open = new HashMap<>();
        for (ScanEvent e : events) {
            if (e.name() == EventName.SCAN_STARTED) {
                assertThat(open.values())
                        .as("a scan started while another was running")
                        .doesNotContain(true);
                open.put(e.scanId(), true);
            } else if (e.name() == EventName.DEEP_ANALYSIS_COMPLETE || e.name() == EventName.SCAN_FAILED) {
                open.put(e.scanId(), false);
            }
        }
    }

    private long scheduledScans() {
        return state.history().stream()
                .map(ScanHistoryEntry::trigger)
                .filter(t -> t == ScanTrigger.SCHEDULE)
                .count();
    }
}
