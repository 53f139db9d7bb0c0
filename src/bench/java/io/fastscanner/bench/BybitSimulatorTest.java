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
import org.junit.jupiter.api.Test;

/**
 * The simulated Bybit answers in its documented shapes (paths, columns, order, units, forming candle) and with its
 * over-limit answer ({@code ./mvnw -Pbench test -Dtest='*SimulatorTest'}; answers kept in {@code target/bench/samples/}).
 */
class BybitSimulatorTest extends SimulatorCalls {

    @Test
    void bybit() throws Exception {
        try (SpotSimulator s = simulator(Exchange.BYBIT)) {
            Answer instruments = get(s, "/v5/market/instruments-info?category=spot");
            sample(Exchange.BYBIT, "instruments", instruments);
            assertThat(instruments.body().path("retCode").isInt()).isTrue();
            assertThat(instruments.body().at("/result/list")).hasSize(56);
            assertThat(instruments.body().at("/result/list/0/status").asText()).isEqualTo("Trading");
            assertThat(instruments.body().findValuesAsText("status")).contains("Closed");
            Answer tickers = get(s, "/v5/market/tickers?category=spot");
            sample(Exchange.BYBIT, "tickers", tickers);
            assertThat(tickers.body().at("/result/list/0/turnover24h").isTextual())
                    .isTrue();

            long f = formingOpen();
            Answer kline = get(
                    s,
                    "/v5/market/kline?category=spot&symbol=SYN0001USDT&interval=60&start=" + (f - 10 * HOUR) + "&end="
                            + (f + HOUR) + "&limit=1000");
            sample(Exchange.BYBIT, "klines", kline);
            JsonNode list = kline.body().at("/result/list");
            assertThat(list).hasSize(11); // 10 closed and the forming one, newest first
            assertThat(list.get(0).get(0).asText()).isEqualTo(Long.toString(f));
            assertThat(list.get(10).get(0).asText()).isEqualTo(Long.toString(f - 10 * HOUR));
            assertThat(list.get(1)).hasSize(7).allMatch(JsonNode::isTextual);
            Answer closed = get(
                    s, "/v5/market/kline?category=spot&symbol=SYN0001USDT&interval=60&end=" + (f - HOUR) + "&limit=3");
            assertThat(closed.body().at("/result/list/0/0").asText()).isEqualTo(Long.toString(f - HOUR));
            assertThat(closed.body().at("/result/list")).hasSize(3);

            awaitWindowStart(BybitVenue.WINDOW_MS);
            s.reset();
            Answer last = null;
            for (int i = 0; i <= BybitVenue.LIMIT; i++) {
                last = get(s, "/v5/market/tickers?category=spot");
            }
            assertThat(last.status()).isEqualTo(200);
            assertThat(last.body().path("retCode").asInt()).isEqualTo(10006);
            assertThat(last.header("X-Bapi-Limit-Status")).isEqualTo("0");
            assertThat(s.stats().rateLimited()).isEqualTo(1);
        }
    }
}
