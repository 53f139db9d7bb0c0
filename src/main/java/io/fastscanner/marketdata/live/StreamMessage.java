package io.fastscanner.marketdata.live;

import java.util.List;

/** What one text frame of an exchange's stream says, once read. */
public sealed interface StreamMessage {

    /** Candles, in the order the frame lists them. */
    record Klines(List<KlineUpdate> updates) implements StreamMessage {}

    /** The exchange accepted a subscription (or another request of ours). */
    record Acknowledged(String detail) implements StreamMessage {}

    /** The answer to an application-level ping. */
    record Pong() implements StreamMessage {}

    /** The exchange refused a request of ours or reports an error; {@code reason} is its own words. */
    record Refused(String reason) implements StreamMessage {}

    /** A frame of no interest here (other channels, notices); {@code what} says which, for debugging. */
    record Ignored(String what) implements StreamMessage {}
}
