package io.fastscanner.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The names of the stream's events ({@code event:} field), as clients of the original design know them. */
public enum EventName {
    SCAN_STARTED("scanStarted"),
    QUICK_SCAN_COMPLETE("quickScanComplete"),
    SYMBOL_ANALYZED("symbolAnalyzed"),
    ANALYSIS_PROGRESS("analysisProgress"),
    DEEP_ANALYSIS_COMPLETE("deepAnalysisComplete"),
    SCAN_FAILED("scanFailed"),
    /** A newer scan replaced the scan before its deep analysis was done: the scan's closing event. */
    SCAN_SUPERSEDED("scanSuperseded"),
    ALERT("alert"),
    /** A watched symbol's signal recomputed as a candle closed on the exchange's live stream. */
    SIGNAL_UPDATED("signalUpdated"),
    /** First frame of every connection; not numbered, not kept for replay. */
    CONNECTED("connected"),
    /** The events a reconnecting client missed cannot be replayed; not numbered. */
    RESYNC("resync"),
    /** The client fell too far behind and is disconnected; not numbered. */
    ERROR("error"),
    /** The service is shutting down and ends the stream: the client reconnects, after {@code retry}; not numbered. */
    SHUTDOWN("shutdown");

    private final String wire;

    EventName(String wire) {
        this.wire = wire;
    }

    /** The name as written in the stream, e.g. {@code scanStarted}. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** The event named {@code wire} on the stream, e.g. {@code scanStarted}. */
    public static Optional<EventName> ofWire(String wire) {
        return Arrays.stream(values()).filter(n -> n.wire.equals(wire)).findFirst();
    }

    @Override
    public String toString() {
        return wire;
    }
}
