package io.fastscanner.marketdata.live;

import static io.fastscanner.marketdata.live.LiveApi.awaitLive;
import static io.fastscanner.marketdata.live.LiveApi.awaitScan;
import static io.fastscanner.marketdata.live.LiveApi.bars;
import static io.fastscanner.marketdata.live.LiveApi.candles;
import static io.fastscanner.marketdata.live.LiveApi.row;
import static io.fastscanner.marketdata.live.LiveApi.scan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.events.SseTestClient;
import io.fastscanner.testing.LiveStreamsProfile;
import io.fastscanner.testing.Waits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Candles out of sequence: a missed or changed candle sends the series back to the exchange, whose candles are then
 * served; a repeated one changes nothing.
 */
@QuarkusTest
@TestProfile(LiveStreamsProfile.class)
class StreamSequenceTest extends LiveTestBase {

    @Test
    void aMissedCandleReloadsTheSeriesOnceAndTheServedCandlesAreTheExchanges() {
        long forming = halfPastANewHour();
        String stream = BinanceDialect.hourly("GAPSUSDT");
        scan("binance", "GAPS/USDT");
        awaitSubscribed(stream);
        awaitLive("binance", "GAPS/USDT");
        int klines = exchange.binanceKlineRequests("GAPSUSDT");
        long newest = forming + HOUR;

        try (SseTestClient sse = SseTestClient.connect(events)) {
            closeTheHourOf(newest);
            push(stream, exchange.market().hourly("GAPSUSDT", newest), true);

            JsonNode event = awaitSignalUpdate(sse, "GAPS/USDT", newest).json();
            assertThat(event.path("signal").path("data").asText()).isEqualTo("live");
        }
        assertThat(exchange.binanceKlineRequests("GAPSUSDT"))
                .as("kline requests")
                .isEqualTo(klines + 1);
        assertThat(candles("GAPSUSDT", 200))
                .isEqualTo(bars(exchange.market().candles("GAPSUSDT", HOUR, newest - 199 * HOUR, newest)));
        JsonNode answer = scan("binance", "GAPS/USDT");
        assertThat(answer.path("data").asText()).isEqualTo("live");
        assertThat(row(answer).path("candleTime").asText())
                .isEqualTo(Instant.ofEpochMilli(newest).toString());
        assertThat(exchange.binanceKlineRequests("GAPSUSDT"))
                .as("kline requests")
                .isEqualTo(klines + 1);
    }

    @Test
    void aRepeatedCandleChangesNothingAndIsSignalledOnce() {
        long forming = halfPastANewHour();
        String stream = BinanceDialect.hourly("DUPLUSDT");
        scan("binance", "DUPL/USDT");
        awaitSubscribed(stream);
        awaitLive("binance", "DUPL/USDT");
        TruthCandle closing = exchange.market().hourly("DUPLUSDT", forming);

        try (SseTestClient sse = SseTestClient.connect(events)) {
            closeTheHourOf(forming);
            push(stream, closing, true);
            awaitSignalUpdate(sse, "DUPL/USDT", forming);
            int klines = exchange.binanceKlineRequests("DUPLUSDT");

            push(stream, closing, true);
            push(stream, exchange.market().hourly("DUPLUSDT", forming - HOUR), true);
            TruthCandle next =
                    exchange.market().hourly("DUPLUSDT", forming + HOUR).forming();
            push(stream, next, false);

            JsonNode answer = awaitScan(
                    "the forming candle pushed after the repeated ones",
                    "binance",
                    "DUPL/USDT",
                    a -> row(a).path("price").asDouble() == next.closeValue());
            assertThat(answer.path("data").asText()).isEqualTo("live");
            assertThat(row(answer).path("candleTime").asText())
                    .isEqualTo(Instant.ofEpochMilli(forming).toString());
            assertThat(exchange.binanceKlineRequests("DUPLUSDT"))
                    .as("kline requests")
                    .isEqualTo(klines);
            assertThat(signalUpdates(sse, "DUPL/USDT")).hasSize(1);
        }
    }

    @Test
    void anOlderCandleWithOtherValuesReloadsTheSeriesAndTheExchangesValuesAreServed() {
        long forming = halfPastANewHour();
        String stream = BinanceDialect.hourly("ORDRUSDT");
        scan("binance", "ORDR/USDT");
        awaitSubscribed(stream);
        JsonNode before = row(awaitLive("binance", "ORDR/USDT"));
        int klines = exchange.binanceKlineRequests("ORDRUSDT");

        try (SseTestClient sse = SseTestClient.connect(events)) {
            push(
                    stream,
                    exchange.market().hourly("ORDRUSDT", forming - 3 * HOUR).changed(),
                    true);

            Waits.await("the series reloaded").until(() -> exchange.binanceKlineRequests("ORDRUSDT") > klines);
            JsonNode after = row(awaitLive("binance", "ORDR/USDT"));
            assertThat(LiveApi.values(after)).isEqualTo(LiveApi.values(before));
            assertThat(candles("ORDRUSDT", 200))
                    .isEqualTo(bars(exchange.market().candles("ORDRUSDT", HOUR, forming - 200 * HOUR, forming - HOUR)));
            assertThat(signalUpdates(sse, "ORDR/USDT"))
                    .as("no new candle, no update")
                    .isEmpty();
        }
    }
}
