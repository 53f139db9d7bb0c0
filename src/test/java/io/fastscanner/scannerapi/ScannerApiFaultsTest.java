package io.fastscanner.scannerapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.fastscanner.scannerapi.ScannerApiStubs.SCAN;
import static io.fastscanner.scannerapi.ScannerApiStubs.STATUS;
import static io.fastscanner.scannerapi.ScannerApiStubs.json;
import static io.fastscanner.scannerapi.ScannerApiWireMock.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connections that break, answers without signals and answers that are not ours: each gives its own reason. */
@QuarkusTest
@TestProfile(RecordedInputsProfile.class)
class ScannerApiFaultsTest {

    private static final Duration AWAIT = Duration.ofSeconds(20);
    private static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");

    @Inject
    ScannerApiService service;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    WireMockServer wireMock;
    ScannerApiStubs peer;

    @BeforeEach
    void reset() {
        wireMock = ScannerApiWireMock.freshPeer(service, circuitBreakers);
        peer = new ScannerApiStubs(wireMock);
    }

    @AfterEach
    void leaveNothingRunning() {
        wireMock.resetAll();
        service.forgetOurRequests();
    }

    private ScannerApiResult fetch(Timeframe timeframe) {
        return service.fetch(timeframe, Exchange.REPLAY).await().atMost(AWAIT);
    }

    /** Its recorded 202 (accepted at 11:26:05.862133), then {@code status} as the scan that answers it. */
    private void accepted(String status, String signals) {
        peer.status(STARTED, recorded("head_02_status_before_scan.json"), null);
        peer.scan(STARTED, 202, recorded("head_04_scan_medium_202.json"), "accepted");
        peer.status("accepted", status, null);
        peer.signals("accepted", signals);
    }

    @Test
    void aConnectionResetMidRequestIsAConnectionFailure() {
        wireMock.stubFor(
                get(urlPathEqualTo(STATUS)).willReturn(json(200, recorded("head_02_status_before_scan.json"))));
        wireMock.stubFor(post(urlEqualTo(SCAN)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ScannerApiResult result = fetch(Timeframe.H1);

        assertThat(result.status()).isEqualTo(ScannerApiResult.Status.UNAVAILABLE);
        assertThat(result.reason()).startsWith("connection_failed: ").endsWith("(requesting the scan)");
        assertThat(result.forSymbol(BTC, SignalType.BUY))
                .isEqualTo(new NoSecondOpinion(
                        "scanner_api", ScannerApiResult.Status.UNAVAILABLE, result.reason(), "medium"));
    }

    @Test
    void aConnectionClosedWithoutAnAnswerIsAConnectionFailure() {
        wireMock.stubFor(get(urlPathEqualTo(STATUS)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        ScannerApiResult result = fetch(Timeframe.H1);

        assertThat(result.status()).isEqualTo(ScannerApiResult.Status.UNAVAILABLE);
        assertThat(result.reason()).startsWith("connection_failed: ").endsWith("(reading status)");
        wireMock.verify(exactly(0), postRequestedFor(urlEqualTo(SCAN)));
    }

    @Test
    void anAnswerWithoutSignalsSaysSoForEverySymbol() {
        // recorded: its signals before any scan ended (no last_scan in the metadata), and the older version's
        // answer to a weekly scan for which too few candles exist
        accepted(recorded("head_05_status_after_scan.json"), recorded("head_03_signals_before_scan.json"));
        ScannerApiResult async = fetch(Timeframe.H1);
        wireMock.resetAll();
        wireMock.stubFor(
                get(urlPathEqualTo(STATUS)).willReturn(json(200, recorded("v6aa3783_02_status_before_scan.json"))));
        wireMock.stubFor(
                post(urlEqualTo(SCAN)).willReturn(json(200, recorded("v6aa3783_11_scan_weekly_empty_200.json"))));
        ScannerApiResult sync = fetch(Timeframe.W1);

        for (ScannerApiResult result : new ScannerApiResult[] {async, sync}) {
            assertThat(result.status()).isEqualTo(ScannerApiResult.Status.OK);
            assertThat(result.bySymbol()).isEmpty();
            assertThat(result.signalsInAnswer()).isZero();
            NoSecondOpinion none = (NoSecondOpinion) result.forSymbol(BTC, SignalType.BUY);
            assertThat(none.status()).isEqualTo(ScannerApiResult.Status.OK);
            assertThat(none.reason()).isEqualTo("no signals in its answer");
        }
        assertThat(sync.timeframeLabel()).isEqualTo("weekly");
        wireMock.verify(
                exactly(1),
                postRequestedFor(urlEqualTo(SCAN))
                        .withRequestBody(equalToJson("{\"timeframe\":\"weekly\"}", true, true)));
    }

    @Test
    void anAnswerWithOtherSymbolsOnlySaysThisSymbolIsMissing() {
        accepted(recorded("head_05_status_after_scan.json"), recorded("head_06_signals_all.json"));

        ScannerApiResult result = fetch(Timeframe.H1);

        // recorded head_06 holds 9 symbols; GMT was dropped by its volume filter
        NoSecondOpinion none = (NoSecondOpinion) result.forSymbol(MarketSymbol.of("GMT", "USDT"), SignalType.SELL);
        assertThat(none.status()).isEqualTo(ScannerApiResult.Status.OK);
        assertThat(none.reason()).isEqualTo("no signal for this symbol in its answer");
        assertThat(result.signalsInAnswer()).isEqualTo(9);
    }

    @Test
    void signalsOfAnotherLabelAreNotOurs() {
        // recorded: a 1h-label scan (someone else's) ended at 11:26:17.406909, after it accepted our medium request
        accepted(recorded("head_10_status_after_1h_scan.json"), recorded("head_11_signals_after_1h_scan.json"));

        ScannerApiResult result = fetch(Timeframe.H1);

        assertThat(result.status()).isEqualTo(ScannerApiResult.Status.UNAVAILABLE);
        assertThat(result.reason()).isEqualTo("not_ours: its signals are for the label 1h, not medium");
    }

    @Test
    void resultsReplacedBeforeWeReadThemAreNotOurs() {
        // our scan ended at 11:26:06.470789; by the time we read, the 1h scan that ended at 11:26:17.406909 replaced it
        accepted(recorded("head_05_status_after_scan.json"), recorded("head_11_signals_after_1h_scan.json"));

        ScannerApiResult result = fetch(Timeframe.H1);

        assertThat(result.status()).isEqualTo(ScannerApiResult.Status.UNAVAILABLE);
        assertThat(result.reason())
                .isEqualTo("not_ours: its results changed before we read them (last_scan 2026-11-24T11:26:17.406909, "
                        + "ours 2026-11-24T11:26:06.470789)");
    }
}
