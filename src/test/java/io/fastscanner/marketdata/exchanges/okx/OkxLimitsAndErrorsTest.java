package io.fastscanner.marketdata.exchanges.okx;

import static io.fastscanner.marketdata.exchanges.okx.OkxAnswers.fixture;
import static io.fastscanner.marketdata.exchanges.okx.OkxAnswers.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.fastscanner.marketdata.budget.WindowLimit;
import io.fastscanner.marketdata.exchanges.SpotError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The OKX limits per endpoint and the meaning of each error answer. */
class OkxLimitsAndErrorsTest {

    private static final OkxApi API = new OkxApi();

    @Test
    void limitsAreEightyPercentOfOkxsPerEndpointLimitsPerTwoSeconds() {
        assertThat(API.limits())
                .containsExactlyInAnyOrder(
                        new WindowLimit("okx:candles", 32, Duration.ofSeconds(2), Duration.ofMillis(200)),
                        new WindowLimit("okx:tickers", 16, Duration.ofSeconds(2), Duration.ofMillis(200)),
                        new WindowLimit("okx:instruments", 16, Duration.ofSeconds(2), Duration.ofMillis(200)));
        assertThat(API.instrumentsRequest().pathAndQuery()).isEqualTo("/api/v5/public/instruments?instType=SPOT");
        assertThat(API.instrumentsRequest().limit()).isEqualTo("okx:instruments");
        assertThat(API.tickersRequest().pathAndQuery()).isEqualTo("/api/v5/market/tickers?instType=SPOT");
        assertThat(API.tickersRequest().limit()).isEqualTo("okx:tickers");
    }

    private static Optional<SpotError> error(int status, String body) {
        return API.error(status, Map.of(), body == null ? MissingNode.getInstance() : parse(body));
    }

    private static String envelope(String code, String msg) {
        return "{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"data\":[]}";
    }

    /** The code and message of one entry of errors.json. */
    private static String recordedError(String code) {
        for (JsonNode e : fixture("errors.json")) {
            if (e.get("code").asText().equals(code)) {
                return envelope(code, e.get("msg").asText());
            }
        }
        throw new IllegalArgumentException(code);
    }

    @Test
    void aGoodAnswerIsNoError() {
        assertThat(API.error(200, Map.of(), fixture("klines.json"))).isEmpty();
        assertThat(error(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[]}")).isEmpty();
    }

    @Test
    void rateLimitedPausesOneOkxWindowUnlessRetryAfterSaysMore() {
        assertThat(error(429, recordedError("50011")))
                .hasValue(new SpotError.RateLimited(Optional.of(Duration.ofSeconds(2)), "50011: Request too frequent"));
        assertThat(error(200, envelope("50011", "Rate limit reached.")))
                .get()
                .isInstanceOf(SpotError.RateLimited.class);
        assertThat(API.error(429, Map.of("retry-after", List.of("5")), parse(recordedError("50011"))))
                .hasValue(new SpotError.RateLimited(Optional.of(Duration.ofSeconds(5)), "50011: Request too frequent"));
        assertThat(error(429, null))
                .hasValue(new SpotError.RateLimited(Optional.of(Duration.ofSeconds(2)), "HTTP 429"));
    }

    @Test
    void anUnknownInstrumentIsAnInvalidSymbol() {
        assertThat(error(200, recordedError("51001")))
                .hasValue(new SpotError.InvalidSymbol("51001: Instrument ID does not exist"));
    }

    @Test
    void busyOrUnavailableIsTransient() {
        assertThat(error(503, envelope("50001", "Service temporarily unavailable. Please try again later.")))
                .get()
                .isEqualTo(new SpotError.Transient(
                        "okx_50001", "50001: Service temporarily unavailable. Please try again later."));
        assertThat(error(400, envelope("50004", "API endpoint request timeout.")))
                .get()
                .isInstanceOf(SpotError.Transient.class);
        assertThat(error(429, envelope("50013", "Systems are busy. Please try again later.")))
                .get()
                .isInstanceOf(SpotError.Transient.class);
        assertThat(error(500, envelope("50026", "System error. Try again later")))
                .get()
                .isInstanceOf(SpotError.Transient.class);
    }

    @Test
    void aRefusedIpIsABanWithoutANamedEnd() {
        assertThat(error(200, envelope("50121", "You can't access our services through the IP address (1.2.3.4)")))
                .get()
                .isInstanceOfSatisfying(
                        SpotError.Banned.class, b -> assertThat(b.until()).isEmpty());
        assertThat(error(403, null)).get().isInstanceOf(SpotError.Banned.class);
    }

    @Test
    void anyOtherCodeFailsWithItsCodeEvenWithHttp200() {
        assertThat(error(400, recordedError("51000")))
                .hasValue(new SpotError.Failed("okx_51000", "51000: Parameter {0} error"));
        assertThat(error(200, envelope("50030", "You don't have permission to use this API endpoint")))
                .hasValue(
                        new SpotError.Failed("okx_50030", "50030: You don't have permission to use this API endpoint"));
    }

    @Test
    void statusesWithoutAnOkxCodeAreLeftToTheDefaults() {
        assertThat(error(502, null)).isEmpty();
        assertThat(error(404, "\"not found\"")).isEmpty();
    }
}
