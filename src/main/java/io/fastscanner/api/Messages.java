package io.fastscanner.api;

import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SignalCounts;
import java.util.List;

/** Human-readable summaries for API answers. */
final class Messages {

    private Messages() {}

    static String quickScan(List<ScanRow> rows) {
        SignalCounts counts = SignalCounts.of(rows);
        long failed = rows.stream().filter(ScanRow::failed).count();
        return "Quick scan complete: " + rows.size() + " symbols (" + counts.buy() + " BUY, " + counts.sell()
                + " SELL, " + counts.hold() + " HOLD" + (failed > 0 ? ", " + failed + " failed" : "") + ")";
    }
}
