package io.fastscanner.scan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.MarketDataException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A scan does not wait for the 24 h ticker before fetching candles: named symbols always, the default universe
 * when a recent ticker ranking exists. Every row still carries this scan's ticker, and a failed ticker still fails
 * the scan.
 */
@QuarkusTest
@TestProfile(TickerOverlapTest.SlowTicker.class)
class TickerOverlapTest {

    public static class SlowTicker implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(SlowTickerMarketDataSource.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("scanner.deep-analysis.enabled", "false");
        }
    }

    private static final String NAMED = "{\"symbols\":[\"BTC/USDT\",\"ETH/USDT\",\"SOL/USDT\"]}";

    @Test
    void namedSymbolsAndARecentlyRankedUniverseFetchCandlesWhileTheTickerIsPending() throws Exception {
        SlowTickerMarketDataSource.tickerGate = CompletableFuture.completedFuture(null);
        JsonPath first = given().post("/api/scanner/quick-scan").then().statusCode(200).extract().jsonPath();
        int universe = first.getInt("count");
        assertThat(universe).isGreaterThan(3);

        assertCandlesFetchedBeforeTicker(null, universe);
        assertCandlesFetchedBeforeTicker(NAMED, 3);
    }

    @Test
    void aFailedTickerFailsTheScanEvenWhenCandlesArrived() throws Exception {
        SlowTickerMarketDataSource.tickerGate = CompletableFuture.completedFuture(null);
        given().post("/api/scanner/quick-scan").then().statusCode(200);

        SlowTickerMarketDataSource.tickerGate = new CompletableFuture<>();
        int before = SlowTickerMarketDataSource.hourlyCandleRequests.get();
        CompletableFuture<Response> scan = CompletableFuture.supplyAsync(
                () -> given().contentType("application/json").body(NAMED).post("/api/scanner/quick-scan"));
        await(() -> SlowTickerMarketDataSource.hourlyCandleRequests.get() - before >= 3);
        SlowTickerMarketDataSource.tickerGate.completeExceptionally(
                new MarketDataException("http_500", "exchange error (test)"));

        Response failed = scan.get(60, TimeUnit.SECONDS);
        assertThat(failed.statusCode()).as(failed.asString()).isGreaterThanOrEqualTo(500);
        assertThat(failed.jsonPath().getBoolean("success")).isFalse();
    }

    private static void assertCandlesFetchedBeforeTicker(String body, int symbols) throws Exception {
        SlowTickerMarketDataSource.tickerGate = new CompletableFuture<>();
        int before = SlowTickerMarketDataSource.hourlyCandleRequests.get();
        CompletableFuture<Response> scan = CompletableFuture.supplyAsync(() -> body == null
                ? given().post("/api/scanner/quick-scan")
                : given().contentType("application/json").body(body).post("/api/scanner/quick-scan"));

        await(() -> SlowTickerMarketDataSource.hourlyCandleRequests.get() - before == symbols);
        assertThat(scan).isNotDone();
        SlowTickerMarketDataSource.tickerGate.complete(null);

        JsonPath done = scan.get(60, TimeUnit.SECONDS).then().statusCode(200).extract()
                .jsonPath();
        assertThat(done.getInt("count")).isEqualTo(symbols);
        assertThat(done.getList("signals.status", String.class)).doesNotContain("failed");
        assertThat(done.getList("signals.change24h", Double.class)).hasSize(symbols).doesNotContainNull();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for the candle requests");
            }
            Thread.sleep(20);
        }
    }
}
