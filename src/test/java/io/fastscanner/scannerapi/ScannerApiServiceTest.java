package io.fastscanner.scannerapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.scannerapi.ScannerApiWireMock.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.SignalType;
import io.fastscanner.testing.RecordedInputsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scanner_api client against the service's real recorded answers, served by WireMock. */
@QuarkusTest
@TestProfile(RecordedInputsProfile.class)
class ScannerApiServiceTest {

    private static final String SCAN = "/api/scanner/scan";
    private static final String STATUS = "/api/scanner/status";
    private static final String SIGNALS = "/api/scanner/signals";
    private static final Duration AWAIT = Duration.ofSeconds(20);
    private static final String EXPECTED_BODY =
            "{\"timeframe\":\"medium\",\"exchange\":\"binance\",\"signal\":\"all\",\"minStrength\":0,\"fullAnalysis\":true}";

    @Inject
    ScannerApiService service;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    WireMockServer wireMock;

    @BeforeEach
    void reset() {
        wireMock = ScannerApiWireMock.freshPeer(service, circuitBreakers);
    }

    private void json(String method, String path, int status, String body) {
        var response = aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
        wireMock.stubFor(
                ("POST".equals(method) ? post(urlEqualTo(path)) : get(urlPathEqualTo(path))).willReturn(response));
    }

    private ScannerApiResult fetch(Timeframe timeframe) {
        return service.fetch(timeframe, Exchange.REPLAY).await().atMost(AWAIT);
    }

    /** Status answers the old last_scan for the read before the POST and {@code oldPolls} polls, then a new one. */
    private void statusChangesAfter(int oldPolls) {
        String state = Scenario.STARTED;
        for (int i = 0; i <= oldPolls; i++) {
            String next = "old-" + (i + 1);
            wireMock.stubFor(get(urlPathEqualTo(STATUS))
                    .inScenario("scan")
                    .whenScenarioStateIs(state)
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withBody(recorded("head_02_status_before_scan.json")))
                    .willSetStateTo(next));
            state = next;
        }
        wireMock.stubFor(get(urlPathEqualTo(STATUS))
                .inScenario("scan")
                .whenScenarioStateIs(state)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(recorded("head_05_status_after_scan.json"))));
    }

    @Test
    void oldContractMapsTheSignalsOfTheScanAnswer() {
        json("GET", STATUS, 200, recorded("v6aa3783_02_status_before_scan.json"));
        json("POST", SCAN, 200, recorded("v6aa3783_03_scan_medium_200.json"));

        ScannerApiResult result = fetch(Timeframe.H1);

        assertThat(result.status()).isEqualTo(ScannerApiResult.Status.OK);
        assertThat(result.reason()).isNull();
        assertThat(result.contract()).isEqualTo("sync");
        assertThat(result.timeframeLabel()).isEqualTo("medium");
        assertThat(result.candles()).isEqualTo("1h");
        assertThat(result.bySymbol())
                .hasSize(9)
                .containsKeys(
                        MarketSymbol.of("BTC", "USDT"),
                        MarketSymbol.of("ETH", "USDT"),
                        MarketSymbol.of("BNB", "USDT"),
                        MarketSymbol.of("OP", "USDT"));
        // recorded: symbol BTC/USDT:USDT, signal HOLD, market_regime {confidence 90.1, regime ranging},
        // advanced.opportunity_score 60.8, risk_reward {stop_loss 75327.0475 (-3 %), take_profit 79986.4525 (+3 %),
        // ratio 1.0}: a HOLD's placeholder levels, left out
        ScannerApiOpinion btc = result.bySymbol().get(MarketSymbol.of("BTC", "USDT"));
        assertThat(btc.source()).isEqualTo("scanner_api");
        assertThat(btc.contract()).isEqualTo("sync");
        assertThat(btc.timeframeLabel()).isEqualTo("medium");
        assertThat(btc.candles()).isEqualTo("1h");
        assertThat(btc.signal()).isEqualTo(SignalType.HOLD);
        assertThat(btc.regime()).isEqualTo("ranging");
        assertThat(btc.regimeConfidence()).isEqualTo(0.901); // 90.1 / 100 is 0.9009999999999999
        assertThat(btc.opportunityScore()).isEqualTo(60.8);
        assertThat(btc.stopLoss()).isNull();
        assertThat(btc.takeProfit()).isNull();
        assertThat(btc.riskReward()).isNull();
        assertThat(btc.levelsNote()).isEqualTo(ScannerApiOpinion.HOLD_LEVELS_LEFT_OUT);
        assertThat(btc.price()).isEqualTo(77656.75);
        assertThat(btc.agrees()).isNull();
        assertThat(btc.fetchedAt()).isNotNull();

        wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(SCAN)).withRequestBody(equalToJson(EXPECTED_BODY)));
        wireMock.verify(exactly(1), getRequestedFor(urlPathEqualTo(STATUS))); // the read before the POST, no polls
        wireMock.verify(exactly(0), getRequestedFor(urlPathEqualTo(SIGNALS)));
    }

    @Test
    void newContractPollsUntilLastScanChangesThenReadsTheSignals() {
        statusChangesAfter(2);
        json("POST", SCAN, 202, recorded("head_04_scan_medium_202.json"));
        json("GET", SIGNALS, 200, recorded("head_06_signals_all.json"));

        ScannerApiResult result = fetch(Timeframe.H1);

        assertThat(result.status()).isEqualTo(ScannerApiResult.Status.OK);
        assertThat(result.contract()).isEqualTo("async");
        assertThat(result.bySymbol()).hasSize(9);
        // recorded: BNB/USDT:USDT SELL, regime ranging 55.4, opportunity 72.43, SL 643.56007975, TP 599.31980062
        ScannerApiOpinion bnb = result.bySymbol().get(MarketSymbol.of("BNB", "USDT"));
        assertThat(bnb.contract()).isEqualTo("async");
        assertThat(bnb.signal()).isEqualTo(SignalType.SELL);
        assertThat(bnb.regime()).isEqualTo("ranging");
        assertThat(bnb.regimeConfidence()).isEqualTo(0.554); // 55.4 / 100 is 0.5539999999999999
        assertThat(bnb.opportunityScore()).isEqualTo(72.43);
        assertThat(bnb.stopLoss()).isEqualTo(643.56007975);
        assertThat(bnb.takeProfit()).isEqualTo(599.31980062);
        assertThat(bnb.riskReward()).isEqualTo(2.5);
        assertThat(bnb.price()).isEqualTo(630.92);
        assertThat(bnb.levelsNote()).isNull();
        assertThat(result.bySymbol().values())
                .extracting(ScannerApiOpinion::signal)
                .containsOnly(SignalType.SELL, SignalType.HOLD);

        wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(SCAN)).withRequestBody(equalToJson(EXPECTED_BODY)));
        wireMock.verify(exactly(4), getRequestedFor(urlPathEqualTo(STATUS))); // before + 2 unchanged + 1 changed
        wireMock.verify(exactly(1), getRequestedFor(urlPathEqualTo(SIGNALS)));
    }

    @Test
    void aScanSharesOneUpstreamFetch() {
        json("GET", STATUS, 200, recorded("v6aa3783_02_status_before_scan.json"));
        json("POST", SCAN, 200, recorded("v6aa3783_03_scan_medium_200.json"));

        ScannerApiResult first =
                service.forScan("scan-1", Timeframe.H1, Exchange.REPLAY).await().atMost(AWAIT);
        ScannerApiResult second =
                service.forScan("scan-1", Timeframe.H1, Exchange.REPLAY).await().atMost(AWAIT);

        assertThat(second).isSameAs(first);
        wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(SCAN)));
    }

    @Test
    void itsErrorBodyBecomesTheReason() {
        json("GET", STATUS, 200, recorded("head_05_status_after_scan.json"));
        json("POST", SCAN, 500, recorded("head_17_scan_no_json_body_500.json"));

        ScannerApiResult result = fetch(Timeframe.H1);

        assertThat(result.status()).isEqualTo(ScannerApiResult.Status.UNAVAILABLE);
        assertThat(result.reason()).startsWith("http_500: Failed to queue scan").contains("400 Bad Request");
        assertThat(result.bySymbol()).isEmpty();
        assertThat(result.timeframeLabel()).isEqualTo("medium");
    }

    @Test
    void itsHtmlPageIsAMalformedResponse() {
        json("GET", STATUS, 200, recorded("head_05_status_after_scan.json"));
        wireMock.stubFor(post(urlEqualTo(SCAN))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "text/html; charset=utf-8")
                        .withBody(recorded("head_16_continuous_confluence_slash_404.html"))));

        ScannerApiResult result = fetch(Timeframe.H1);

        assertThat(result.status()).isEqualTo(ScannerApiResult.Status.UNAVAILABLE);
        assertThat(result.reason()).startsWith("malformed_response").contains("http_404");
    }

    @Test
    void htmlWithStatus200IsAMalformedResponse() {
        json("GET", STATUS, 200, recorded("head_05_status_after_scan.json"));
        wireMock.stubFor(post(urlEqualTo(SCAN))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body>proxy login</body></html>")));

        ScannerApiResult result = fetch(Timeframe.H1);

        assertThat(result.status()).isEqualTo(ScannerApiResult.Status.UNAVAILABLE);
        assertThat(result.reason()).startsWith("malformed_response");
    }

    @Test
    void aHangingServiceTimesOutWithinTheBound() {
        json("GET", STATUS, 200, recorded("head_05_status_after_scan.json"));
        wireMock.stubFor(post(urlEqualTo(SCAN))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withFixedDelay(15_000)
                        .withHeader("Content-Type", "application/json")
                        .withBody(recorded("v6aa3783_03_scan_medium_200.json"))));

        ScannerApiResult result = fetch(Timeframe.H1);

        // the whole fetch gave up after its bound: had it waited for the answer (15 s), the result would be OK
        assertThat(result.status()).isEqualTo(ScannerApiResult.Status.UNAVAILABLE);
        assertThat(result.reason()).startsWith("timeout after " + ScannerApiWireMock.TIMEOUT);
        wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(SCAN))); // and did not ask again
    }

    @Test
    void aScanThatNeverFinishesTimesOutWhilePolling() {
        json("GET", STATUS, 200, recorded("head_02_status_before_scan.json"));
        json("POST", SCAN, 202, recorded("head_04_scan_medium_202.json"));

        ScannerApiResult result = fetch(Timeframe.H1);

        assertThat(result.status()).isEqualTo(ScannerApiResult.Status.UNAVAILABLE);
        assertThat(result.reason()).startsWith("timeout after").contains("last_scan");
        wireMock.verify(exactly(0), getRequestedFor(urlPathEqualTo(SIGNALS)));
    }

    @Test
    void pythonNanLiteralsParseAndBecomeNull() {
        String body = recorded("head_06_signals_all.json")
                .replace("\"opportunity_score\":72.43", "\"opportunity_score\":NaN")
                .replace("\"stop_loss\":643.56007975", "\"stop_loss\":Infinity")
                .replace("\"take_profit\":599.31980062", "\"take_profit\":-Infinity")
                .replace("\"confidence\":55.4", "\"confidence\":NaN");
        assertThat(body).contains("NaN", "Infinity");
        statusChangesAfter(0);
        json("POST", SCAN, 202, recorded("head_04_scan_medium_202.json"));
        json("GET", SIGNALS, 200, body);

        ScannerApiResult result = fetch(Timeframe.H1);

        assertThat(result.status()).isEqualTo(ScannerApiResult.Status.OK);
        ScannerApiOpinion bnb = result.bySymbol().get(MarketSymbol.of("BNB", "USDT"));
        assertThat(bnb.opportunityScore()).isNull();
        assertThat(bnb.stopLoss()).isNull();
        assertThat(bnb.takeProfit()).isNull();
        assertThat(bnb.regimeConfidence()).isNull();
        assertThat(bnb.signal()).isEqualTo(SignalType.SELL);
        assertThat(bnb.price()).isEqualTo(630.92);
        assertThat(result.bySymbol().get(MarketSymbol.of("BTC", "USDT")).opportunityScore())
                .isNotNull();
    }

    @Test
    void repeatedFailuresOpenTheCircuit() {
        json("GET", STATUS, 200, recorded("head_05_status_after_scan.json"));
        json("POST", SCAN, 500, recorded("head_17_scan_no_json_body_500.json"));

        for (int i = 0; i < 4; i++) {
            assertThat(fetch(Timeframe.H1).reason()).startsWith("http_500");
        }
        ScannerApiResult result = fetch(Timeframe.H1);

        assertThat(result.status()).isEqualTo(ScannerApiResult.Status.UNAVAILABLE);
        assertThat(result.reason()).isEqualTo("circuit_open");
        wireMock.verify(exactly(4), postRequestedFor(urlEqualTo(SCAN)));
    }
}
