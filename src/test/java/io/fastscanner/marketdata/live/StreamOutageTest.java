package io.fastscanner.marketdata.live;

import static io.fastscanner.marketdata.live.LiveApi.awaitLive;
import static io.fastscanner.marketdata.live.LiveApi.awaitScan;
import static io.fastscanner.marketdata.live.LiveApi.liveStreamsCheck;
import static io.fastscanner.marketdata.live.LiveApi.reconnects;
import static io.fastscanner.marketdata.live.LiveApi.row;
import static io.fastscanner.marketdata.live.LiveApi.scan;
import static io.fastscanner.marketdata.live.LiveApi.streams;
import static io.fastscanner.marketdata.live.LiveApi.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.testing.LiveStreamsProfile;
import io.fastscanner.testing.Waits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A connection lost, silent or ended by the exchange: the service reconnects, its series are reloaded by request
 * and scanned by request meanwhile, and the reason is shown in {@code /exchanges} and readiness.
 */
@QuarkusTest
@TestProfile(LiveStreamsProfile.class)
class StreamOutageTest extends LiveTestBase {

    @Test
    void aDroppedConnectionIsReopenedAndItsSeriesReloadedWhileScansAskTheExchange() {
        halfPastANewHour();
        String stream = BinanceDialect.hourly("DROPUSDT");
        JsonNode first = row(scan("binance", "DROP/USDT"));
        awaitSubscribed(stream);
        awaitLive("binance", "DROP/USDT");
        int reconnects = reconnects("binance");
        int klines = exchange.binanceKlineRequests("DROPUSDT");
        List<LoopbackConnection> dropped = exchange.streams().openCarrying(stream);

        exchange.streams().refuseConnections(true);
        try {
            exchange.streams().drop(stream);
            Waits.await("a Binance connection reconnecting")
                    .until(() -> reconnecting().isPresent() && reconnects("binance") > reconnects);
            JsonNode meanwhile = scan("binance", "DROP/USDT");
            assertThat(meanwhile.path("data").asText()).isEqualTo("rest");
            assertThat(values(row(meanwhile))).isEqualTo(values(first));
            JsonNode check = liveStreamsCheck();
            assertThat(check.path("status").asText()).isEqualTo("UP");
            String id = reconnecting().orElseThrow().path("connection").asText();
            assertThat(check.path("data").path(id + ".state").asText()).isEqualTo("reconnecting");
        } finally {
            exchange.streams().refuseConnections(false);
        }

        JsonNode back = awaitLive("binance", "DROP/USDT");
        assertThat(values(row(back))).isEqualTo(values(first));
        assertThat(exchange.binanceKlineRequests("DROPUSDT"))
                .as("kline requests")
                .isGreaterThan(klines);
        assertThat(exchange.streams().openCarrying(stream)).doesNotContainAnyElementsOf(dropped);
    }

    @Test
    void aSilentConnectionIsReplacedAfterStallAfterAndSaysItStalled() {
        halfPastANewHour();
        clock.set(clock.instant()); // the wall clock stands still: silence is measured on the monotonic timer
        String stream = BinanceDialect.hourly("STALUSDT");
        scan("binance", "STAL/USDT");
        awaitSubscribed(stream);
        awaitLive("binance", "STAL/USDT");
        int klines = exchange.binanceKlineRequests("STALUSDT");
        List<LoopbackConnection> stalled = exchange.streams().openCarrying(stream);

        exchange.streams().stall(stream);

        JsonNode renewed = Waits.await("a Binance connection renewed as stalled")
                .until(
                        () -> streams("binance").stream()
                                .filter(s -> s.path("reason").asText().startsWith("stalled"))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(renewed.path("reason").asText()).isEqualTo("stalled: nothing received for 2 s");
        assertThat(renewed.path("reconnects").asInt()).isPositive();
        awaitLive("binance", "STAL/USDT");
        assertThat(exchange.binanceKlineRequests("STALUSDT"))
                .as("kline requests")
                .isGreaterThan(klines);
        assertThat(exchange.streams().openCarrying(stream)).doesNotContainAnyElementsOf(stalled);
        assertThat(stalled)
                .allSatisfy(
                        c -> assertThat(c.ending()).as("ended by the server").isNull());
        String id = renewed.path("connection").asText();
        assertThat(liveStreamsCheck().path("data").path(id + ".reason").asText())
                .startsWith("stalled");
    }

    @Test
    void aConnectionTheExchangeEndsAtItsLifeLimitIsReopenedAndTheSeriesGoesOnWithoutAGap() {
        long forming = halfPastANewHour();
        String stream = BinanceDialect.hourly("LIMTUSDT");
        scan("binance", "LIMT/USDT");
        awaitSubscribed(stream);
        awaitLive("binance", "LIMT/USDT");

        exchange.streams().limitLife(stream, Duration.ofSeconds(1), 2);

        Waits.await("two connections ended at their life limit")
                .until(() -> exchange.streams().carrying(stream).stream()
                                .filter(c -> "life limit".equals(c.ending()))
                                .count()
                        == 2);
        assertThat(streams("binance"))
                .anySatisfy(s ->
                        assertThat(s.path("reason").asText()).isEqualTo("closed by the exchange (1001 life limit)"));
        awaitLive("binance", "LIMT/USDT");
        int klines = exchange.binanceKlineRequests("LIMTUSDT");

        closeTheHourOf(forming);
        push(stream, exchange.market().hourly("LIMTUSDT", forming), true);

        JsonNode next = awaitScan(
                "the next candle from the stream",
                "binance",
                "LIMT/USDT",
                answer -> row(answer)
                        .path("candleTime")
                        .asText()
                        .equals(Instant.ofEpochMilli(forming).toString()));
        assertThat(next.path("data").asText()).isEqualTo("live");
        assertThat(exchange.binanceKlineRequests("LIMTUSDT"))
                .as("kline requests")
                .isEqualTo(klines);
        assertThat(LiveApi.candles("LIMTUSDT", 200))
                .isEqualTo(LiveApi.bars(exchange.market().candles("LIMTUSDT", HOUR, forming - 199 * HOUR, forming)));
    }

    private static Optional<JsonNode> reconnecting() {
        return streams("binance").stream()
                .filter(s -> "reconnecting".equals(s.path("state").asText()))
                .findFirst();
    }
}
