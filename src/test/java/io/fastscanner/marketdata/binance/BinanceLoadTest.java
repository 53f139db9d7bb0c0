package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.binance.BinanceFixtures.EXCHANGE_INFO;
import static io.fastscanner.marketdata.binance.BinanceFixtures.KLINES;
import static io.fastscanner.marketdata.binance.BinanceFixtures.TICKER;
import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 50 concurrent quick scans of the default universe share one set of upstream requests, and readiness answers while
 * they wait for the exchange.
 */
@QuarkusTest
@TestProfile(BinanceTestProfile.class)
class BinanceLoadTest extends BinanceUpstreamTest {

    /** Names no other test uses, so no candles of theirs are in the service's cache. */
    private static final List<String> BASES = BinanceFixtures.bases("LD", 8);

    private static final int SCANS = 50;
    private static final long HOUR = 3_600_000L;
    /**
     * A day after {@link #NOW}: the tickers of earlier tests' scans are too old by then to rank the default universe,
     * so the first scan asks for the tickers before choosing its symbols.
     */
    private static final Instant LATER = NOW.plus(Duration.ofDays(1));
    /** Enough hourly candles for every indicator of the quick scan. */
    private static final int KLINES_PER_SYMBOL = 501;

    @TestHTTPResource("/")
    URI base;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void reset() {
        resetUpstream();
        clock.runFrom(LATER);
    }

    @Test
    void fiftyConcurrentScansCauseOneSetOfUpstreamRequests() throws Exception {
        BinanceFixtures.stub(wireMock, EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(BASES));
        // the exchange is slow to answer the ticker, until the test lets it: the first scan waits for it meanwhile
        CompletableFuture<Void> ticker = HeldResponses.hold();
        wireMock.stubFor(get(urlPathEqualTo(TICKER))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withBody(BinanceFixtures.tickers(BASES, LATER.toEpochMilli()))
                        .withTransformers(HeldResponses.NAME)));
        long lastOpen = LATER.toEpochMilli() / HOUR * HOUR - HOUR;
        BinanceFixtures.stub(
                wireMock,
                KLINES,
                200,
                BinanceFixtures.klines(lastOpen - (KLINES_PER_SYMBOL - 1) * HOUR, HOUR, KLINES_PER_SYMBOL));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest scan = HttpRequest.newBuilder(base.resolve("/api/scanner/quick-scan"))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        List<CompletableFuture<HttpResponse<String>>> scans;
        try {
            scans = IntStream.range(0, SCANS)
                    .mapToObj(i -> http.sendAsync(scan, HttpResponse.BodyHandlers.ofString()))
                    .toList();
            await("the held ticker request and all " + SCANS + " scan requests in the service")
                    .until(() -> HeldResponses.held() == 1 && activeHttpRequests() >= SCANS);

            HttpResponse<String> ready = http.send(
                    HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(scans)
                    .as("readiness answered while every scan waited for the exchange")
                    .noneMatch(CompletableFuture::isDone);
        } finally {
            ticker.complete(null);
        }

        CompletableFuture.allOf(scans.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        List<String> scanIds = scans.stream()
                .map(CompletableFuture::join)
                .map(r -> {
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                    return JsonPath.from(r.body()).getString("scanId");
                })
                .distinct()
                .toList();
        assertThat(scanIds).hasSize(1);
        assertThat(JsonPath.from(scans.get(0).join().body()).getInt("count")).isEqualTo(BASES.size());
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(TICKER)));
        // the quick scan's candles, one request per symbol (the deep phase that follows reuses them; it asks only for
        // the other timeframes)
        wireMock.verify(
                BASES.size(), getRequestedFor(urlPathEqualTo(KLINES)).withQueryParam("interval", equalTo("1h")));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(EXCHANGE_INFO)));
    }

    /** HTTP requests the service is serving right now (Quarkus' {@code http.server.active.requests}). */
    private double activeHttpRequests() {
        Gauge gauge = registry.find("http.server.active.requests").gauge();
        return gauge == null ? 0 : gauge.value();
    }
}
