package io.fastscanner.events;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.time.TimeId;
import io.fastscanner.time.TimeIdSequence;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

/** The events of this process only ({@code scanner.store=memory}): numbered here and handed on at once. */
final class LocalEventLog implements EventLog {

    private final TimeIdSequence ids;
    private Consumer<ScanEvent> sink = event -> {};

    LocalEventLog(Clock clock) {
        this.ids = new TimeIdSequence(clock);
    }

    @Override
    public void open(Consumer<ScanEvent> sink) {
        this.sink = sink;
    }

    /** Numbering and handing on under one lock keeps the events in id order whatever thread publishes them. */
    @Override
    public synchronized void append(
            EventName name, String scanId, MarketSymbol about, Set<String> screens, String json) {
        sink.accept(new ScanEvent(ids.next(), name, scanId, about, json, screens));
    }

    /** Handed on at once: nothing is ever on its way. */
    @Override
    public boolean flush(Duration max) {
        return true;
    }

    @Override
    public boolean ready() {
        return true;
    }

    @Override
    public TimeId origin() {
        return ids.first();
    }
}
