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

    /** One symbol's deep analysis finished (complete or failed); progress counts include it. */
    public record SymbolAnalyzed(String scanId, SymbolAnalysis analysis, int completed, int remaining, int total) {
    }

    /** Every queued symbol of the scan has been analysed. */
    public record DeepAnalysisCompleted(String scanId, int total, int failed, long durationMs) {
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
    @Inject
    Event<SymbolAnalyzed> analyzed;
    @Inject
    Event<DeepAnalysisCompleted> deepCompleted;

    void symbolAnalyzed(String scanId, SymbolAnalysis analysis, int completed, int remaining, int total) {
        analyzed.fire(new SymbolAnalyzed(scanId, analysis, completed, remaining, total));
    }

    void deepAnalysisComplete(String scanId, int total, int failed, long durationMs) {
        deepCompleted.fire(new DeepAnalysisCompleted(scanId, total, failed, durationMs));
    }

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
