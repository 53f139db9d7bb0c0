package io.fastscanner.events;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.time.TimeId;

/**
 * One event of the stream, serialised once when published and shared by every client.
 *
 * @param id     strictly increasing, also across restarts
 * @param scanId the scan the event belongs to
 * @param symbol the symbol it is about, or null
 * @param json   the data, a JSON object that always carries {@code scanId} and {@code timestamp}
 */
public record ScanEvent(TimeId id, EventName name, String scanId, MarketSymbol symbol, String json) {}
