package io.fastscanner.marketdata.live;

import static io.fastscanner.marketdata.live.LiveApi.awaitLive;
import static io.fastscanner.marketdata.live.LiveApi.row;
import static io.fastscanner.marketdata.live.LiveApi.scan;
import static io.fastscanner.marketdata.live.LiveApi.streams;
import static io.fastscanner.marketdata.live.LiveApi.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.events.SseTestClient;
import io.fastscanner.testing.LiveStreamsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** Bybit's and OKX's streams, opened when a scan first names the exchange: subscribed, served, closed candles. */
@QuarkusTest
@TestProfile(LiveStreamsProfile.class)
class OtherExchangeStreamsTest extends LiveTestBase {

    @Test
    void bybitStreamsAScannedSymbolAndSignalsItsClosedCandle() {
        IntSupplier requests = () -> exchange.bybitKlineRequests("BTCUSDT");
        scannedFromTheStreamAndSignalled("bybit", BybitDialect.hourly("BTCUSDT"), BybitDialect.PATH, requests, 1);
    }

    @Test
    void okxStreamsAScannedSymbolAndSignalsItsClosedCandle() {
        IntSupplier requests = () -> exchange.okxCandleRequests("BTC-USDT");
        scannedFromTheStreamAndSignalled("okx", OkxDialect.hourly("BTC", "USDT"), OkxDialect.PATH, requests, 2);
    }

    /** {@code requestsPerLoad}: 500 candles take one Bybit request (1000 rows a page), two of OKX (300 a page). */
    private void scannedFromTheStreamAndSignalled(
            String exchangeId, String stream, String path, IntSupplier klineRequests, int requestsPerLoad) {
        long forming = halfPastANewHour();
        JsonNode first = scan(exchangeId, "BTC/USDT");
        assertThat(first.path("data").asText()).isEqualTo("rest");

        awaitSubscribed(stream);
        assertThat(exchange.streams().openCarrying(stream))
                .allSatisfy(c -> assertThat(c.path()).isEqualTo(path));
        awaitLive(exchangeId, "BTC/USDT");
        int klines = klineRequests.getAsInt();
        JsonNode live = scan(exchangeId, "BTC/USDT");
        assertThat(live.path("data").asText()).isEqualTo("live");
        assertThat(values(row(live))).isEqualTo(values(row(first)));
        assertThat(klineRequests.getAsInt()).as("candle requests").isEqualTo(klines);
        assertThat(streams(exchangeId))
                .anySatisfy(s -> assertThat(s.path("state").asText()).isEqualTo("live"));

        try (SseTestClient sse = SseTestClient.connect(events)) {
            closeTheHourOf(forming);
            push(stream, exchange.market().hourly("BTCUSDT", forming), true);

            JsonNode event = awaitSignalUpdate(sse, "BTC/USDT", forming).json();
            assertThat(event.path("exchange").asText()).isEqualTo(exchangeId);
            assertThat(event.path("signal").path("data").asText()).isEqualTo("live");
        }
        assertThat(klineRequests.getAsInt()).as("candle requests").isEqualTo(klines);
        assertThat(klines)
                .as("candle requests: the first scan's, then one load of the series")
                .isEqualTo(2 * requestsPerLoad);
    }
}
