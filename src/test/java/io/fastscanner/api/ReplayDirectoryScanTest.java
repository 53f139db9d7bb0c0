package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.testing.RecordedInputsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Points the replay source at a directory of real 2022 candles that are not bundled, and checks that the
 * scanner's numbers equal TA-Lib's (C library, through the oracle) for exactly the 500 candles it scanned.
 */
@QuarkusTest
@TestProfile(RecordedInputsProfile.class)
class ReplayDirectoryScanTest {

    private static final Map<String, String> ORACLE_TO_API = Map.ofEntries(
            Map.entry("ema_9", "ema9"),
            Map.entry("ema_21", "ema21"),
            Map.entry("ema_50", "ema50"),
            Map.entry("ema_200", "ema200"),
            Map.entry("sma_20", "sma20"),
            Map.entry("rsi_14", "rsi14"),
            Map.entry("macd", "macd"),
            Map.entry("macd_signal", "macdSignal"),
            Map.entry("macd_hist", "macdHistogram"),
            Map.entry("atr_14", "atr14"),
            Map.entry("bb_upper", "bbUpper"),
            Map.entry("bb_middle", "bbMiddle"),
            Map.entry("bb_lower", "bbLower"),
            Map.entry("adx_14", "adx14"),
            Map.entry("plus_di_14", "plusDi14"),
            Map.entry("minus_di_14", "minusDi14"),
            Map.entry("stoch_k", "stochK"),
            Map.entry("stoch_d", "stochD"),
            Map.entry("obv", "obv"));

    @ParameterizedTest
    @ValueSource(strings = {"BTC", "ETH", "SOL"})
    void quickScanValuesEqualTaLibOnTheSameCandles(String base) throws IOException {
        JsonNode expected = oracle(base).get("last").get(0);
        JsonNode signal = new ObjectMapper()
                .readTree(given().contentType("application/json")
                        .body("{\"symbols\":[\"" + base + "/USDT\"]}")
                        .when()
                        .post("/api/scanner/quick-scan")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .get("signals")
                .get(0);
        assertThat(signal.get("exchange").asText()).isEqualTo("replay");
        assertThat(signal.get("candleTime").asText())
                .isEqualTo(Instant.ofEpochMilli(expected.get("open_time_ms").asLong())
                        .toString());
        assertThat(signal.get("rsi").asDouble())
                .isCloseTo(expected.get("rsi_14").asDouble(), withPercentage(1e-7));

        JsonNode symbol = new ObjectMapper()
                .readTree(given().when()
                        .get("/api/scanner/symbol/" + base + "USDT")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        JsonNode indicators = symbol.get("indicators");
        ORACLE_TO_API.forEach((oracleName, apiName) -> {
            double want = expected.get(oracleName).asDouble();
            double got = indicators.get(apiName).asDouble();
            assertThat(Math.abs(got - want))
                    .as(base + " " + apiName + ": got " + got + ", TA-Lib " + want)
                    .isLessThanOrEqualTo(1e-9 * Math.max(Math.abs(want), Math.abs(got)));
        });
    }

    private static JsonNode oracle(String base) throws IOException {
        try (InputStream in =
                ReplayDirectoryScanTest.class.getResourceAsStream("/golden-scan/" + base + "_USDT-1h-last.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
