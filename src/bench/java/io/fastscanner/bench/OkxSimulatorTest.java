package io.fastscanner.bench;

import static io.fastscanner.bench.SimulatorCalls.HOUR;
import static io.fastscanner.bench.SimulatorCalls.awaitWindowStart;
import static io.fastscanner.bench.SimulatorCalls.formingOpen;
import static io.fastscanner.bench.SimulatorCalls.get;
import static io.fastscanner.bench.SimulatorCalls.sample;
import static io.fastscanner.bench.SimulatorCalls.simulator;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.bench.SimulatorCalls.Answer;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Timeframe;
import org.junit.jupiter.api.Test;

/**
 * The simulated OKX answers in its documented shapes (paths, columns, order, units, forming candle) and with its
 * over-limit answer ({@code ./mvnw -Pbench test -Dtest='*SimulatorTest'}; answers kept in {@code target/bench/samples/}).
 */
class OkxSimulatorTest extends SimulatorCalls {

    @Test
    void okx() throws Exception {
        try (SpotSimulator s = simulator(Exchange.OKX)) {
            Answer instruments = get(s, "/api/v5/public/instruments?instType=SPOT");
            sample(Exchange.OKX, "instruments", instruments);
            assertThat(instruments.body().path("code").asText()).isEqualTo("0");
            assertThat(instruments.body().path("data")).hasSize(56);
            assertThat(instruments.body().findValuesAsText("state")).contains("live", "suspend");
            Answer tickers = get(s, "/api/v5/market/tickers?instType=SPOT");
            sample(Exchange.OKX, "tickers", tickers);
            assertThat(tickers.body().at("/data/0/volCcy24h").isTextual()).isTrue();

            long f = formingOpen();
            Answer candles = get(s, "/api/v5/market/candles?instId=SYN0001-USDT&bar=1H&limit=300");
            sample(Exchange.OKX, "klines", candles);
            JsonNode data = candles.body().path("data");
            assertThat(data).hasSize(300);
            assertThat(data.get(0).get(0).asText()).isEqualTo(Long.toString(f));
            assertThat(data.get(0).get(8).asText()).isEqualTo("0");
            assertThat(data.get(1).get(8).asText()).isEqualTo("1");
            assertThat(data.get(1)).hasSize(9).allMatch(JsonNode::isTextual);
            Answer between = get(
                    s, "/api/v5/market/candles?instId=SYN0001-USDT&bar=1H&after=" + f + "&before=" + (f - 3 * HOUR));
            assertThat(between.body().path("data")).hasSize(2); // both cursors exclusive
            assertThat(between.body().at("/data/0/0").asText()).isEqualTo(Long.toString(f - HOUR));
            assertThat(get(s, "/api/v5/market/candles?instId=SYN0001-USDT&bar=1H&after=" + (f - 1500 * HOUR))
                            .body()
                            .path("data"))
                    .isEmpty(); // only the latest 1,440 rows
            assertThat(get(s, "/api/v5/market/history-candles?instId=SYN0001-USDT&bar=1H&limit=300")
                            .body()
                            .path("data"))
                    .hasSize(100);
            long day = Timeframe.D1.millis();
            assertThat(get(s, "/api/v5/market/candles?instId=SYN0001-USDT&bar=1D&limit=2")
                                    .body()
                                    .at("/data/1/0")
                                    .asLong()
                            % day)
                    .isEqualTo(16 * HOUR); // Hong Kong midnight
            assertThat(get(s, "/api/v5/market/candles?instId=SYN0001-USDT&bar=1Dutc&limit=2")
                                    .body()
                                    .at("/data/1/0")
                                    .asLong()
                            % day)
                    .isZero();
            Answer badBar = get(s, "/api/v5/market/candles?instId=SYN0001-USDT&bar=1h");
            assertThat(badBar.status()).isEqualTo(400);
            assertThat(badBar.body().path("code").asText()).isEqualTo("51000");

            awaitWindowStart(OkxVenue.WINDOW_MS);
            s.reset();
            Answer last = null;
            for (int i = 0; i <= 40; i++) {
                last = get(s, "/api/v5/market/candles?instId=SYN0001-USDT&bar=1H&limit=1");
            }
            assertThat(last.status()).isEqualTo(429);
            assertThat(last.body().path("code").asText()).isEqualTo("50011");
            assertThat(get(s, "/api/v5/market/tickers?instType=SPOT").status()).isEqualTo(200); // its own limit
        }
    }
}
