package io.fastscanner.scan;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the service knows now: the latest scan's per-symbol analyses (updated in place as background analysis
 * completes), the scans running, and a bounded history of finished scans.
 */
@ApplicationScoped
public class ScanState {

    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Deque<ScanHistoryEntry> history = new ArrayDeque<>();
    private volatile ScanResult latest;
    private volatile Map<String, SymbolAnalysis> analyses = Map.of();
    private volatile String currentScanId;
    private volatile List<String> orderedSymbols = List.of();

    @ConfigProperty(name = "scanner.history.size", defaultValue = "100")
    int historySize;

    void started(String scanId) {
        running.add(scanId);
        currentScanId = scanId;
    }

    synchronized void finished(ScanResult result) {
        running.remove(result.scanId());
        history.addFirst(ScanHistoryEntry.of(result));
        while (history.size() > Math.max(1, historySize)) {
            history.removeLast();
        }
        if (latest != null && result.startedAt().isBefore(latest.startedAt())) {
            return; // an older scan finishing late never replaces a newer one
        }
        Map<String, SymbolAnalysis> bySymbol = new LinkedHashMap<>();
        result.analyses().forEach(a -> bySymbol.put(a.signal().symbol(), a));
        latest = result;
        analyses = new ConcurrentHashMap<>(bySymbol);
        orderedSymbols = List.copyOf(bySymbol.keySet());
    }

    void failed(String scanId) {
        running.remove(scanId);
    }

    /** Replaces one symbol's analysis if it still belongs to the latest scan. */
    public boolean update(String scanId, SymbolAnalysis analysis) {
        ScanResult current = latest;
        if (current == null || !current.scanId().equals(scanId)) {
            return false;
        }
        analyses.put(analysis.signal().symbol(), analysis);
        return true;
    }

    public boolean isScanning() {
        return !running.isEmpty();
    }

    public String currentScanId() {
        return currentScanId;
    }

    public Optional<ScanResult> latest() {
        return Optional.ofNullable(latest);
    }

    public List<Signal> signals() {
        Map<String, SymbolAnalysis> current = analyses;
        return orderedSymbols.stream().map(current::get).filter(java.util.Objects::nonNull)
                .map(SymbolAnalysis::signal).toList();
    }

    public Optional<SymbolAnalysis> analysis(String symbol) {
        return Optional.ofNullable(analyses.get(symbol));
    }

    public synchronized List<ScanHistoryEntry> history() {
        return List.copyOf(history);
    }
}
