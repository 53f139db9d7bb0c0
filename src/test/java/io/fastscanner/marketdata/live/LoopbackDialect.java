package io.fastscanner.marketdata.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** How the {@link LoopbackStreamServer} speaks one exchange's kline stream, on the path that exchange serves it. */
interface LoopbackDialect {

    ObjectMapper JSON = new ObjectMapper();

    /** What one frame of the client did: the streams it subscribed (as the service names them) and the answers. */
    record Reply(List<String> subscribed, List<String> answers) {

        static Reply of(String... answers) {
            return new Reply(List.of(), List.of(answers));
        }
    }

    static Optional<LoopbackDialect> forPath(String path) {
        return switch (path) {
            case BinanceDialect.PATH -> Optional.of(new BinanceDialect());
            case BybitDialect.PATH -> Optional.of(new BybitDialect());
            case OkxDialect.PATH -> Optional.of(new OkxDialect());
            default -> Optional.empty();
        };
    }

    /** The most streams one connection may carry; more closes the connection. */
    default int maxStreams() {
        return Integer.MAX_VALUE;
    }

    Reply answer(String frame);

    /** A frame the client reads as a sign of life and nothing else. */
    String keepAlive();

    /** A push of {@code candle} on {@code stream}, final or still forming. */
    String kline(String stream, TruthCandle candle, boolean closed, long eventTimeMs);

    static JsonNode read(String frame) {
        try {
            return JSON.readTree(frame);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
