package io.fastscanner.events;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import java.time.Instant;

/**
 * The data of one published event, serialised as the JSON of its {@code data:} field. Every event's data starts with
 * the scan it belongs to and when it happened.
 */
public interface EventData {

    /** The event's name in the stream. */
    EventName name();

    String scanId();

    Instant timestamp();

    /** The symbol the event is about, for clients that follow some symbols only; null for scan-wide events. */
    default MarketSymbol about() {
        return null;
    }

    /** The exchange of the symbol the event is about, when the event names one; null otherwise. */
    default Exchange aboutExchange() {
        return null;
    }
}
