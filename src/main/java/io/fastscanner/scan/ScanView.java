package io.fastscanner.scan;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/**
 * What the API reads of the scans: those of this process ({@code scanner.store=memory}), or those of every replica,
 * read from Redis ({@code scanner.store=redis}), so every replica answers the same.
 */
public interface ScanView {

    /**
     * @param scanning      a scan is running (its quick phase or its deep analysis)
     * @param currentScanId the newest running scan, else the latest finished one; null before any scan
     * @param latest        the latest finished scan; null before any
     * @param deepQueue     symbols waiting for the running deep analysis
     */
    record Overview(boolean scanning, String currentScanId, ScanHistoryEntry latest, int deepQueue) {}

    Uni<Overview> overview();

    /** The latest scan's rows in scan order, with their current status. */
    Uni<List<ScanRow>> rows();

    /**
     * The latest scan's analyses in scan order, as they stand now: each row with its indicator values and, once done,
     * its deep analysis.
     */
    Uni<List<SymbolAnalysis>> analyses();

    /** The latest scan's analysis of {@code symbol} on {@code exchange}, when it scanned it there. */
    Uni<Optional<SymbolAnalysis>> analysis(Exchange exchange, MarketSymbol symbol);

    /** Finished scans, newest first. */
    Uni<List<ScanHistoryEntry>> history();
}
