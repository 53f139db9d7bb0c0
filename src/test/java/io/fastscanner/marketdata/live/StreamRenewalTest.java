package io.fastscanner.marketdata.live;

import static io.fastscanner.marketdata.live.LiveApi.awaitScan;
import static io.fastscanner.marketdata.live.LiveApi.candles;
import static io.fastscanner.marketdata.live.LiveApi.liveStreamsCheck;
import static io.fastscanner.marketdata.live.LiveApi.row;
import static io.fastscanner.marketdata.live.LiveApi.scan;
import static io.fastscanner.marketdata.live.LiveApi.streams;
import static io.fastscanner.marketdata.live.LiveApi.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.events.SseTestClient;
import io.fastscanner.testing.RenewedStreamsProfile;
import io.fastscanner.testing.Waits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * With {@code scanner.live.connection-life} at 3 s (Binance's 24 h scaled down) the service renews its connections
 * itself, before the exchange would end them; the series are reloaded and go on without a gap.
 */
@QuarkusTest
@TestProfile(RenewedStreamsProfile.class)
class StreamRenewalTest extends LiveTestBase {

    @Test
    void theServiceRenewsItsConnectionsAndTheSeriesGoesOnWithoutAGap() {
        long forming = halfPastANewHour();
        String stream = BinanceDialect.hourly("RENWUSDT");
        JsonNode first = row(scan("binance", "RENW/USDT"));

        Waits.await("the connection carrying " + stream + " renewed twice")
                .until(() -> exchange.streams().carrying(stream).size() >= 3);
        assertThat(exchange.streams().carrying(stream))
                .allSatisfy(
                        c -> assertThat(c.ending()).as("ended by the server").isNull());
        JsonNode connection = streams("binance").get(0);
        assertThat(connection.path("reason").asText()).isEqualTo("renewed after PT3S");
        assertThat(connection.path("reconnects").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(liveStreamsCheck()
                        .path("data")
                        .path(connection.path("connection").asText() + ".reason")
                        .asText())
                .isEqualTo("renewed after PT3S");
        JsonNode live = LiveApi.awaitLive("binance", "RENW/USDT");
        assertThat(values(row(live))).isEqualTo(values(first));

        try (SseTestClient sse = SseTestClient.connect(events)) {
            closeTheHourOf(forming);
            awaitSubscribed(stream);
            exchange.streams().push(stream, exchange.market().hourly("RENWUSDT", forming), true);
            awaitSignalUpdate(sse, "RENW/USDT", forming);
        }
        awaitScan(
                "the closed candle scanned from the stream",
                "binance",
                "RENW/USDT",
                answer -> LiveApi.live(answer)
                        && row(answer)
                                .path("candleTime")
                                .asText()
                                .equals(Instant.ofEpochMilli(forming).toString()));
        assertThat(candles("RENWUSDT", 200))
                .isEqualTo(LiveApi.bars(exchange.market().candles("RENWUSDT", HOUR, forming - 199 * HOUR, forming)));
    }
}
