package io.fastscanner.scannerapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.SignalType;
import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.SocketException;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

/** The reasons a symbol shows when there is no opinion, without Quarkus. */
class ScannerApiReasonsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static String reason(Throwable failure) {
        return UnavailableReasons.of(failure, TIMEOUT, "requesting the scan");
    }

    @Test
    void aBrokenConnectionIsAConnectionFailureWhereverItIsWrapped() {
        assertThat(reason(new ProcessingException(new SocketException("Connection reset"))))
                .isEqualTo("connection_failed: SocketException: Connection reset (requesting the scan)");
        assertThat(reason(new ProcessingException(new HttpClosedException("Connection was closed"))))
                .isEqualTo("connection_failed: HttpClosedException: Connection was closed (requesting the scan)");
        assertThat(reason(new ConnectException("Connection refused")))
                .isEqualTo("connection_failed: ConnectException: Connection refused (requesting the scan)");
    }

    @Test
    void everyOtherFailureHasItsOwnReason() {
        assertThat(reason(new UnavailableReasons.FetchTimedOut())).isEqualTo("timeout after 30s (requesting the scan)");
        assertThat(UnavailableReasons.of(
                        new UnavailableReasons.FetchTimedOut(), Duration.ofMillis(1500), "reading status"))
                .isEqualTo("timeout after 1500ms (reading status)");
        assertThat(reason(new CircuitBreakerOpenException("open"))).isEqualTo("circuit_open");
        assertThat(reason(new MalformedResponseException("http_404 with a non-JSON body")))
                .isEqualTo("malformed_response: http_404 with a non-JSON body");
        assertThat(reason(new UnavailableReasons.NotOurs("its signals are for the label 1h, not medium")))
                .isEqualTo("not_ours: its signals are for the label 1h, not medium");
        assertThat(reason(new IllegalStateException(new ArithmeticException("boom"))))
                .isEqualTo("error: ArithmeticException: boom (requesting the scan)");
    }

    @Test
    void aPendingOpinionSaysWhatItWaitsFor() throws Exception {
        NoSecondOpinion pending = NoSecondOpinion.pending(Timeframe.D1);

        assertThat(new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(pending)))
                .isEqualTo(new ObjectMapper()
                        .readTree("{\"source\":\"scanner_api\",\"status\":\"pending\","
                                + "\"reason\":\"waiting for the scanner_api's answer\",\"timeframeLabel\":\"daily\"}"));
        assertThat(NoSecondOpinion.pending(Timeframe.H4).timeframeLabel()).isEqualTo("medium");
    }

    @Test
    void aMissingSymbolSaysWhetherTheAnswerWasEmpty() {
        MarketSymbol btc = MarketSymbol.of("BTC", "USDT");
        ScannerApiResult empty = ScannerApiResult.ok("async", ScannerApiLabel.MEDIUM, Map.of(), 0);
        ScannerApiResult others = ScannerApiResult.ok("async", ScannerApiLabel.MEDIUM, Map.of(), 13);

        assertThat(((NoSecondOpinion) empty.forSymbol(btc, SignalType.BUY)).reason())
                .isEqualTo("no signals in its answer");
        assertThat(((NoSecondOpinion) others.forSymbol(btc, SignalType.BUY)).reason())
                .isEqualTo("no signal for this symbol in its answer");
        assertThat(((NoSecondOpinion) ScannerApiResult.unavailable(ScannerApiLabel.MEDIUM, "circuit_open")
                                .forSymbol(btc, SignalType.BUY))
                        .reason())
                .isEqualTo("circuit_open");
    }
}
