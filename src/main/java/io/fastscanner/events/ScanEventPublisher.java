package io.fastscanner.events;

import io.fastscanner.marketdata.MarketDataException;
import io.fastscanner.scan.ScanLifecycle;
import io.fastscanner.scan.ScanLifecycle.ObserverOrder;
import io.fastscanner.scan.ScanResult;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SignalUpdate;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;

/** Turns the scan's milestones into stream events, with the payload names of the original design. */
@ApplicationScoped
public class ScanEventPublisher {

    private final EventBus bus;
    private final Clock clock;

    ScanEventPublisher(EventBus bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
    }

    void signalUpdated(@Observes @Priority(ObserverOrder.PUBLISH_EVENT) SignalUpdate e) {
        ScanRow row = e.row();
        ScanRow before = e.previous();
        bus.publish(new ScanEvents.SignalUpdated(
                e.scanId(),
                clock.instant(),
                row.exchange(),
                row.symbol(),
                row.timeframe(),
                row.candleTime(),
                row.candleCloseTime(),
                row,
                before == null ? null : new ScanEvents.Previous(before.signal(), before.strength())));
    }

    void started(@Observes @Priority(ObserverOrder.PUBLISH_EVENT) ScanLifecycle.Started e) {
        bus.publish(new ScanEvents.ScanStarted(e.scanId(), clock.instant(), e.timeframe(), e.trigger()));
    }

    void quickScanComplete(@Observes @Priority(ObserverOrder.PUBLISH_EVENT) ScanLifecycle.QuickScanCompleted e) {
        ScanResult r = e.result();
        List<ScanRow> rows = r.rows();
        bus.publish(new ScanEvents.QuickScanComplete(
                r.scanId(),
                clock.instant(),
                rows,
                rows.size(),
                r.timeframe(),
                r.exchange(),
                r.dataTime(),
                r.durationMs()));
    }

    void symbolAnalyzed(@Observes @Priority(ObserverOrder.PUBLISH_EVENT) ScanLifecycle.SymbolAnalyzed e) {
        ScanRow row = e.analysis().row();
        bus.publish(new ScanEvents.SymbolAnalyzed(
                e.scanId(), clock.instant(), row.symbol(), row, e.analysis().deepAnalysis()));
        bus.publish(
                new ScanEvents.AnalysisProgress(e.scanId(), clock.instant(), e.completed(), e.remaining(), e.total()));
    }

    /** A symbol again, now with the scanner_api's opinion: the same event, without a progress event. */
    void secondOpinionAdded(@Observes @Priority(ObserverOrder.PUBLISH_EVENT) ScanLifecycle.SecondOpinionAdded e) {
        ScanRow row = e.analysis().row();
        bus.publish(new ScanEvents.SymbolAnalyzed(
                e.scanId(), clock.instant(), row.symbol(), row, e.analysis().deepAnalysis()));
    }

    void deepAnalysisComplete(@Observes @Priority(ObserverOrder.PUBLISH_EVENT) ScanLifecycle.DeepAnalysisCompleted e) {
        bus.publish(new ScanEvents.DeepAnalysisComplete(
                e.scanId(), clock.instant(), e.total(), e.failed(), e.durationMs()));
    }

    void failed(@Observes @Priority(ObserverOrder.PUBLISH_EVENT) ScanLifecycle.Failed e) {
        String code = e.failure() instanceof MarketDataException m ? m.reason() : "scan_failed";
        String message = e.failure().getMessage() == null
                ? e.failure().getClass().getSimpleName()
                : e.failure().getMessage();
        bus.publish(new ScanEvents.ScanFailed(e.scanId(), clock.instant(), new ScanEvents.Failure(code, message)));
    }

    void superseded(@Observes @Priority(ObserverOrder.PUBLISH_EVENT) ScanLifecycle.Superseded e) {
        bus.publish(new ScanEvents.ScanSuperseded(e.scanId(), clock.instant(), e.supersededBy()));
    }
}
