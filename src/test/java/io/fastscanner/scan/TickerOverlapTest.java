package io.fastscanner.scan;

import static io.fastscanner.testing.Waits.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.ControllableMarketDataSource;
import io.fastscanner.marketdata.MarketDataException;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.testing.ControlledSourceProfile;
import io.fastscanner.testing.Scans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A scan does not wait for the 24 h ticker before fetching candles: named symbols always, the default universe
 * when a recent ticker ranking exists. Every row still carries this scan's ticker, and a failed ticker still fails
 * the scan. (Scans of the default 1h timeframe: counting 1h candle requests counts the quick scan's, once the deep
 * phase of the scan before has finished.)
 */
@QuarkusTest
@TestProfile(ControlledSourceProfile.class)
class TickerOverlapTest {

    private static final String NAMED = "{\"symbols\":[\"BTC/USDT\",\"ETH/USDT\",\"SOL/USDT\"]}";

    @Inject
    ControllableMarketDataSource source;

    @BeforeEach
    void reset() {
        source.reset();
        Scans.awaitIdle();
    }

    @Test
    void namedSymbolsAndARecentlyRankedUniverseFetchCandlesWhileTheTickerIsPending() throws Exception {
        int universe = Scans.awaitDeepAnalysis(Scans.scanDefaultUniverse())
                .getList("signals")
                .size();
        assertThat(universe).isGreaterThan(3);

        assertCandlesFetchedBeforeTicker(null, universe);
        assertCandlesFetchedBeforeTicker(NAMED, 3);
    }

    @Test
    void aFailedTickerFailsTheScanEvenWhenCandlesArrived() throws Exception {
        Scans.awaitDeepAnalysis(Scans.scanDefaultUniverse());

        CompletableFuture<Void> ticker = source.holdTickers();
        int before = source.candleRequests(Timeframe.H1);
        CompletableFuture<Response> scan = CompletableFuture.supplyAsync(
                () -> given().contentType("application/json").body(NAMED).post("/api/scanner/quick-scan"));
        await("the 1h candle requests of the 3 named symbols")
                .until(() -> source.candleRequests(Timeframe.H1) - before >= 3);
        ticker.completeExceptionally(new MarketDataException("http_500", "exchange error (test)"));

        Response failed = scan.get(60, TimeUnit.SECONDS);
        assertThat(failed.statusCode()).as(failed.asString()).isGreaterThanOrEqualTo(500);
        assertThat(failed.jsonPath().getBoolean("success")).isFalse();
    }

    private void assertCandlesFetchedBeforeTicker(String body, int symbols) throws Exception {
        Scans.awaitIdle();
        CompletableFuture<Void> ticker = source.holdTickers();
        int before = source.candleRequests(Timeframe.H1);
        CompletableFuture<Response> scan = CompletableFuture.supplyAsync(() -> body == null
                ? given().contentType("application/json").post("/api/scanner/quick-scan")
                : given().contentType("application/json").body(body).post("/api/scanner/quick-scan"));

        await("the 1h candle requests of " + symbols + " symbols while the ticker is held")
                .until(() -> source.candleRequests(Timeframe.H1) - before == symbols);
        assertThat(scan).isNotDone();
        ticker.complete(null);

        JsonPath done =
                scan.get(60, TimeUnit.SECONDS).then().statusCode(200).extract().jsonPath();
        assertThat(done.getInt("count")).isEqualTo(symbols);
        assertThat(done.getList("signals.status", String.class)).doesNotContain("failed");
        assertThat(done.getList("signals.change24h", Double.class))
                .hasSize(symbols)
                .doesNotContainNull();
        Scans.awaitDeepAnalysis(done.getString("scanId"));
    }
}
