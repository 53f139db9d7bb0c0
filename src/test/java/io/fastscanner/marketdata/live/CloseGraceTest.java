package io.fastscanner.marketdata.live;

import static io.fastscanner.marketdata.live.LiveApi.awaitLive;
import static io.fastscanner.marketdata.live.LiveApi.row;
import static io.fastscanner.marketdata.live.LiveApi.scan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.testing.LiveStreamsProfile;
import io.fastscanner.testing.Waits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A scan that starts on a boundary, before the stream has pushed the candle that has just closed, waits for it
 * (scanner.live.close-grace) instead of asking the exchange: a scheduled scan is answered from memory too.
 */
@QuarkusTest
@TestProfile(LiveStreamsProfile.class)
class CloseGraceTest extends LiveTestBase {

    @Test
    void aScanOnTheBoundaryWaitsForTheStreamToPushTheClosedCandle() throws Exception {
        long forming = halfPastANewHour();
        String stream = BinanceDialect.hourly("GRACUSDT");
        scan("binance", "GRAC/USDT");
        awaitSubscribed(stream);
        awaitLive("binance", "GRAC/USDT");
        int klines = exchange.binanceKlineRequests("GRACUSDT");
        TruthCandle closing = exchange.market().hourly("GRACUSDT", forming);

        clock.runFrom(Instant.ofEpochMilli(forming + HOUR + 200)); // the candle closed 200 ms ago
        CompletableFuture<JsonNode> onTheBoundary = CompletableFuture.supplyAsync(() -> scan("binance", "GRAC/USDT"));
        Waits.await("the scan waiting for the closed candle")
                .pollDelay(Duration.ofMillis(300))
                .until(() -> !onTheBoundary.isDone());
        push(stream, closing, true);

        JsonNode row = row(onTheBoundary.get(60, java.util.concurrent.TimeUnit.SECONDS));
        assertThat(row.path("data").asText()).isEqualTo("live");
        assertThat(row.path("candleTime").asText())
                .isEqualTo(Instant.ofEpochMilli(forming).toString());
        assertThat(exchange.binanceKlineRequests("GRACUSDT"))
                .as("kline requests")
                .isEqualTo(klines);
    }
}
