package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.binance.BinanceFixtures.EXCHANGE_INFO;
import static io.fastscanner.marketdata.binance.BinanceFixtures.KLINES;
import static io.fastscanner.marketdata.binance.BinanceFixtures.TICKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 50 concurrent quick scans of the default universe share one set of upstream requests; readiness stays fast. */
@QuarkusTest
@TestProfile(BinanceLoadTestProfile.class)
class BinanceLoadTest extends BinanceUpstreamTest {

    private static final List<String> BASES = BinanceFixtures.bases(8);

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void reset() {
        resetUpstream();
    }

    @Test
    void fiftyConcurrentScansCauseOneSetOfUpstreamRequests() throws Exception {
        BinanceFixtures.stub(wireMock, EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(BASES));
        // a slow ticker keeps the first scan running while the other 49 requests arrive
        wireMock.stubFor(get(urlPathEqualTo(TICKER)).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)
                .withBody(BinanceFixtures.tickers(BASES, NOW.toEpochMilli()))));
        BinanceFixtures.stub(wireMock, KLINES, 200, BinanceFaultsTest.klines(70));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest scan = HttpRequest.newBuilder(base.resolve("/api/scanner/quick-scan"))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build();

        List<CompletableFuture<HttpResponse<String>>> scans = IntStream.range(0, 50)
                .mapToObj(i -> http.sendAsync(scan, HttpResponse.BodyHandlers.ofString())).toList();

        long started = System.nanoTime();
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        Duration readyTook = Duration.ofNanos(System.nanoTime() - started);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(readyTook).isLessThan(Duration.ofSeconds(3));
        assertThat(scans).as("readiness answered while the scans were still running").anyMatch(f -> !f.isDone());

        CompletableFuture.allOf(scans.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        List<String> scanIds = scans.stream().map(CompletableFuture::join).map(r -> {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return JsonPath.from(r.body()).getString("scanId");
        }).distinct().toList();
        assertThat(scanIds).hasSize(1);
        assertThat(JsonPath.from(scans.get(0).join().body()).getInt("count"))
                .isEqualTo(BinanceLoadTestProfile.UNIVERSE);
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(TICKER)));
        wireMock.verify(BinanceLoadTestProfile.UNIVERSE, getRequestedFor(urlPathEqualTo(KLINES)));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(EXCHANGE_INFO)));
    }
}
