package io.fastscanner.bench;

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
 * The simulated Coinbase answers in its documented shapes (paths, columns, order, units, forming candle) and with its
 * over-limit answer ({@code ./mvnw -Pbench test -Dtest='*SimulatorTest'}; answers kept in {@code target/bench/samples/}).
 */
class CoinbaseSimulatorTest extends SimulatorCalls {

    @Test
    void coinbase() throws Exception {
        try (SpotSimulator s = simulator(Exchange.COINBASE)) {
            Answer products = get(s, "/api/v3/brokerage/market/products");
            sample(Exchange.COINBASE, "products", products);
            assertThat(products.body().path("products")).hasSize(56);
            assertThat(products.body().path("num_products").asInt()).isEqualTo(56);
            assertThat(products.body().at("/products/0/product_id").asText()).isEqualTo("SYN0001-USD");
            assertThat(products.body().findValuesAsText("status")).contains("online", "delisted");
            assertThat(get(s, "/api/v3/brokerage/market/products?limit=10&offset=50")
                            .body()
                            .path("products"))
                    .hasSize(6);

            long f = formingOpen() / 1000;
            Answer candles = get(
                    s,
                    "/api/v3/brokerage/market/products/SYN0001-USD/candles?granularity=ONE_HOUR&start="
                            + (f - 349 * 3600) + "&end=" + f);
            sample(Exchange.COINBASE, "klines", candles);
            JsonNode rows = candles.body().path("candles");
            assertThat(rows).hasSize(350);
            assertThat(rows.get(0).path("start").asText()).isEqualTo(Long.toString(f));
            assertThat(rows.get(349).path("start").asText()).isEqualTo(Long.toString(f - 349 * 3600));
            Answer tooMany = get(
                    s,
                    "/api/v3/brokerage/market/products/SYN0001-USD/candles?granularity=ONE_HOUR&start="
                            + (f - 351 * 3600) + "&end=" + f);
            assertThat(tooMany.status()).isEqualTo(400);
            assertThat(tooMany.body().path("error").asText()).isEqualTo("INVALID_ARGUMENT");

            awaitWindowStart(CoinbaseVenue.WINDOW_MS);
            s.reset();
            Answer last = null;
            for (int i = 0; i <= CoinbaseVenue.LIMIT; i++) {
                last = get(s, "/api/v3/brokerage/market/products?limit=1");
            }
            assertThat(last.status()).isEqualTo(429);
            assertThat(last.body().path("error").asText()).isEqualTo("rate_limit_exceeded");
        }
    }
}
