package io.fastscanner.marketdata.exchanges.coinbase;

import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseAnswers.json;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseAnswers.parse;
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

/** The Coinbase budget and the meaning of each error answer. */
class CoinbaseLimitsAndErrorsTest {

    private final CoinbaseApi api = new CoinbaseApi();

    @Test
    void budgetsEightOfTheTenRequestsASecond() {
        assertThat(api.limits())
                .containsExactly(new WindowLimit("coinbase", 8, Duration.ofSeconds(1), Duration.ofMillis(100)));
    }

    @Test
    void aTooManyRequestsAnswerPausesOneSecondUnlessTold() {
        assertThat(api.error(429, Map.of(), MissingNode.getInstance()))
                .contains(new SpotError.RateLimited(Optional.of(Duration.ofSeconds(1)), "HTTP 429"));
        assertThat(api.error(
                        429,
                        Map.of("retry-after", List.of("3")),
                        parse("{\"errors\":[{\"id\":\"rate_limit_exceeded\",\"message\":\"Too many requests\"}]}")))
                .contains(new SpotError.RateLimited(
                        Optional.of(Duration.ofSeconds(3)), "RATE_LIMIT_EXCEEDED: Too many requests"));
        assertThat(api.error(
                        200,
                        Map.of(),
                        parse("{\"error\":\"RESOURCE_EXHAUSTED\",\"message\":\"Resource has been exhausted\"}")))
                .as("whatever the status")
                .contains(new SpotError.RateLimited(
                        Optional.of(Duration.ofSeconds(1)), "RESOURCE_EXHAUSTED: Resource has been exhausted"));
    }

    @Test
    void anUnknownProductIsAnInvalidSymbol() {
        assertThat(api.error(
                        404,
                        Map.of(),
                        parse("{\"error\":\"NOT_FOUND\",\"error_details\":\"\","
                                + "\"message\":\"Product NOPE-USD not supported\"}")))
                .contains(new SpotError.InvalidSymbol("NOT_FOUND: Product NOPE-USD not supported"));
        assertThat(api.error(
                        400,
                        Map.of(),
                        parse("{\"error\":\"INVALID_ARGUMENT\",\"error_details\":\"ProductID is invalid\","
                                + "\"message\":\"ProductID is invalid\"}")))
                .contains(new SpotError.InvalidSymbol("INVALID_ARGUMENT: ProductID is invalid"));
        assertThat(api.error(404, Map.of(), parse("{\"message\":\"NotFound\"}")))
                .contains(new SpotError.InvalidSymbol("NotFound"));
    }

    @Test
    void otherErrorsAreFailedOrTransientByTheirCode() {
        assertThat(api.error(
                        400,
                        Map.of(),
                        parse("{\"error\":\"INVALID_ARGUMENT\",\"error_details\":\"start and end argument is invalid -"
                                + " number of candles requested should be less than 350\",\"message\":\"start and end"
                                + " argument is invalid - number of candles requested should be less than 350\"}")))
                .contains(new SpotError.Failed(
                        "invalid_argument",
                        "INVALID_ARGUMENT: start and end argument is invalid - number of candles requested should"
                                + " be less than 350"));
        JsonNode documented = json("exchanges/coinbase/errors.json").get(0).get("body");
        assertThat(api.error(404, Map.of(), documented))
                .contains(new SpotError.Failed("unknown", "UNKNOWN: order with this orderID was not found"));
        assertThat(api.error(500, Map.of(), parse("{\"error\":\"INTERNAL\",\"message\":\"internal error\"}")))
                .contains(new SpotError.Transient("internal", "INTERNAL: internal error"));
        assertThat(api.error(503, Map.of(), parse("{\"error\":\"UNAVAILABLE\",\"message\":\"try again\"}")))
                .contains(new SpotError.Transient("unavailable", "UNAVAILABLE: try again"));
    }

    @Test
    void goodAnswersAndUnexplainedStatusesAreLeftToTheDefaults() {
        assertThat(api.error(200, Map.of(), json("exchanges/coinbase/products.json")))
                .isEmpty();
        assertThat(api.error(200, Map.of(), json("exchanges/coinbase/candles.json")))
                .isEmpty();
        assertThat(api.error(418, Map.of(), MissingNode.getInstance()))
                .as("no documented ban")
                .isEmpty();
        assertThat(api.error(502, Map.of(), MissingNode.getInstance())).isEmpty();
        assertThat(api.error(404, Map.of(), MissingNode.getInstance())).isEmpty();
    }
}
