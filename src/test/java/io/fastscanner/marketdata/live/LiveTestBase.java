package io.fastscanner.marketdata.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.events.SseTestClient;
import io.fastscanner.marketdata.binance.MutableClock;
import io.fastscanner.testing.Waits;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the live tests share: the stand-ins, the service's clock, and the moves of a test's market. Each test moves
 * the clock to half past a new hour first, so the series it scans are loaded at that hour and no earlier test's
 * candles are fresh; the clock runs at real speed from there, and no test lasts half an hour.
 */
abstract class LiveTestBase {

    static final long HOUR = MarketTruth.HOUR;

    @InjectLiveExchange
    LiveExchange exchange;

    @Inject
    MutableClock clock;

    @TestHTTPResource("/api/scanner/events")
    URI events;

    @BeforeEach
    void marketFollowsTheServiceClock() {
        exchange.market().clock(clock);
    }

    /** Moves the clock to half past an hour after the current one; returns the open of the candle forming then. */
    long halfPastANewHour() {
        long now = clock.millis();
        long forming = now - Math.floorMod(now, HOUR) + HOUR;
        clock.runFrom(Instant.ofEpochMilli(forming + HOUR / 2));
        return forming;
    }

    /** Moves the clock a minute into the hour after {@code formingOpen}'s: that candle has closed. */
    void closeTheHourOf(long formingOpen) {
        clock.runFrom(
                Instant.ofEpochMilli(formingOpen + HOUR + Duration.ofMinutes(1).toMillis()));
    }

    /** Waits until an open connection carries {@code stream}. */
    void awaitSubscribed(String stream) {
        Waits.await(stream + " subscribed")
                .until(() -> !exchange.streams().openCarrying(stream).isEmpty());
    }

    /** Pushes a candle and checks that an open connection carried it. */
    void push(String stream, TruthCandle candle, boolean closed) {
        assertThat(exchange.streams().push(stream, candle, closed))
                .as("connections carrying " + stream)
                .isPositive();
    }

    /** The {@code signalUpdated} events of {@code symbol} the client has received so far. */
    static List<SseTestClient.Frame> signalUpdates(SseTestClient sse, String symbol) {
        return sse.frames().stream()
                .filter(f -> "signalUpdated".equals(f.name()))
                .filter(f -> symbol.equals(f.json().path("symbol").asText()))
                .toList();
    }

    /** Waits for {@code symbol}'s {@code signalUpdated} of the candle opened at {@code candleOpenMs}. */
    static SseTestClient.Frame awaitSignalUpdate(SseTestClient sse, String symbol, long candleOpenMs) {
        String candleTime = Instant.ofEpochMilli(candleOpenMs).toString();
        return sse.await(
                f -> "signalUpdated".equals(f.name())
                        && symbol.equals(f.json().path("symbol").asText())
                        && candleTime.equals(f.json().path("candleTime").asText()),
                "signalUpdated of " + symbol + " for the candle of " + candleTime);
    }
}
