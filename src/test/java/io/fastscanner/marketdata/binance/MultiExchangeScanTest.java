package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.fastscanner.marketdata.binance.BinanceFixtures.EXCHANGE_INFO;
import static io.fastscanner.marketdata.binance.BinanceFixtures.KLINES;
import static io.fastscanner.marketdata.binance.BinanceFixtures.TICKER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A scan over two exchanges, one of which fails: Binance answers (WireMock), OKX bans this IP (its documented 50121
 * answer, HTTP 403, on the same stand-in). Binance's rows are complete; OKX's are failed with the ban as their reason.
 */
@QuarkusTest
@TestProfile(BinanceTestProfile.class)
class MultiExchangeScanTest extends BinanceUpstreamTest {

    private static final long HOUR = 3_600_000L;
    private static final String OKX_BAN =
            "{\"code\":\"50121\",\"msg\":\"You can't access our services through the IP address (203.0.113.7)\","
                    + "\"data\":[]}";

    @BeforeEach
    void stubs() {
        resetUpstream();
        List<String> bases = BinanceFixtures.bases(3);
        BinanceFixtures.stub(wireMock, EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(bases));
        BinanceFixtures.stub(wireMock, TICKER, 200, BinanceFixtures.tickers(bases, NOW.toEpochMilli()));
        long lastOpen = NOW.toEpochMilli() / HOUR * HOUR - HOUR;
        BinanceFixtures.stub(wireMock, KLINES, 200, BinanceFixtures.klines(lastOpen - 299 * HOUR, HOUR, 300));
        wireMock.stubFor(get(urlPathMatching("/api/v5/.*"))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody(OKX_BAN)));
    }

    @Test
    void theWorkingExchangesRowsAreCompleteAndTheFailingOnesFailWithTheirReason() {
        JsonPath answer = given().contentType("application/json")
                .body(Map.of(
                        "symbols", List.of("AAAA/USDT", "AAAB-USDT"),
                        "exchanges", List.of("binance", "okx"),
                        "timeframe", "1h"))
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getList("exchanges")).containsExactly("binance", "okx");
        assertThat(answer.getList("signals.exchange")).containsExactly("binance", "binance", "okx", "okx");
        assertThat(answer.getList("signals.symbol"))
                .containsExactly("AAAA/USDT", "AAAB/USDT", "AAAA/USDT", "AAAB/USDT");
        List<Map<String, Object>> rows = answer.getList("signals");
        assertThat(rows.subList(0, 2)).allSatisfy(row -> {
            assertThat(row.get("status")).isNotEqualTo("failed");
            assertThat(row.get("signal")).isIn("BUY", "SELL", "HOLD");
            assertThat((Float) row.get("price")).isPositive();
        });
        assertThat(rows.subList(2, 4)).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("failed");
            assertThat((String) row.get("reason")).startsWith("exchange_ban: until ");
        });

        JsonPath exchanges = given().get("/api/scanner/exchanges")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(exchanges.getString("defaultExchange")).isEqualTo("binance");
        // the ban's end: OKX names none, so scanner.exchanges.default-ban (10 min) from when it answered
        assertThat(Instant.parse(exchanges.getString("exchanges.find { it.exchange == 'okx' }.bannedUntil")))
                .isBetween(NOW.plusSeconds(600), NOW.plusSeconds(660));
        assertThat(exchanges.getInt("exchanges.find { it.exchange == 'binance' }.limits[0].used"))
                .isPositive();

        // a ban of another exchange than the default leaves the service ready, and says so
        JsonPath ready = given().get("/q/health/ready").then().extract().jsonPath();
        assertThat(ready.getString("checks.find { it.name == 'exchange-ban' }.status"))
                .isEqualTo("UP");
        assertThat(ready.getString("checks.find { it.name == 'exchange-ban' }.data.'okx.bannedUntil'"))
                .isEqualTo(exchanges.getString("exchanges.find { it.exchange == 'okx' }.bannedUntil"));
    }

    @Test
    void anExchangeWhoseUniverseIsUnknownIsNamedAsUnavailable() {
        JsonPath answer = given().contentType("application/json")
                .body(Map.of("exchanges", List.of("okx", "binance")))
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(answer.getList("signals.exchange")).containsOnly("binance").hasSize(3);
        assertThat(answer.getString("exchange")).isEqualTo("okx");
        assertThat(answer.getString("unavailable[0].exchange")).isEqualTo("okx");
        assertThat(answer.getString("unavailable[0].reason")).startsWith("exchange_ban: until ");
    }

    @Test
    void anExchangeThatCannotBeChosenIsABadRequest() {
        for (Map<String, Object> body : List.of(
                Map.<String, Object>of("exchange", "mtgox"),
                Map.<String, Object>of("exchange", "replay"),
                Map.<String, Object>of("exchange", "okx", "exchanges", List.of("binance")),
                Map.<String, Object>of("exchanges", List.of("okx", "okx")))) {
            given().contentType("application/json")
                    .body(body)
                    .post("/api/scanner/quick-scan")
                    .then()
                    .statusCode(400)
                    .contentType("application/json")
                    .body("success", org.hamcrest.Matchers.is(false))
                    .body("error.code", org.hamcrest.Matchers.is("INVALID_EXCHANGE"));
        }
    }

    @Test
    void theSymbolEndpointAsksTheExchangeItNames() {
        // not in any scan's rows on OKX: computed now, which the ban refuses
        given().get("/api/scanner/symbol/AAAC-USDT?exchange=okx")
                .then()
                .statusCode(503)
                .body("error.code", org.hamcrest.Matchers.is("EXCHANGE_UNAVAILABLE"));
        given().get("/api/scanner/symbol/AAAA-USDT/candles?exchange=binance&limit=20")
                .then()
                .statusCode(200)
                .body("exchange", org.hamcrest.Matchers.is("binance"))
                .body("candles.size()", org.hamcrest.Matchers.is(20));
    }
}
