package io.fastscanner.scan;

import io.fastscanner.marketdata.Listing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the service knows now: the latest scan with its per-symbol analyses (updated in place as background analysis
 * completes), the scans running, and a bounded history of finished scans.
 *
 * <p>The latest scan and its rows are one value, replaced as a whole when a newer scan finishes; every change
 * happens under this object's lock, so a late result of a superseded scan finds a newer scan in place and is refused
 * instead of landing among the newer scan's rows. Readers take the current value without locking.
 */
@ApplicationScoped
public class ScanState {

    /** A finished scan and its rows by symbol; only {@link #update} changes the rows, and only under the lock. */
    private record Latest(ScanResult result, Map<Listing, SymbolAnalysis> analyses) {

        static Latest of(ScanResult result) {
            Map<Listing, SymbolAnalysis> byListing = new ConcurrentHashMap<>();
            result.analyses().forEach(a -> byListing.put(a.listing(), a));
            return new Latest(result, byListing);
        }

        List<SymbolAnalysis> inScanOrder() {
            return result.analyses().stream()
                    .map(a -> analyses.get(a.listing()))
                    .toList();
        }
    }

    private final int historySize;
    private final ScanStateChanges changes;
    private final Deque<String> running = new ArrayDeque<>();
    private final Deque<ScanHistoryEntry> history = new ArrayDeque<>();
    private volatile Latest latest;
    private volatile String currentScanId;

    @Inject
    ScanState(HistoryConfig config, SharedScanWriter shared) {
        this(config, shared.changes());
    }

    ScanState(HistoryConfig config, ScanStateChanges changes) {
        this.historySize = Math.max(1, config.size());
        this.changes = changes;
    }

    ScanState(HistoryConfig config) {
        this(config, ScanStateChanges.NONE);
    }

    synchronized void started(String scanId, Instant startedAt) {
        running.addLast(scanId);
        currentScanId = scanId;
        changes.started(scanId, startedAt);
    }

    synchronized void finished(ScanResult result) {
        running.remove(result.scanId());
        ScanHistoryEntry entry = ScanHistoryEntry.of(result);
        changes.finished(result, entry);
        history.addFirst(entry);
        while (history.size() > historySize) {
            history.removeLast();
        }
        Latest current = latest;
        // an older scan finishing late never replaces a newer one
        if (current == null || !result.startedAt().isBefore(current.result().startedAt())) {
            latest = Latest.of(result);
        }
        currentScanId = newestRunningOrLatest();
    }

    /** Records in the history that {@code newer} replaced {@code scanId} before its deep analysis was done. */
    synchronized void superseded(String scanId, String newer) {
        List<ScanHistoryEntry> entries = List.copyOf(history);
        history.clear();
        for (ScanHistoryEntry e : entries) {
            if (e.scanId().equals(scanId)) {
                e = e.supersededBy(newer);
                changes.superseded(e);
            }
            history.addLast(e);
        }
    }

    synchronized void failed(String scanId) {
        running.remove(scanId);
        changes.failed(scanId);
        currentScanId = newestRunningOrLatest();
    }

    private String newestRunningOrLatest() {
        if (!running.isEmpty()) {
            return running.peekLast();
        }
        Latest current = latest;
        return current == null ? null : current.result().scanId();
    }

    /** Replaces one (exchange, symbol)'s analysis if it belongs to the latest scan; false (and nothing changes) otherwise. */
    public synchronized boolean update(String scanId, SymbolAnalysis analysis) {
        Latest current = latest;
        Listing listing = analysis.listing();
        if (current == null
                || !current.result().scanId().equals(scanId)
                || !current.analyses().containsKey(listing)) {
            return false;
        }
        current.analyses().put(listing, analysis);
        changes.updated(scanId, analysis);
        return true;
    }

    public synchronized boolean isScanning() {
        return !running.isEmpty();
    }

    /** The newest scan still in its quick phase, else the scan the results belong to; null before any scan. */
    public String currentScanId() {
        return currentScanId;
    }

    public Optional<ScanResult> latest() {
        Latest current = latest;
        return current == null ? Optional.empty() : Optional.of(current.result());
    }

    /** The latest scan's rows in scan order, with their current status. */
    public List<ScanRow> rows() {
        Latest current = latest;
        return current == null
                ? List.of()
                : current.inScanOrder().stream()
                        .filter(Objects::nonNull)
                        .map(SymbolAnalysis::row)
                        .toList();
    }

    /** The latest scan's analyses in scan order, as they stand now (with the deep analysis once it is done). */
    public List<SymbolAnalysis> analyses() {
        Latest current = latest;
        return current == null
                ? List.of()
                : current.inScanOrder().stream().filter(Objects::nonNull).toList();
    }

    public Optional<SymbolAnalysis> analysis(Listing listing) {
        Latest current = latest;
        return current == null
                ? Optional.empty()
                : Optional.ofNullable(current.analyses().get(listing));
    }

    public synchronized List<ScanHistoryEntry> history() {
        return List.copyOf(history);
    }
}
