package io.fastscanner.bench;

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
 * The simulated KuCoin answers in its documented shapes (paths, columns, order, units, forming candle) and with its
 * over-limit answer ({@code ./mvnw -Pbench test -Dtest='*SimulatorTest'}; answers kept in {@code target/bench/samples/}).
 */
class KucoinSimulatorTest extends SimulatorCalls {

    @Test
    void kucoin() throws Exception {
        try (SpotSimulator s = simulator(Exchange.KUCOIN)) {
            Answer symbols = get(s, "/api/v2/symbols");
            sample(Exchange.KUCOIN, "symbols", symbols);
            assertThat(symbols.body().path("code").asText()).isEqualTo("200000");
            assertThat(symbols.body().path("data")).hasSize(56);
            assertThat(symbols.header("gw-ratelimit-remaining")).isEqualTo(Integer.toString(KucoinVenue.POOL - 4));
            Answer tickers = get(s, "/api/v1/market/allTickers");
            sample(Exchange.KUCOIN, "tickers", tickers);
            assertThat(tickers.body().at("/data/ticker")).hasSize(56);
            assertThat(tickers.body().at("/data/time").isNumber()).isTrue();

            long f = formingOpen() / 1000;
            Answer candles = get(
                    s,
                    "/api/v1/market/candles?symbol=SYN0001-USDT&type=1hour&startAt=" + (f - 10 * 3600) + "&endAt="
                            + (f - 3600));
            sample(Exchange.KUCOIN, "klines", candles);
            JsonNode rows = candles.body().path("data");
            assertThat(rows).hasSize(10);
            assertThat(rows.get(0).get(0).asText()).isEqualTo(Long.toString(f - 3600)); // newest first
            for (JsonNode row : rows) { // [time, open, close, high, low, volume, turnover]
                double open = row.get(1).asDouble();
                double close = row.get(2).asDouble();
                assertThat(row.get(3).asDouble()).isGreaterThanOrEqualTo(Math.max(open, close));
                assertThat(row.get(4).asDouble()).isLessThanOrEqualTo(Math.min(open, close));
            }

            s.reset();
            Answer last = null;
            for (int i = 0; i < KucoinVenue.POOL / 3; i++) {
                last = get(s, "/api/v1/market/candles?symbol=SYN0001-USDT&type=1hour&startAt=" + f);
            }
            assertThat(last.status()).isEqualTo(200);
            Answer over = get(s, "/api/v2/symbols");
            assertThat(over.status()).isEqualTo(429);
            assertThat(over.body().path("code").asText()).isEqualTo("429000");
            assertThat(Long.parseLong(over.header("gw-ratelimit-reset"))).isBetween(1L, KucoinVenue.WINDOW_MS);
        }
    }
}
