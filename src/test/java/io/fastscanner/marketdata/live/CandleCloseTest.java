package io.fastscanner.marketdata.live;

import static io.fastscanner.marketdata.live.LiveApi.awaitLive;
import static io.fastscanner.marketdata.live.LiveApi.awaitScan;
import static io.fastscanner.marketdata.live.LiveApi.candleValues;
import static io.fastscanner.marketdata.live.LiveApi.reconnects;
import static io.fastscanner.marketdata.live.LiveApi.row;
import static io.fastscanner.marketdata.live.LiveApi.scan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.events.SseTestClient;
import io.fastscanner.testing.LiveStreamsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A forming candle moves the price only; a closed one moves the signal, announced once on the event stream. */
@QuarkusTest
@TestProfile(LiveStreamsProfile.class)
class CandleCloseTest extends LiveTestBase {

    @Test
    void aFormingCandleMovesOnlyThePriceAndTheClosedCandleIsSignalledOnceFromTheStream() {
        long forming = halfPastANewHour();
        String stream = BinanceDialect.hourly("CLOSUSDT");
        scan("binance", "CLOS/USDT");
        awaitSubscribed(stream);
        JsonNode before = row(awaitLive("binance", "CLOS/USDT"));
        int klines = exchange.binanceKlineRequests("CLOSUSDT");
        int reconnects = reconnects("binance");
        TruthCandle closing = exchange.market().hourly("CLOSUSDT", forming);

        try (SseTestClient sse = SseTestClient.connect(events)) {
            push(stream, closing.forming(), false);
            JsonNode whileForming = row(awaitScan(
                    "the forming candle's close as the price",
                    "binance",
                    "CLOS/USDT",
                    answer -> row(answer).path("price").asDouble()
                            == closing.forming().closeValue()));
            assertThat(whileForming.path("data").asText()).isEqualTo("live");
            assertThat(candleValues(whileForming)).isEqualTo(candleValues(before));
            assertThat(signalUpdates(sse, "CLOS/USDT")).isEmpty();

            closeTheHourOf(forming);
            push(stream, closing, true);

            SseTestClient.Frame update = awaitSignalUpdate(sse, "CLOS/USDT", forming);
            JsonNode event = update.json();
            assertThat(event.path("exchange").asText()).isEqualTo("binance");
            assertThat(event.path("timeframe").asText()).isEqualTo("1h");
            assertThat(event.path("candleCloseTime").asText())
                    .isEqualTo(Instant.ofEpochMilli(forming + HOUR).toString());
            assertThat(event.path("signal").path("data").asText()).isEqualTo("live");
            assertThat(event.path("previous").path("signal").asText())
                    .isEqualTo(before.path("signal").asText());

            JsonNode after = row(scan("binance", "CLOS/USDT"));
            assertThat(after.path("data").asText()).isEqualTo("live");
            assertThat(after.path("candleTime").asText())
                    .isEqualTo(Instant.ofEpochMilli(forming).toString());
            assertThat(after.path("price").asDouble()).isEqualTo(closing.closeValue());
            assertThat(candleValues(after)).isEqualTo(candleValues(event.path("signal")));
            assertThat(exchange.binanceKlineRequests("CLOSUSDT"))
                    .as("kline requests")
                    .isEqualTo(klines);
            assertThat(reconnects("binance")).as("reconnections").isEqualTo(reconnects);
            assertThat(signalUpdates(sse, "CLOS/USDT")).hasSize(1);
        }
    }
}
