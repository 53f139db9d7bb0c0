package io.fastscanner.api;

import io.fastscanner.scan.Signal;
import io.fastscanner.scan.SignalStatus;
import io.fastscanner.signal.SignalType;
import java.util.List;

/** Human-readable summaries for API responses. */
final class Messages {

    private Messages() {
    }

    static String quickScan(List<Signal> signals) {
        long buy = count(signals, SignalType.BUY);
        long sell = count(signals, SignalType.SELL);
        long hold = count(signals, SignalType.HOLD);
        long failed = signals.stream().filter(s -> s.status() == SignalStatus.FAILED).count();
        return "Quick scan complete: " + signals.size() + " symbols (" + buy + " BUY, " + sell + " SELL, " + hold
                + " HOLD" + (failed > 0 ? ", " + failed + " failed" : "") + ")";
    }

    private static long count(List<Signal> signals, SignalType type) {
        return signals.stream().filter(s -> s.status() != SignalStatus.FAILED && s.signal() == type).count();
    }
}
