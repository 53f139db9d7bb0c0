package io.fastscanner.events;

import io.fastscanner.marketdata.MarketDataException;
import io.fastscanner.scan.ScanLifecycle;
import io.fastscanner.scan.ScanResult;
import io.fastscanner.scan.Signal;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the scan's milestones into stream events, with the payload names of the original design. */
@ApplicationScoped
public class ScanEventPublisher {

    @Inject
    EventBus bus;

    void started(@Observes ScanLifecycle.Started e) {
        bus.publish("scanStarted", e.scanId(), null, Map.of("trigger", e.trigger(), "timeframe",
                e.timeframe().label()));
    }

    /** Runs before the deep analysis observer starts phase 2, whose events must follow this one. */
    void quickScanComplete(@Observes @Priority(Interceptor.Priority.APPLICATION) ScanLifecycle.QuickScanCompleted e) {
        ScanResult r = e.result();
        List<Signal> signals = r.signals();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("signals", signals);
        data.put("count", signals.size());
        data.put("timeframe", r.timeframe().label());
        data.put("exchange", r.exchange());
        data.put("dataTime", r.dataTime());
        data.put("durationMs", r.durationMs());
        bus.publish("quickScanComplete", r.scanId(), null, data);
    }

    void symbolAnalyzed(@Observes ScanLifecycle.SymbolAnalyzed e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("symbol", e.analysis().signal().symbol());
        data.put("signal", e.analysis().signal());
        data.put("deepAnalysis", e.analysis().deepAnalysis());
        bus.publish("symbolAnalyzed", e.scanId(), e.analysis().signal().symbol(), data);
        bus.publish("analysisProgress", e.scanId(), null,
                Map.of("completed", e.completed(), "remaining", e.remaining(), "total", e.total()));
    }

    void deepAnalysisComplete(@Observes ScanLifecycle.DeepAnalysisCompleted e) {
        bus.publish("deepAnalysisComplete", e.scanId(), null,
                Map.of("total", e.total(), "failed", e.failed(), "durationMs", e.durationMs()));
    }

    void failed(@Observes ScanLifecycle.Failed e) {
        String code = e.failure() instanceof MarketDataException m ? m.reason() : "scan_failed";
        String message = e.failure().getMessage() == null ? e.failure().getClass().getSimpleName()
                : e.failure().getMessage();
        bus.publish("scanFailed", e.scanId(), null, Map.of("error", Map.of("code", code, "message", message)));
    }
}
