package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.fastscanner.api.ContractCalls.Answer;
import io.fastscanner.api.ContractCalls.Call;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.scannerapi.ScannerApiLabel;
import io.fastscanner.scannerapi.ScannerApiOpinion;
import io.fastscanner.scannerapi.ScannerApiResult;
import io.fastscanner.signal.SignalType;
import io.fastscanner.testing.Scans;
import io.fastscanner.testing.Screens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real answers of every endpoint, valid against the OpenAPI document the service publishes at {@code /q/openapi}: the
 * document cannot drift from the code. Every object schema is made closed first, so an answer carrying a field the
 * document does not name fails too. Error answers must also carry a code that the document lists for their status.
 */
@QuarkusTest
class OpenApiContractTest {

    /** A scheduled slot, scanned by the first request that names it: asked again, the answer is 409. */
    private static final String TAKEN_SLOT =
            "{\"trigger\":\"schedule\",\"slot\":\"2031-01-01T00:00:00Z\",\"symbols\":[\"BTC/USDT\"]}";

    private static final String SCANNER = ContractCalls.SCANNER;
    private static final String SCAN = ContractCalls.SCAN;
    private static final String SYMBOL = SCANNER + "/symbol/{symbol}";
    private static final String CANDLES = SCANNER + "/symbol/{symbol}/candles";
    private static final String ALERTS = SCANNER + "/alerts";
    private static final String EVENTS = SCANNER + "/events";
    private static final String SCREENS = SCANNER + "/screens";
    private static final String SCREEN = SCREENS + "/{id}";
    private static final String SCORECARD = SCANNER + "/scorecard";
    private static final String PAST_SIGNALS = SCORECARD + "/past-signals";
    private static final String BUYS = "{\"name\":\"Buys\",\"expression\":\"signal == 'BUY'\"}";

    private static JsonNode document;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void readTheDocument() throws Exception {
        if (document == null) {
            document = new ObjectMapper()
                    .readTree(given().get("/q/openapi?format=json")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        }
    }

    @Test
    void everyJsonAnswerOfEveryOperationHasANamedSchema() {
        List<String> unnamed = new ArrayList<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    operation.getValue().path("responses").properties().forEach(answer -> {
                        JsonNode response = resolve(answer.getValue());
                        JsonNode json = response.path("content").path("application/json");
                        if (!json.isMissingNode()
                                && !json.path("schema").path("$ref").asText().startsWith("#/components/schemas/")) {
                            unnamed.add(operation.getKey() + " " + path.getKey() + " " + answer.getKey());
                        }
                    });
                }));
        assertThat(unnamed).as("answers without a named schema").isEmpty();
        assertThat(document.at("/paths/~1api~1scanner~1quick-scan/post/requestBody/required")
                        .asBoolean(true))
                .as("the quick-scan body is optional")
                .isFalse();
    }

    @Test
    void successfulAnswersMatchTheDocument() {
        Scans.scanAndAwaitDeepAnalysis();
        Screens.deleteAll();
        String saved = SCREENS + "/" + Screens.save("Strong", "opportunityScore >= 50");
        List<Call> calls = List.of(
                Call.json("post", SCREENS, SCREENS, BUYS),
                Call.get(SCREENS, SCREENS),
                Call.get(SCREEN, saved),
                Call.json("put", SCREEN, saved, BUYS),
                Call.get(SCANNER + "/results", SCANNER + "/results?screen=opportunityScore%20%3E%3D%2050"),
                Call.get(SCANNER + "/results", SCANNER + "/results?screenId=" + saved.substring(SCREENS.length() + 1)),
                Call.postJson("{\"screen\":\"signal == 'BUY'\"}"),
                new Call("delete", SCREEN, saved, r -> r),
                Call.get(SCANNER + "/results", SCANNER + "/results"),
                Call.get(SCANNER + "/scan-status", SCANNER + "/scan-status"),
                Call.get(SYMBOL, SCANNER + "/symbol/BTC-USDT"),
                Call.get(SYMBOL, SCANNER + "/symbol/BTC%2FUSDT?timeframe=1d"),
                Call.get(SYMBOL, SCANNER + "/symbol/HOLO_USDT?timeframe=15m"),
                Call.get(CANDLES, SCANNER + "/symbol/ETHUSDT/candles?limit=30&timeframe=4h"),
                Call.get(ALERTS, ALERTS),
                Call.get(SCANNER + "/exchanges", SCANNER + "/exchanges"),
                Call.get(ALERTS, ALERTS + "?since=0&limit=5"),
                Call.get(ALERTS, ALERTS + "?since=2026-01-01T00:00:00Z"),
                Call.postJson("{\"symbols\":[\"BTC/USDT\",\"FOO/USDT\",\"ETHUSDT\",\"BTC-USDT\"],"
                        + "\"timeframe\":\"4h\",\"trigger\":\"manual\"}"),
                Call.postJson(""),
                Call.raw("post", SCAN, SCAN),
                Call.get(ContractCalls.SCREEN_FIELDS, ContractCalls.SCREEN_FIELDS),
                Call.screenCheck("30>rsi14&&(signal='buy')"),
                Call.get(SCORECARD, SCORECARD + "?symbols=BTC/USDT,ETH/USDT&from=2026-01-01&horizons=1,24"),
                Call.get(SCORECARD, SCORECARD + "?symbols=HOLO_USDT&timeframe=4h&horizons=4"),
                Call.get(PAST_SIGNALS, PAST_SIGNALS + "?symbol=BTC/USDT&limit=20"),
                Call.screenCheck("opportunityScore >= 70 and not stale"));
        for (Call call : calls) {
            Answer answer = call.send();
            assertThat(answer.status()).as(call.url()).isBetween(200, 299);
            if (answer.status() == 204) {
                assertThat(operation(call).path("responses").has("204"))
                        .as(call.url())
                        .isTrue();
                assertThat(answer.body()).as(call.url()).isEmpty();
                continue;
            }
            assertMatchesDocument(call, answer);
        }
        Screens.deleteAll();
    }

    @Test
    void errorAnswersMatchTheDocumentAndCarryADocumentedCode() {
        Call.postJson(TAKEN_SLOT).send(); // scans the slot, or finds it scanned: either way it is taken now
        String tooMany = IntStream.range(0, 501)
                .mapToObj(i -> "\"S" + i + "/USDT\"")
                .collect(Collectors.joining(",", "{\"symbols\":[", "]}"));
        String unknown = SCREENS + "/scr-000000000000";
        List<Call> calls = List.of(
                Call.json("post", SCREENS, SCREENS, "{\"name\":\"x\",\"expression\":\"rsi14 30\"}"),
                Call.json("post", SCREENS, SCREENS, "{\"expression\":\"rsi14 < 30\"}"),
                Call.json("post", SCREENS, SCREENS, ""),
                Call.post(SCREENS, SCREENS, "text/plain", BUYS),
                Call.get(SCREEN, unknown),
                Call.json("put", SCREEN, unknown, BUYS),
                Call.json("put", SCREEN, unknown, "{\"name\":\"\",\"expression\":\"rsi14 < 30\"}"),
                Call.raw("delete", SCREEN, unknown),
                Call.raw("get", SCREENS, SCREENS + "?x=%ZZ"),
                Call.postJson("{\"screen\":\"regime == 'bull'\"}"),
                Call.postJson("{\"screen\":\"signal ==\"}"),
                Call.postJson("{\"screenId\":\"scr-000000000000\"}"),
                Call.get(SCANNER + "/results", SCANNER + "/results?screen=rsi14%20%3C"),
                Call.get(SCANNER + "/results", SCANNER + "/results?screenId=nope"),
                Call.get(EVENTS, EVENTS + "?screenId=scr-000000000000"),
                Call.get(EVENTS, EVENTS + "?screenId=a&screen=b"),
                Call.postJson("{\"symbols\": ["),
                Call.postJson("{\"symbols\":[1,true]}"),
                Call.postJson("{\"timeframe\":1}"),
                Call.postJson("{\"timeframe\":\"7h\"}"),
                Call.postJson("{\"timeframe\":\"5m\"}"),
                Call.postJson("{\"trigger\":\"cron\"}"),
                Call.postJson("{\"exchange\":\"mtgox\"}"),
                Call.postJson("{\"slot\":\"2026-11-30T12:15:00Z\"}"),
                Call.postJson(TAKEN_SLOT),
                Call.postJson("{\"symbols\":[\"FOO/USDT\",\"NOPE\"]}"),
                Call.postJson(tooMany),
                Call.postJson("{\"symbols\":[\"" + "A".repeat(300_000) + "\"]}"),
                Call.post(SCAN, SCAN, "text/plain", "BTC"),
                Call.post(SCAN, SCAN, "text/plain", ""),
                new Call("post", SCAN, SCAN, r -> r.header("Origin", "http://evil.example")),
                Call.raw("get", SCANNER + "/results", SCANNER + "/results?x=%ZZ"),
                Call.raw("get", SCANNER + "/scan-status", SCANNER + "/scan-status?%"),
                Call.raw("get", SYMBOL, SCANNER + "/symbol/%zz"),
                Call.raw("get", CANDLES, SCANNER + "/symbol/BTC|USDT/candles"),
                Call.raw("get", ALERTS, ALERTS + "?since={}"),
                Call.raw("get", EVENTS, EVENTS + "?symbols=%zz"),
                Call.get(SYMBOL, SCANNER + "/symbol/%3Cscript%3E"),
                Call.get(SYMBOL, SCANNER + "/symbol/FOOUSDT"),
                Call.get(SYMBOL, SCANNER + "/symbol/BTCUSDT?timeframe=1y"),
                Call.get(SYMBOL, SCANNER + "/symbol/BTCUSDT?timeframe=5m"),
                Call.get(CANDLES, SCANNER + "/symbol/BTCUSDT/candles?limit=5"),
                Call.get(CANDLES, SCANNER + "/symbol/FOOUSDT/candles"),
                Call.get(CANDLES, SCANNER + "/symbol/BTCUSDT/candles?exchange=synthetic"),
                Call.get(ALERTS, ALERTS + "?since=yesterday"),
                Call.get(SCORECARD, SCORECARD + "?exchange=mtgox"),
                Call.get(SCORECARD, SCORECARD + "?timeframe=5m"),
                Call.get(SCORECARD, SCORECARD + "?horizons=0"),
                Call.get(SCORECARD, SCORECARD + "?from=yesterday"),
                Call.get(SCORECARD, SCORECARD + "?from=2026-02-01&to=2026-01-01"),
                Call.get(SCORECARD, SCORECARD + "?symbols=FOO/USDT"),
                Call.get(PAST_SIGNALS, PAST_SIGNALS),
                Call.get(PAST_SIGNALS, PAST_SIGNALS + "?symbol=BTCUSDT&changes=maybe"),
                Call.get(PAST_SIGNALS, PAST_SIGNALS + "?symbol=BTCUSDT&limit=0"),
                Call.get(ALERTS, ALERTS + "?limit=0"),
                Call.get(EVENTS, EVENTS + "?lastEventId=abc"),
                Call.get(EVENTS, EVENTS + "?symbols=%3C"),
                new Call("get", EVENTS, EVENTS, r -> r.accept("application/json")),
                Call.screenCheck("rsi14 30"),
                Call.screenCheck(""),
                Call.post(
                        ContractCalls.SCREEN_CHECK,
                        ContractCalls.SCREEN_CHECK,
                        "application/json",
                        "{\"expression\":1}"),
                Call.post(ContractCalls.SCREEN_CHECK, ContractCalls.SCREEN_CHECK, "text/plain", "rsi14 < 30"),
                Call.raw("post", ContractCalls.SCREEN_CHECK, ContractCalls.SCREEN_CHECK),
                Call.raw("get", ContractCalls.SCREEN_FIELDS, ContractCalls.SCREEN_FIELDS + "?x=%ZZ"));
        for (Call call : calls) {
            Answer response = call.send();
            assertThat(response.status()).as(call.url()).isBetween(400, 499);
            JsonNode answer = assertMatchesDocument(call, response);
            String code = answer.path("error").path("code").asText();
            String documented = resolve(operation(call).path("responses").path(String.valueOf(response.status())))
                    .path("description")
                    .asText();
            assertThat(documented)
                    .as("the document lists %s for %s %s", code, call.url(), response.status())
                    .contains(code);
        }
    }

    @Test
    void bothKindsOfSecondOpinionMatchTheirSchemaAndOnlyIt() throws Exception {
        MarketSymbol btc = MarketSymbol.of("BTC", "USDT");
        ScannerApiOpinion opinion = new ScannerApiOpinion(
                ScannerApiOpinion.SOURCE,
                "async",
                "medium",
                "1h",
                SignalType.BUY,
                "bull",
                0.9,
                61.0,
                100.0,
                120.0,
                null,
                null,
                null,
                Instant.EPOCH);
        ScannerApiResult answered = ScannerApiResult.ok("async", ScannerApiLabel.MEDIUM, Map.of(btc, opinion));
        Schema secondOpinion = schema("SecondOpinion");
        for (Object value : List.of(
                answered.forSymbol(btc, SignalType.SELL),
                answered.forSymbol(MarketSymbol.of("ETH", "USDT"), SignalType.BUY),
                ScannerApiResult.unavailable(ScannerApiLabel.MEDIUM, "timeout after 30s")
                        .forSymbol(btc, SignalType.BUY))) {
            JsonNode json = mapper.readTree(mapper.writeValueAsString(value));
            assertThat(secondOpinion.validate(json)).as(json.toString()).isEmpty();
        }
    }

    @Test
    void theCheckRefusesWhatTheDocumentDoesNotDescribe() throws Exception {
        JsonNode answer = new ObjectMapper()
                .readTree(given().contentType("application/json")
                        .post(SCAN)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        Schema quickScan = schema("QuickScanAnswer");
        assertThat(quickScan.validate(answer)).isEmpty();

        ObjectNode extraField = answer.deepCopy();
        ((ObjectNode) extraField.get("signals").get(0)).put("undocumented", 1);
        ObjectNode wrongType = answer.deepCopy();
        wrongType.put("count", "14");
        ObjectNode nullWhereNotNullable = answer.deepCopy();
        ((ObjectNode) nullWhereNotNullable.get("signals").get(0)).putNull("strength");
        ObjectNode unknownEnum = answer.deepCopy();
        ((ObjectNode) unknownEnum.get("signals").get(0)).put("signal", "STRONG_BUY");
        for (JsonNode wrong : List.of(extraField, wrongType, nullWhereNotNullable, unknownEnum)) {
            assertThat(quickScan.validate(wrong)).as(wrong.toString()).isNotEmpty();
        }
    }

    /** Validates the answer's body against the schema the document gives for its status; returns the body. */
    private JsonNode assertMatchesDocument(Call call, Answer response) {
        JsonNode answer = resolve(operation(call).path("responses").path(String.valueOf(response.status())));
        assertThat(answer.isMissingNode())
                .as("%s %s: status %s is not in the document", call.method(), call.url(), response.status())
                .isFalse();
        assertThat(response.contentType()).as(call.url()).startsWith("application/json");
        String ref = answer.path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asText();
        JsonNode body;
        try {
            body = new ObjectMapper().readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(call.url() + " did not answer JSON: " + response.body(), e);
        }
        List<Error> errors = schema(ref.substring(ref.lastIndexOf('/') + 1)).validate(body);
        assertThat(errors)
                .as("%s %s (%s) against %s", call.method(), call.url(), response.status(), ref)
                .isEmpty();
        return body;
    }

    private static JsonNode operation(Call call) {
        JsonNode operation = document.path("paths").path(call.template()).path(call.method());
        assertThat(operation.isMissingNode())
                .as("%s %s is not in the document", call.method(), call.template())
                .isFalse();
        return operation;
    }

    /** A named schema of the document, with every object schema closed to properties it does not name. */
    private static Schema schema(String name) {
        return DocumentSchemas.closed(document, "#/components/schemas/" + name);
    }

    private static JsonNode resolve(JsonNode maybeRef) {
        return DocumentSchemas.resolve(document, maybeRef);
    }
}
