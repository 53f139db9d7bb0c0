package io.fastscanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.events.EventBus;
import io.fastscanner.events.EventName;
import io.fastscanner.events.ScanEvent;
import io.fastscanner.scan.ScanHistoryEntry;
import io.fastscanner.scan.ScanState;
import io.fastscanner.scan.ScanTrigger;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A fast cron: scheduled scans run by themselves and never overlap a running scan (quick or deep phase). */
@QuarkusTest
@TestProfile(ScheduledScansTest.FastCron.class)
class ScheduledScansTest {

    public static class FastCron implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("scanner.schedule.enabled", "true", "scanner.schedule.cron", "* * * * * ?",
                    "scanner.deep-analysis.concurrency", "1");
        }
    }

    @Inject
    ScanState state;
    @Inject
    EventBus bus;
    @Inject
    ScheduledScans schedule;

    @Test
    void scheduledScansRunAndNeverOverlap() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (scheduledScans() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(scheduledScans()).as("scheduled scans within 60 s").isGreaterThanOrEqualTo(3);
        assertThat(state.history()).filteredOn(h -> h.trigger() == ScanTrigger.SCHEDULE)
                .allSatisfy(h -> assertThat(h.symbolCount()).isEqualTo(14));

        // In event order, a scan starts only after the previous scan's deep analysis has completed.
        List<ScanEvent> events = bus.since(0);
        Map<String, Boolean> open = new HashMap<>();
        for (ScanEvent e : events) {
            if (e.name() == EventName.SCAN_STARTED) {
                assertThat(open.values()).as("a scan started while another was running").doesNotContain(true);
                open.put(e.scanId(), true);
            } else if (e.name() == EventName.DEEP_ANALYSIS_COMPLETE || e.name() == EventName.SCAN_FAILED) {
                open.put(e.scanId(), false);
            }
        }
        assertThat(schedule.startedCount()).isGreaterThanOrEqualTo(3);
    }

    private long scheduledScans() {
        return state.history().stream().map(ScanHistoryEntry::trigger).filter(t -> t == ScanTrigger.SCHEDULE).count();
    }
}
