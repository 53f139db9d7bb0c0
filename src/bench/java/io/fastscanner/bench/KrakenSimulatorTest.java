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
 * The simulated Kraken answers in its documented shapes (paths, columns, order, units, forming candle) and with its
 * over-limit answer ({@code ./mvnw -Pbench test -Dtest='*SimulatorTest'}; answers kept in {@code target/bench/samples/}).
 */
class KrakenSimulatorTest extends SimulatorCalls {

    @Test
    void kraken() throws Exception {
        try (SpotSimulator s = simulator(Exchange.KRAKEN)) {
            Answer pairs = get(s, "/0/public/AssetPairs");
            sample(Exchange.KRAKEN, "assetpairs", pairs);
            assertThat(pairs.body().path("result").size()).isEqualTo(56);
            assertThat(pairs.body().at("/result/SYN0001USD/quote").asText()).isEqualTo("ZUSD");
            assertThat(pairs.body().at("/result/SYN0001USD/wsname").asText()).isEqualTo("SYN0001/USD");
            assertThat(pairs.body().findValuesAsText("status")).contains("online", "cancel_only");
            Thread.sleep(1000); // one request per second per IP
            Answer tickers = get(s, "/0/public/Ticker");
            sample(Exchange.KRAKEN, "tickers", tickers);
            assertThat(tickers.body().path("result").size()).isEqualTo(56);
            assertThat(tickers.body().at("/result/SYN0001USD/v")).hasSize(2);

            long f = formingOpen();
            Answer ohlc = get(s, "/0/public/OHLC?pair=SYN0001USD&interval=60");
            sample(Exchange.KRAKEN, "klines", ohlc);
            JsonNode rows = ohlc.body().at("/result/SYN0001USD");
            assertThat(rows).hasSize(720); // oldest first, the forming candle last
            assertThat(rows.get(719).get(0).asLong()).isEqualTo(f / 1000);
            assertThat(rows.get(0).get(0).asLong()).isEqualTo((f - 719 * HOUR) / 1000);
            assertThat(rows.get(0).get(0).isNumber()).isTrue();
            assertThat(rows.get(0).get(7).isNumber()).isTrue();
            assertThat(ohlc.body().at("/result/last").asLong()).isEqualTo((f - HOUR) / 1000);
            Answer since = get(s, "/0/public/OHLC?pair=SYN0002USD&interval=60&since=" + (f - 3 * HOUR) / 1000);
            assertThat(since.body().at("/result/SYN0002USD")).hasSize(3); // after since, and the forming one

            awaitWindowStart(1000);
            assertThat(get(s, "/0/public/OHLC?pair=SYN0003USD&interval=60")
                            .body()
                            .path("error"))
                    .isEmpty();
            Answer again = get(s, "/0/public/OHLC?pair=SYN0003USD&interval=15");
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.body().at("/error/0").asText()).isEqualTo("EGeneral:Too many requests");
            assertThat(get(s, "/0/public/OHLC?pair=SYN0004USD&interval=60")
                            .body()
                            .path("error"))
                    .isEmpty(); // OHLC is limited per pair
        }
    }
}
