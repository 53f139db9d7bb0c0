package io.fastscanner.events;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.time.TimeId;
import java.util.Set;

/**
 * One event of the stream, serialised once when published and shared by every client.
 *
 * @param id      strictly increasing, also across restarts
 * @param scanId  the scan the event belongs to
 * @param symbol  the symbol it is about, or null
 * @param json    the data, a JSON object that always carries {@code scanId} and {@code timestamp}
 * @param screens the ids of the saved screens the symbol's latest row passed when the event was published (by
 *                whichever replica published it); empty for scan-wide events
 */
public record ScanEvent(
        TimeId id, EventName name, String scanId, MarketSymbol symbol, String json, Set<String> screens) {

    public ScanEvent {
        screens = screens == null ? Set.of() : Set.copyOf(screens);
    }

    /** An event that passed no saved screen. */
    public ScanEvent(TimeId id, EventName name, String scanId, MarketSymbol symbol, String json) {
        this(id, name, scanId, symbol, json, Set.of());
    }
}
