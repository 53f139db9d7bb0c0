package io.fastscanner.scan;

import io.fastscanner.marketdata.Timeframe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Announces the milestones of a scan as CDI events, so the background analysis and the event stream can follow
 * a scan without the quick scan knowing them. Observers run synchronously and must not block.
 */
@ApplicationScoped
public class ScanLifecycle {

    /** A scan has started. */
    public record Started(String scanId, ScanTrigger trigger, Timeframe timeframe) {
    }

    /** Phase 1 is done: every symbol has its quick signal. */
    public record QuickScanCompleted(ScanResult result) {
    }

    /** The scan could not run (e.g. the exchange is unreachable). */
    public record Failed(String scanId, Throwable failure) {
    }

    @Inject
    Event<Started> started;
    @Inject
    Event<QuickScanCompleted> completed;
    @Inject
    Event<Failed> failed;

    void scanStarted(String scanId, ScanTrigger trigger, Timeframe timeframe) {
        started.fire(new Started(scanId, trigger, timeframe));
    }

    void quickScanComplete(ScanResult result) {
        completed.fire(new QuickScanCompleted(result));
    }

    void scanFailed(String scanId, Throwable failure) {
        failed.fire(new Failed(scanId, failure));
    }
}
