package io.fastscanner.scan;

import io.fastscanner.marketdata.Timeframe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.interceptor.Interceptor;

/**
 * Announces the milestones of a scan as CDI events, so the background analysis, the event stream and change
 * tracking can follow a scan without the quick scan knowing them. Observers run synchronously and must not block.
 */
@ApplicationScoped
public class ScanLifecycle {

    /**
     * The order in which the observers of one milestone run (lowest first), in one place. The stream publishes the
     * milestone first; change tracking then raises the alerts it causes; the deep analysis starts last, so that a
     * client sees {@code quickScanComplete}, then the quick scan's alerts, then the deep analysis' events, and change
     * tracking has compared the quick scan before any of its deep results arrive.
     */
    public static final class ObserverOrder {

        public static final int PUBLISH_EVENT = Interceptor.Priority.APPLICATION;
        /** Before the event is published: the rows it is about are remembered, to tell which saved screens they pass. */
        public static final int KEEP_LATEST_ROWS = PUBLISH_EVENT - 100;

        public static final int TRACK_CHANGES = PUBLISH_EVENT + 100;
        public static final int START_DEEP_ANALYSIS = PUBLISH_EVENT + 200;

        private ObserverOrder() {}
    }

    /** A scan has started. */
    public record Started(String scanId, ScanTrigger trigger, Timeframe timeframe) {}

    /** Phase 1 is done: every symbol has its quick signal. */
    public record QuickScanCompleted(ScanResult result) {}

    /** One symbol's deep analysis finished (complete or failed); progress counts include it. */
    public record SymbolAnalyzed(String scanId, SymbolAnalysis analysis, int completed, int remaining, int total) {}

    /**
     * The scanner_api answered after this symbol's own result was published (with the {@code pending} opinion): the
     * analysis again, with the opinion. Progress counts are not touched.
     */
    public record SecondOpinionAdded(String scanId, SymbolAnalysis analysis) {}

    /** Every queued symbol of the scan has been analysed. */
    public record DeepAnalysisCompleted(String scanId, int total, int failed, long durationMs) {}

    /** The scan could not run (e.g. the exchange is unreachable). */
    public record Failed(String scanId, Throwable failure) {}

    /** A newer scan replaced this one before its deep analysis was done; what was left of it is dropped. */
    public record Superseded(String scanId, String supersededBy) {}

    private final Event<Started> started;
    private final Event<QuickScanCompleted> completed;
    private final Event<Failed> failed;
    private final Event<SymbolAnalyzed> analyzed;
    private final Event<DeepAnalysisCompleted> deepCompleted;
    private final Event<Superseded> superseded;
    private final Event<SecondOpinionAdded> opinionAdded;

    ScanLifecycle(
            Event<Started> started,
            Event<QuickScanCompleted> completed,
            Event<Failed> failed,
            Event<SymbolAnalyzed> analyzed,
            Event<DeepAnalysisCompleted> deepCompleted,
            Event<Superseded> superseded,
            Event<SecondOpinionAdded> opinionAdded) {
        this.started = started;
        this.completed = completed;
        this.failed = failed;
        this.analyzed = analyzed;
        this.deepCompleted = deepCompleted;
        this.superseded = superseded;
        this.opinionAdded = opinionAdded;
    }

    void secondOpinionAdded(String scanId, SymbolAnalysis analysis) {
        opinionAdded.fire(new SecondOpinionAdded(scanId, analysis));
    }

    void scanSuperseded(String scanId, String supersededBy) {
        superseded.fire(new Superseded(scanId, supersededBy));
    }

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
