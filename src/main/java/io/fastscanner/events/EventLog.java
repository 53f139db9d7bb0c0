package io.fastscanner.events;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.time.TimeId;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where events get their ids and their one order: this process ({@link LocalEventLog}), or a Redis Stream that every
 * replica appends to and reads back ({@link RedisEventLog}), so that every replica's clients see every event, with the
 * same ids, in the same order.
 */
interface EventLog {

    /** Connects the bus: from now on every event of the log, in id order, goes to {@code sink}. Called once. */
    void open(Consumer<ScanEvent> sink);

    /**
     * Appends an event, with the ids of the saved screens its symbol passes; it reaches the sink once it has its id (at
     * once here, or when read back from Redis).
     */
    void append(EventName name, String scanId, MarketSymbol about, Set<String> screens, String json);

    /**
     * Waits, at most {@code max}, until every event appended so far has come back to the sink, so that the clients of
     * this process have been handed them. For the shutdown; true when they all have.
     */
    boolean flush(Duration max);

    /** False until the log holds what it had before this process started: no client can resume from it before. */
    boolean ready();

    /**
     * Ids before this one were issued before the log began, by a process that is gone: a client holding one missed
     * events for good ({@code resync} reason {@code restarted}). Null when the log outlives processes.
     */
    TimeId origin();
}
