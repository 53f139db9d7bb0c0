package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.Exchange;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How one exchange's public kline WebSocket is spoken: pure description and parsing, no I/O. The connection sends
 * what this returns and hands every text frame to {@link #read}.
 */
public interface StreamProtocol {

    Exchange exchange();

    /** The WebSocket base the exchange documents, used when {@code scanner.live.<exchange>.url} is not set. */
    String defaultUrl();

    /** Path and query to open on the base (e.g. {@code /stream} for Binance's combined streams). */
    String path();

    /** The exchange's name of a symbol's kline stream on a timeframe; empty when it has no stream for it. */
    Optional<String> streamName(StreamKey key);

    /** At most this many streams on one connection (Binance: 1024). */
    int maxStreamsPerConnection();

    /** At most this many messages (subscriptions, pings) sent per second on one connection (Binance: 5). */
    int maxMessagesPerSecond();

    /** The text frames that subscribe these streams, each within the exchange's per-message limits. */
    List<String> subscribeMessages(List<String> streamNames);

    /** The application-level ping to send every {@link #pingInterval()}; empty when the exchange pings itself. */
    Optional<String> pingMessage();

    Duration pingInterval();

    /** How long the exchange keeps one connection open at most (Binance: 24 h); the connection is renewed before. */
    Optional<Duration> maxConnectionLife();

    /** One text frame read; never throws for a frame it does not understand ({@link StreamMessage.Ignored}). */
    StreamMessage read(String text);
}
