package io.fastscanner.scannerapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.scannerapi.ScannerApiWireMock.recorded;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;

/**
 * The scanner_api as a WireMock scenario named {@value #PEER}: which answer each endpoint gives in each state. The
 * bodies are its recorded answers; where a test needs a time of its clock that was not recorded, a recorded body gets
 * that one time swapped in ({@link #acceptedAt}, {@link #lastScan}, {@link #signalsOf}) and nothing else.
 */
final class ScannerApiStubs {

    static final String PEER = "peer";
    static final String SCAN = "/api/scanner/scan";
    static final String STATUS = "/api/scanner/status";
    static final String SIGNALS = "/api/scanner/signals";

    /** Recorded: the 202 of head_04 ({@code timestamp} 11:26:05.862133) and the last_scan it led to (head_05). */
    static final String RECORDED_ACCEPTED_AT = "2026-11-24T11:26:05.862133";

    static final String RECORDED_LAST_SCAN = "2026-11-24T11:26:06.470789";

    private final WireMockServer wireMock;

    ScannerApiStubs(WireMockServer wireMock) {
        this.wireMock = wireMock;
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    /** The recorded 202 (head_04) with its clock's {@code timestamp} set to {@code peerTime}. */
    static String acceptedAt(String peerTime) {
        return swap(recorded("head_04_scan_medium_202.json"), RECORDED_ACCEPTED_AT, peerTime);
    }

    /** The recorded status after a scan (head_05) with {@code last_scan} set to {@code peerTime}. */
    static String lastScan(String peerTime) {
        return swap(recorded("head_05_status_after_scan.json"), RECORDED_LAST_SCAN, peerTime);
    }

    /** The recorded signals of the medium scan (head_06) with {@code metadata.last_scan} set to {@code peerTime}. */
    static String signalsOf(String peerTime) {
        return swap(recorded("head_06_signals_all.json"), RECORDED_LAST_SCAN, peerTime);
    }

    private static String swap(String body, String recordedTime, String peerTime) {
        if (!body.contains("\"" + recordedTime + "\"")) {
            throw new IllegalStateException("the recorded body no longer holds " + recordedTime);
        }
        return body.replace("\"" + recordedTime + "\"", "\"" + peerTime + "\"");
    }

    /** In {@code state}, {@code GET /status} answers {@code body}, then moves to {@code next} (null: stays). */
    void status(String state, String body, String next) {
        stub(get(urlPathEqualTo(STATUS)), state, json(200, body), next);
    }

    /** In {@code state}, {@code POST /scan} answers {@code status} with {@code body}, then moves to {@code next}. */
    void scan(String state, int status, String body, String next) {
        stub(post(urlEqualTo(SCAN)), state, json(status, body), next);
    }

    /** In {@code state}, {@code GET /signals} answers {@code body}. */
    void signals(String state, String body) {
        stub(get(urlPathEqualTo(SIGNALS)), state, json(200, body), null);
    }

    private void stub(MappingBuilder request, String state, ResponseDefinitionBuilder response, String next) {
        ScenarioMappingBuilder mapping =
                request.inScenario(PEER).whenScenarioStateIs(state).willReturn(response);
        wireMock.stubFor(next == null ? mapping : mapping.willSetStateTo(next));
    }
}
