package io.fastscanner.scannerapi;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Body of {@code POST /api/scanner/scan}, field names as the Python service reads them. */
@RegisterForReflection
public record ScanRequest(String timeframe, String exchange, String signal, int minStrength, boolean fullAnalysis) {

    /** A full-analysis scan of every signal type for one of its timeframe labels. */
    public static ScanRequest fullScan(String label, String exchange) {
        return new ScanRequest(label, exchange, "all", 0, true);
    }
}
