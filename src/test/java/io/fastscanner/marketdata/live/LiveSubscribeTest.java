package io.fastscanner.marketdata.live;

import static io.fastscanner.marketdata.live.LiveApi.awaitLive;
import static io.fastscanner.marketdata.live.LiveApi.liveStreamsCheck;
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
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The service subscribes what it watches, and scans what it holds fresh from memory, with the values of requests. */
@QuarkusTest
@TestProfile(LiveStreamsProfile.class)
class LiveSubscribeTest extends LiveTestBase {

    @Test
    void theDefaultUniverseIsSubscribedFromStartUpAndShownInExchangesAndReadiness() {
        awaitSubscribed(BinanceDialect.hourly("UNIAUSDT"));
        awaitSubscribed(BinanceDialect.hourly("UNIBUSDT"));
        assertThat(exchange.streams().openCarrying(BinanceDialect.hourly("UNIAUSDT")))
                .allSatisfy(c -> assertThat(c.path()).isEqualTo("/stream"));

        JsonNode connection = Waits.await("a live Binance connection in /exchanges")
                .until(
                        () -> streams("binance").stream()
                                .filter(s -> s.path("connected").asBoolean()
                                        && s.path("streams").asInt() >= 2)
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
        assertThat(connection.path("state").asText()).isEqualTo("live");
        assertThat(connection.path("url").asText()).startsWith("ws://127.0.0.1:");
        assertThat(connection.path("lastMessage").isNull()).isFalse();

        JsonNode check = liveStreamsCheck();
        assertThat(check.path("status").asText()).isEqualTo("UP");
        assertThat(check.path("data").path("enabled").asBoolean()).isTrue();
        String id = connection.path("connection").asText();
        assertThat(check.path("data").path(id + ".state").asText()).isEqualTo("live");
    }

    @Test
    void aScannedSymbolIsSubscribedAndOnceLoadedIsScannedWithoutRequestsAndWithTheSameValues() {
        long forming = halfPastANewHour();
        String stream = BinanceDialect.hourly("SUBAUSDT");

        JsonNode first = scan("binance", "SUBA/USDT");
        assertThat(first.path("data").asText()).isEqualTo("rest");
        assertThat(row(first).path("candleTime").asText())
                .isEqualTo(Instant.ofEpochMilli(forming - HOUR).toString());

        awaitSubscribed(stream);
        awaitLive("binance", "SUBA/USDT");
        int klines = exchange.binanceKlineRequests("SUBAUSDT");
        int tickers = exchange.binanceTickerRequests();

        JsonNode live = scan("binance", "SUBA/USDT");

        assertThat(live.path("data").asText()).isEqualTo("live");
        assertThat(row(live).path("data").asText()).isEqualTo("live");
        assertThat(exchange.binanceKlineRequests("SUBAUSDT"))
                .as("kline requests")
                .isEqualTo(klines);
        assertThat(exchange.binanceTickerRequests()).as("ticker requests").isEqualTo(tickers);
        assertThat(values(row(live))).isEqualTo(values(row(first)));
        assertThat(exchange.streams().carrying(stream)).hasSize(1);
        assertThat(klines)
                .as("kline requests: the first scan's, then one load of the series")
                .isEqualTo(2);
    }
}
