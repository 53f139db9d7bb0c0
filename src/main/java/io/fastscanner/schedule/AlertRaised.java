package io.fastscanner.schedule;

import io.fastscanner.events.EventData;
import io.fastscanner.events.EventName;
import io.fastscanner.marketdata.MarketSymbol;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** The data of an {@code alert} event: the alert, with its symbol, kind and message repeated on top. */
@RegisterForReflection
public record AlertRaised(
        String scanId, Instant timestamp, Alert alert, MarketSymbol symbol, AlertKind kind, String message)
        implements EventData {

    static AlertRaised of(Alert alert) {
        return new AlertRaised(alert.scanId(), alert.timestamp(), alert, alert.symbol(), alert.kind(), alert.message());
    }

    @Override
    public EventName name() {
        return EventName.ALERT;
    }

    @Override
    public MarketSymbol about() {
        return symbol;
    }
}
