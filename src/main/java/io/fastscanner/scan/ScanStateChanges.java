package io.fastscanner.scan;

import java.time.Instant;

/**
 * Told of every change of {@link ScanState}, in the order the changes happen, so they can be kept where other
 * replicas read them ({@link SharedScanWriter}). Called under the state's lock: implementations must not block.
 */
interface ScanStateChanges {

    ScanStateChanges NONE = new ScanStateChanges() {};

    default void started(String scanId, Instant startedAt) {}

    default void finished(ScanResult result, ScanHistoryEntry entry) {}

    default void updated(String scanId, SymbolAnalysis analysis) {}

    default void superseded(ScanHistoryEntry entry) {}

    default void failed(String scanId) {}
}
