package io.fastscanner.bench;

import io.vertx.core.http.HttpServerRequest;
import java.util.Map;

/**
 * What one simulated exchange answers: its paths, its request limits and its bodies. {@link LoopbackServer} adds the
 * network (latency, counters).
 */
interface Venue {

    /** The answer to {@code request}, counted against the exchange's limits; called on the event loop. */
    Reply answer(HttpServerRequest request);

    /** Empties the request windows and forgets the answers cached since the last reset. */
    void reset();

    /** The highest weight each request limit reached in one window since the last reset, e.g. {@code ip -> 38}. */
    Map<String, Integer> peakUse();
}
