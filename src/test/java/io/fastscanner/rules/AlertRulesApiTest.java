package io.fastscanner.rules;

import static io.fastscanner.testing.AlertingApi.CHANNELS;
import static io.fastscanner.testing.AlertingApi.RULES;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.fastscanner.testing.AlertRulesProfile;
import io.fastscanner.testing.AlertingApi;
import io.fastscanner.testing.Scans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Alert rules through the API: the default rules, creating, reading, changing and deleting, and each mistake's 400. */
@QuarkusTest
@TestProfile(AlertRulesProfile.class)
class AlertRulesApiTest {

    @AfterEach
    void cleanUp() {
        AlertingApi.delete(RULES + "/oversold");
        AlertingApi.delete(CHANNELS + "/crud-hook");
        AlertingApi.put(RULES + "/price-move", "{\"enabled\":true}");
    }

    @Test
    void theServiceStartsWithADefaultRulePerChangeKind() {
        List<Map<String, Object>> rules = AlertingApi.get(RULES).getList("rules");
        assertThat(rules.stream().filter(r -> ((String) r.get("kind")).contains("_") && r.get("expression") == null))
                .extracting(r -> r.get("id"))
                .contains("signal-flip", "strength-change", "price-move", "rsi-cross", "regime-change");
        Map<String, Object> flips = AlertingApi.get(RULES + "/signal-flip").getMap("rule");
        assertThat(flips)
                .containsEntry("kind", "signal_flip")
                .containsEntry("trigger", "every")
                .containsEntry("symbols", List.of())
                .containsEntry("exchange", null)
                .containsEntry("timeframe", null)
                .containsEntry("channels", List.of())
                .containsEntry("oncePerCandle", false)
                .containsEntry("cooldownSeconds", 0)
                .containsEntry("enabled", true);
    }

    @Test
    void aDisabledDefaultRuleRaisesNoMoreAlertsOfItsKind() {
        Scans.awaitDeepAnalysis(Scans.scan("{}")); // the scan the next ones are compared with
        AlertingApi.put(RULES + "/price-move", "{\"enabled\":false}")
                .then()
                .statusCode(200)
                .body("rule.enabled", equalTo(false))
                .body("rule.kind", equalTo("price_move"))
                .body("rule.name", equalTo("Price moves"));
        String before = newestAlertId();
        Scans.awaitDeepAnalysis(Scans.scan("{}"));
        List<String> kinds = alertsSince(before).getList("alerts.kind");
        assertThat(kinds).as("the scan raised alerts").isNotEmpty().doesNotContain("price_move");

        AlertingApi.put(RULES + "/price-move", "{\"enabled\":true}").then().statusCode(200);
        String later = newestAlertId();
        Scans.awaitDeepAnalysis(Scans.scan("{}"));
        JsonPath again = alertsSince(later);
        assertThat(again.getList("alerts.kind", String.class)).contains("price_move");
        List<Map<String, Object>> alerts = again.getList("alerts");
        assertThat(alerts)
                .allSatisfy(a -> assertThat(a.get("rule")).isEqualTo(((String) a.get("kind")).replace('_', '-')));
    }

    @Test
    void aRuleIsCreatedReadChangedAndDeleted() {
        AlertingApi.created(
                CHANNELS, AlertingApi.webhook("crud-hook", "http://127.0.0.1:9/hook", "s3cret-0123456789ab"));
        Map<String, Object> rule = AlertingApi.created(
                        RULES,
                        "{\"id\":\"oversold\",\"name\":\" Oversold \",\"expression\":\"30>rsi14 and signal='buy'\","
                                + "\"symbols\":[\"btc-usdt\",\"ETHUSDT\",\"BTC/USDT\"],\"exchange\":\"Binance\","
                                + "\"timeframe\":\"4h\",\"cooldownSeconds\":900,\"channels\":[\"crud-hook\"]}")
                .getMap("rule");
        assertThat(rule)
                .containsEntry("id", "oversold")
                .containsEntry("name", "Oversold")
                .containsEntry("kind", "screen_match")
                .containsEntry("expression", "rsi14 < 30 and signal == \"BUY\"")
                .containsEntry("usesDeepFields", false)
                .containsEntry("symbols", List.of("BTC/USDT", "ETH/USDT"))
                .containsEntry("exchange", "binance")
                .containsEntry("timeframe", "4h")
                .containsEntry("trigger", "enters")
                .containsEntry("cooldownSeconds", 900)
                .containsEntry("oncePerCandle", true)
                .containsEntry("channels", List.of("crud-hook"))
                .containsEntry("enabled", true);
        assertThat(rule.get("updatedAt")).isEqualTo(rule.get("createdAt"));
        assertThat(AlertingApi.get(RULES + "/oversold").getMap("rule")).isEqualTo(rule);
        assertThat(AlertingApi.get(RULES).getList("rules.id")).contains("oversold");

        Map<String, Object> changed = AlertingApi.put(
                        RULES + "/oversold", "{\"enabled\":false,\"expression\":\"opportunityScore >= 70\"}")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("rule");
        assertThat(changed)
                .as("the fields named change, the others stay")
                .containsEntry("enabled", false)
                .containsEntry("expression", "opportunityScore >= 70")
                .containsEntry("usesDeepFields", true)
                .containsEntry("symbols", List.of("BTC/USDT", "ETH/USDT"))
                .containsEntry("cooldownSeconds", 900)
                .containsEntry("createdAt", rule.get("createdAt"));

        Map<String, Object> wider = AlertingApi.put(RULES + "/oversold", "{\"exchange\":\"\",\"symbols\":[]}")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("rule");
        assertThat(wider).containsEntry("exchange", null).containsEntry("symbols", List.of());

        Map<String, Object> flips = AlertingApi.put(RULES + "/oversold", "{\"kind\":\"signal_flip\"}")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("rule");
        assertThat(flips).containsEntry("kind", "signal_flip").containsEntry("expression", null);
        assertRefused(AlertingApi.put(RULES + "/oversold", "{\"id\":\"other\"}"), 400, "INVALID_RULE");

        given().delete(RULES + "/oversold")
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .body("deleted", equalTo("oversold"));
        assertRefused(given().get(RULES + "/oversold"), 404, "RULE_NOT_FOUND");
    }

    @Test
    void mistakesAreRefusedWithTheirCode() {
        assertRefused(post("{\"name\":\"x\",\"expression\":\"rsi14 30\"}"), 400, "INVALID_EXPRESSION")
                .body("error.position", equalTo(6))
                .body(
                        "error.message",
                        equalTo("expected a comparison operator (==, !=, <, <=, >, >=) at position 6, found \"30\""));
        assertRefused(
                        post("{\"name\":\"x\",\"expression\":\"rsi14 < 30\",\"channels\":[\"nope\"]}"),
                        400,
                        "UNKNOWN_CHANNEL")
                .body("error.message", equalTo("There is no channel nope (see GET /api/scanner/channels)"));
        assertRefused(post("{\"name\":\"x\"}"), 400, "INVALID_RULE");
        assertRefused(post("{\"name\":\"x\",\"kind\":\"moon\"}"), 400, "INVALID_RULE")
                .body(
                        "error.message",
                        equalTo("kind must be one of signal_flip, strength_change, price_move,"
                                + " rsi_cross, regime_change, screen_match"));
        assertRefused(
                post("{\"name\":\"x\",\"kind\":\"price_move\",\"expression\":\"rsi14 < 30\"}"), 400, "INVALID_RULE");
        assertRefused(post("{\"expression\":\"rsi14 < 30\"}"), 400, "INVALID_RULE");
        assertRefused(
                post("{\"name\":\"x\",\"expression\":\"rsi14 < 30\",\"trigger\":\"always\"}"), 400, "INVALID_RULE");
        assertRefused(
                post("{\"name\":\"x\",\"expression\":\"rsi14 < 30\",\"cooldownSeconds\":-1}"), 400, "INVALID_RULE");
        assertRefused(
                post("{\"name\":\"x\",\"expression\":\"rsi14 < 30\",\"symbols\":[\"BTC\"]}"), 400, "INVALID_SYMBOL");
        assertRefused(
                post("{\"name\":\"x\",\"expression\":\"rsi14 < 30\",\"exchange\":\"mtgox\"}"), 400, "INVALID_EXCHANGE");
        assertRefused(
                post("{\"name\":\"x\",\"expression\":\"rsi14 < 30\",\"timeframe\":\"3h\"}"), 400, "INVALID_TIMEFRAME");
        assertRefused(post("{\"id\":\"a b\",\"name\":\"x\",\"expression\":\"rsi14 < 30\"}"), 400, "INVALID_RULE");
        assertRefused(post("{\"name\":\"x\",\"expression\":1}"), 400, "INVALID_FIELD_TYPE");
        assertRefused(post(""), 400, "INVALID_RULE");
        assertRefused(post("{\"id\":\"signal-flip\",\"name\":\"x\",\"kind\":\"signal_flip\"}"), 409, "RULE_EXISTS");
        assertRefused(given().get(RULES + "/nope"), 404, "RULE_NOT_FOUND");
        assertRefused(AlertingApi.put(RULES + "/nope", "{\"enabled\":false}"), 404, "RULE_NOT_FOUND");
        assertRefused(given().delete(RULES + "/nope"), 404, "RULE_NOT_FOUND");
        assertRefused(given().get(RULES + "/nope/deliveries"), 404, "RULE_NOT_FOUND");
        assertRefused(given().get(RULES + "/signal-flip/deliveries?limit=0"), 400, "INVALID_LIMIT");
    }

    private static Response post(String json) {
        return AlertingApi.post(RULES, json);
    }

    private static io.restassured.response.ValidatableResponse assertRefused(
            Response response, int status, String code) {
        return response.then()
                .statusCode(status)
                .body("success", equalTo(false))
                .body("error.code", equalTo(code));
    }

    private static String newestAlertId() {
        List<String> ids = AlertingApi.get("/api/scanner/alerts?limit=1").getList("alerts.id");
        return ids.isEmpty() ? "0" : ids.get(0);
    }

    private static JsonPath alertsSince(String id) {
        return AlertingApi.get("/api/scanner/alerts?limit=1000&since=" + id);
    }
}
