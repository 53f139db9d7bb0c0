package io.fastscanner.scorecard.ledger;

import static io.fastscanner.testing.Waits.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketDataSources;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scorecard.Outcome;
import io.fastscanner.scorecard.Outcomes;
import io.fastscanner.scorecard.PastSignal;
import io.fastscanner.testing.AlertRulesProfile;
import io.fastscanner.testing.Scans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Quick scans on the replay source, whose clock moves one candle per scan after the first ({@link AlertRulesProfile}):
 * the signals they gave appear under {@code GET /api/scanner/scorecard/signals}, and once the next candle has closed
 * their one-candle outcome is the one {@link Outcomes} computes on the same candles.
 */
@QuarkusTest
@TestProfile(AlertRulesProfile.class)
class RecordedSignalsTest {

    private static final String PATH = "/api/scanner/scorecard/signals";
    private static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");

    @Inject
    LedgerMeasurer measurer;

    @Inject
    MarketDataSources sources;

    @Inject
    ObjectMapper json;

    @Test
    void theSignalsOfScansAreKeptOncePerCandleWithTheOutcomesOfTheCandlesAfterThem() throws Exception {
        String body = "{\"symbols\":[\"BTC/USDT\",\"ETH/USDT\"],\"timeframe\":\"1h\"}";
        Scans.awaitIdle();
        Scans.scan(body);
        Scans.awaitIdle();
        Instant firstCandle = sources.defaultSource().now().minus(Duration.ofHours(1));

        PastSignal recorded = await("the scan's BTC signal to be kept")
                .until(() -> signal(firstCandle), Optional::isPresent)
                .orElseThrow();
        assertThat(recorded.outcomes()).isEmpty();
        assertThat(recorded.pendingHorizons()).containsExactly(1, 4, 24);

        Scans.scan(body); // the clock moves one hour: the candle after the signal's has closed
        Scans.awaitIdle();
        PastSignal measured = await("the one-candle outcome of " + firstCandle)
                .until(
                        () -> {
                            measurer.measure().await().atMost(Duration.ofSeconds(30));
                            return signal(firstCandle).orElseThrow();
                        },
                        s -> !s.outcomes().isEmpty());

        CandleSeries candles =
                sources.defaultSource().candles(BTC, Timeframe.H1, 100).await().atMost(Duration.ofSeconds(10));
        int at = Arrays.binarySearch(candles.openTimes(), firstCandle.toEpochMilli());
        Outcome expected = Outcomes.of(candles, at, measured.signal(), 1, measured.stopLoss(), measured.takeProfit())
                .orElseThrow();
        assertThat(measured.outcomes()).containsExactly(expected);
        assertThat(measured.pendingHorizons()).containsExactly(4, 24);
        assertThat(measured.price()).isEqualTo(candles.closes()[at]);
        assertThat(measured.signal()).isEqualTo(recorded.signal());

        List<PastSignal> btc = signals("?symbol=BTC-USDT&timeframe=1h&exchange=replay");
        assertThat(btc).extracting(PastSignal::candleTime).doesNotHaveDuplicates();
        assertThat(btc.get(0).candleTime()).isEqualTo(firstCandle.plus(Duration.ofHours(1)));
        assertThat(signals("?limit=1")).hasSize(1);
        assertThat(signals("")).extracting(PastSignal::symbol).contains(BTC, MarketSymbol.of("ETH", "USDT"));

        // the scorecard of what was recorded: the baseline at each horizon is every recorded signal measured there
        List<PastSignal> recorded1h = signals("?timeframe=1h&limit=1000");
        long measuredAt1 = recorded1h.stream()
                .filter(s -> s.outcomes().stream().anyMatch(o -> o.horizon() == 1))
                .count();
        JsonPath card = given().get("/api/scanner/scorecard?source=recorded&exchange=replay&timeframe=1h")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(card.getString("data.source")).isEqualTo("recorded");
        assertThat(card.getString("data.exchange")).isEqualTo("replay");
        assertThat(card.getLong("data.candles")).isEqualTo(recorded1h.size());
        assertThat(card.getList("horizons", Integer.class)).containsExactly(1, 4, 24);
        assertThat(card.getInt("baseline[0].count")).isEqualTo(measuredAt1).isPositive();
        assertThat(card.getList("buckets.findAll { it.horizon == 1 }.count", Integer.class).stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .as("HOLD included, the buckets share out the baseline")
                .isEqualTo((int) measuredAt1);
    }

    @Test
    void theRecordedScorecardSaysWhatIsWrongWithItsRequest() {
        given().get("/api/scanner/scorecard?source=live")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_SOURCE"));
        given().get("/api/scanner/scorecard?source=recorded&exchange=nowhere")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_EXCHANGE"));
        given().get("/api/scanner/scorecard?source=recorded&timeframe=1w")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("NO_RECORDED_SIGNALS"));
    }

    @Test
    void badParametersAreAnsweredWithTheirErrorCode() {
        bad("?timeframe=7x", "INVALID_TIMEFRAME");
        bad("?limit=0", "INVALID_LIMIT");
        bad("?limit=1001", "INVALID_LIMIT");
        bad("?symbol=%21%21", "INVALID_SYMBOL");
        bad("?exchange=nowhere", "INVALID_EXCHANGE");
    }

    private static void bad(String query, String code) {
        given().get(PATH + query)
                .then()
                .statusCode(400)
                .body("success", equalTo(false))
                .body("error.code", equalTo(code));
    }

    private Optional<PastSignal> signal(Instant candle) throws Exception {
        return signals("?symbol=BTC/USDT").stream()
                .filter(s -> s.candleTime().equals(candle))
                .findFirst();
    }

    private List<PastSignal> signals(String query) throws Exception {
        String answer =
                given().get(PATH + query).then().statusCode(200).extract().asString();
        JsonNode root = json.readTree(answer);
        assertThat(root.get("success").asBoolean()).isTrue();
        List<PastSignal> signals = new ArrayList<>();
        for (JsonNode s : root.get("signals")) {
            signals.add(json.treeToValue(s, PastSignal.class));
        }
        assertThat(root.get("count").asInt()).isEqualTo(signals.size());
        return signals;
    }
}
