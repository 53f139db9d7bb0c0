package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.testing.Scans;
import io.fastscanner.testing.Screens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A screen on the quick scan's answer and on the results: which rows a client gets, and what it is told. */
@QuarkusTest
class QuickScanScreenTest {

    private static final String SCAN = "/api/scanner/quick-scan";

    @BeforeEach
    @AfterEach
    void noScreens() {
        Screens.deleteAll();
    }

    @Test
    void aScreenKeepsTheRowsThatPassItAndSaysHowManyItLeftOut() {
        JsonPath all = scan(Map.of()).then().statusCode(200).extract().jsonPath();
        List<String> buys = symbolsWith(all, "BUY");
        assertThat(buys).isNotEmpty().hasSizeLessThan(all.getInt("count"));
        assertThat(all.getString("screen")).isNull();
        assertThat(all.getInt("screenedOut")).isZero();

        JsonPath screened = scan(Map.of("screen", "signal = 'buy'"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(screened.getList("signals.symbol", String.class)).isEqualTo(buys);
        assertThat(screened.getList("signals.signal", String.class)).containsOnly("BUY");
        assertThat(screened.getInt("count")).isEqualTo(buys.size());
        assertThat(screened.getInt("screenedOut")).isEqualTo(all.getInt("count") - buys.size());
        assertThat(screened.getString("screen")).isEqualTo("signal == \"BUY\"");
        assertThat(screened.getString("message"))
                .isEqualTo(all.getString("message") + "; " + buys.size() + " pass the screen");

        Scans.awaitDeepAnalysis(screened.getString("scanId"));
        assertThat(Scans.results().getInt("count"))
                .as("the scan itself keeps every row")
                .isEqualTo(all.getInt("count"));
    }

    @Test
    void aSavedScreenIsNamedByItsId() {
        JsonPath all = scan(Map.of()).then().statusCode(200).extract().jsonPath();
        String holds = Screens.save("Holds", "signal == \"HOLD\"");

        JsonPath screened =
                scan(Map.of("screenId", holds)).then().statusCode(200).extract().jsonPath();

        assertThat(screened.getList("signals.symbol", String.class)).isEqualTo(symbolsWith(all, "HOLD"));
        assertThat(screened.getString("screen")).isEqualTo("signal == \"HOLD\"");
        assertError(scan(Map.of("screenId", "scr-000000000000")), 404, "SCREEN_NOT_FOUND");
    }

    @Test
    void aScreenOnTheDeepAnalysisIsRefusedBecauseTheQuickScanAnswersBeforeIt() {
        Response refused = scan(Map.of("screen", "opportunityScore > 60 and rsi14 < 70 and regime == 'bull'"));

        assertError(refused, 400, "INVALID_SCREEN");
        assertThat(refused.jsonPath().getString("error.message"))
                .startsWith("The screen reads deep-analysis fields (opportunityScore, regime), which are known only"
                        + " once each symbol's deep analysis is done")
                .contains("GET /api/scanner/results?screen=")
                .contains("GET /api/scanner/events?screenId=");

        String deep = Screens.save("Setups", "riskReward >= 2");
        assertError(scan(Map.of("screenId", deep)), 400, "INVALID_SCREEN");
    }

    @Test
    void aScreenThatDoesNotParseOrTwoScreensAreRefused() {
        Response wrong = scan(Map.of("screen", "signal == \"BYU\""));
        assertError(wrong, 400, "INVALID_SCREEN");
        assertThat(wrong.jsonPath().getInt("error.position")).isEqualTo(10);
        assertThat(wrong.jsonPath().getString("error.message")).contains("did you mean \"BUY\"?");

        String saved = Screens.save("Buys", "signal == \"BUY\"");
        Response both = scan(Map.of("screen", "rsi14 < 30", "screenId", saved));
        assertError(both, 400, "INVALID_SCREEN");
        assertThat(both.jsonPath().getString("error.message"))
                .isEqualTo("Name either screen (an expression) or screenId (a saved screen), not both");
        assertError(scan(Map.of("screen", 30)), 400, "INVALID_FIELD_TYPE");
    }

    @Test
    void theResultsTakeAScreenOnTheDeepAnalysisOnceItIsDone() {
        JsonPath done = Scans.awaitDeepAnalysis(Scans.scanDefaultUniverse());
        List<Map<String, Object>> rows = done.getList("signals");
        List<Object> strong = rows.stream()
                .filter(row -> row.get("opportunityScore") instanceof Number score && score.doubleValue() >= 50)
                .map(row -> row.get("symbol"))
                .toList();
        assertThat(strong).isNotEmpty().hasSizeLessThan(rows.size());

        JsonPath screened = given().queryParam("screen", "opportunityScore >= 50")
                .get("/api/scanner/results")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(screened.getList("signals.symbol")).isEqualTo(strong);
        assertThat(screened.getInt("count")).isEqualTo(strong.size());
        assertThat(screened.getInt("screenedOut")).isEqualTo(rows.size() - strong.size());
        assertThat(screened.getString("screen")).isEqualTo("opportunityScore >= 50");
        assertThat(screened.getInt("status.signalsCount"))
                .as("the status counts the scan's rows")
                .isEqualTo(rows.size());

        String saved = Screens.save("Strong", "opportunityScore >= 50");
        assertThat(given().queryParam("screenId", saved)
                        .get("/api/scanner/results")
                        .jsonPath()
                        .getList("signals.symbol"))
                .isEqualTo(strong);
        assertThat(Scans.results().getString("screen")).isNull();
        assertThat(Scans.results().getInt("screenedOut")).isZero();
    }

    @Test
    void theResultsRefuseAScreenThatDoesNotParseAndAnUnknownId() {
        Response wrong = given().queryParam("screen", "rsi14 <").get("/api/scanner/results");
        assertError(wrong, 400, "INVALID_SCREEN");
        assertThat(wrong.jsonPath().getInt("error.position")).isEqualTo(7);
        assertError(given().queryParam("screenId", "nope").get("/api/scanner/results"), 404, "SCREEN_NOT_FOUND");
    }

    private static Response scan(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(SCAN);
    }

    private static List<String> symbolsWith(JsonPath answer, String signal) {
        List<Map<String, Object>> rows = answer.getList("signals");
        return rows.stream()
                .filter(row -> signal.equals(row.get("signal")))
                .map(row -> (String) row.get("symbol"))
                .toList();
    }

    private static void assertError(Response response, int status, String code) {
        String body = response.asString();
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.jsonPath().getBoolean("success")).as(body).isFalse();
        assertThat(response.jsonPath().getString("error.code")).as(body).isEqualTo(code);
    }
}
