package io.fastscanner.marketdata.exchanges.kucoin;

import static io.fastscanner.marketdata.exchanges.kucoin.KucoinAnswers.NOT_JSON;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinAnswers.fixture;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.budget.WindowLimit;
import io.fastscanner.marketdata.exchanges.SpotError;
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The KuCoin limit, the weight KuCoin counts, and the meaning of each error answer. */
class KucoinLimitsAndErrorsTest {

    private final KucoinApi api = new KucoinApi();

    @Test
    void oneLimitOf80PercentOfThePublicPoolWithEachEndpointsWeight() {
        assertThat(api.limits())
                .containsExactly(new WindowLimit("kucoin", 1600, Duration.ofSeconds(30), Duration.ofSeconds(1)));
        assertThat(api.instrumentsRequest().pathAndQuery()).isEqualTo("/api/v2/symbols");
        assertThat(api.instrumentsRequest().weight()).isEqualTo(4);
        assertThat(api.tickersRequest().pathAndQuery()).isEqualTo("/api/v1/market/allTickers");
        assertThat(api.tickersRequest().weight()).isEqualTo(15);
        assertThat(List.of(api.instrumentsRequest(), api.tickersRequest()))
                .extracting(SpotRequest::limit)
                .containsOnly("kucoin");
    }

    @Test
    void kucoinsCountIsTakenInTheTermsOfTheDocumentedPool() {
        WindowLimit limit = api.limits().get(0);

        assertThat(api.usedWeight(limit, headers("2000", "300"))).hasValue(1700);
        assertThat(api.usedWeight(limit, headers("2000", "2000"))).hasValue(0);
        // a smaller quota than documented: each of KuCoin's units weighs more
        assertThat(api.usedWeight(limit, headers("1000", "500"))).hasValue(1000);
        assertThat(api.usedWeight(limit, Map.of("gw-ratelimit-remaining", List.of("1990"))))
                .hasValue(10);
        assertThat(api.usedWeight(limit, Map.of())).isEqualTo(OptionalInt.empty());
        assertThat(api.usedWeight(limit, headers("2000", "many"))).isEqualTo(OptionalInt.empty());
    }

    @Test
    void aGoodAnswerIsNoError() {
        assertThat(api.error(200, Map.of(), fixture("klines.json"))).isEmpty();
        assertThat(api.error(200, Map.of(), fixture("all-tickers.json"))).isEmpty();
    }

    @Test
    void theQuotaUsedUpIsARateLimitForTheTimeKucoinNames() {
        Map<String, List<String>> headers = Map.of(
                "gw-ratelimit-limit", List.of("2000"),
                "gw-ratelimit-remaining", List.of("0"),
                "gw-ratelimit-reset", List.of("1489"));

        assertThat(api.error(429, headers, json("{\"code\":\"429000\",\"msg\":\"Too Many Requests\"}")))
                .hasValue(new SpotError.RateLimited(Optional.of(Duration.ofMillis(1489)), "429000: Too Many Requests"));
    }

    @Test
    void aServerOverloadWithoutQuotaHeadersIsTransient() {
        assertThat(api.error(429, Map.of(), json("{\"code\":\"429000\",\"msg\":\"Too Many Requests\"}")))
                .hasValue(new SpotError.Transient("server_overload", "429000: Too Many Requests"));
    }

    @Test
    void cloudflaresIpLimitPausesForItsRetryAfterOrItsDocumented30Seconds() {
        assertThat(api.error(429, Map.of(), NOT_JSON))
                .hasValueSatisfying(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                SpotError.RateLimited.class,
                                r -> assertThat(r.retryAfter()).hasValue(Duration.ofSeconds(30))));
        assertThat(api.error(429, Map.of("retry-after", List.of("12")), NOT_JSON))
                .hasValueSatisfying(e ->
                        assertThat(((SpotError.RateLimited) e).retryAfter()).hasValue(Duration.ofSeconds(12)));
    }

    @Test
    void cloudflaresAccessDeniedIsABanWithoutANamedEnd() {
        assertThat(api.error(403, Map.of(), NOT_JSON))
                .hasValueSatisfying(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                SpotError.Banned.class,
                                b -> assertThat(b.until()).isEmpty()));
    }

    @Test
    void anUnknownPairIsAnInvalidSymbolAlsoWithHttp200() {
        JsonNode quoted = fixture("errors.json").get(0).get("body"); // {"msg":"Unsupported trading pair.",...}

        assertThat(api.error(200, Map.of(), quoted))
                .hasValue(new SpotError.InvalidSymbol("400100: Unsupported trading pair."));
        assertThat(api.error(
                        200, Map.of(), json("{\"code\":\"400100\",\"msg\":\"This pair is not provided at present\"}")))
                .hasValue(new SpotError.InvalidSymbol("400100: This pair is not provided at present"));
    }

    @Test
    void otherParameterErrorsAndUnknownCodesFail() {
        assertThat(api.error(200, Map.of(), json("{\"code\":\"400100\",\"msg\":\"type invalid\"}")))
                .hasValue(new SpotError.Failed("kucoin_400100", "400100: type invalid"));
        assertThat(api.error(404, Map.of(), json("{\"code\":\"404000\",\"msg\":\"Url Not Found\"}")))
                .hasValue(new SpotError.Failed("kucoin_404000", "404000: Url Not Found"));
    }

    @Test
    void serverErrorsAreTransient() {
        assertThat(api.error(500, Map.of(), json("{\"code\":\"500000\",\"msg\":\"Internal Server Error\"}")))
                .hasValue(new SpotError.Transient("kucoin_500000", "500000: Internal Server Error"));
        assertThat(api.error(
                        200,
                        Map.of(),
                        json("{\"code\":\"408000\",\"msg\":\"Network timeout, please try again later\"}")))
                .hasValue(new SpotError.Transient("kucoin_408000", "408000: Network timeout, please try again later"));
        assertThat(api.error(503, Map.of(), json("{\"code\":\"503000\",\"msg\":\"Service Unavailable\"}")))
                .hasValue(new SpotError.Transient("kucoin_503000", "503000: Service Unavailable"));
        // a 5xx page that is not KuCoin's envelope is left to the defaults (transient http_502)
        assertThat(api.error(502, Map.of(), NOT_JSON)).isEmpty();
    }

    private static Map<String, List<String>> headers(String limit, String remaining) {
        return Map.of("gw-ratelimit-limit", List.of(limit), "gw-ratelimit-remaining", List.of(remaining));
    }
}
