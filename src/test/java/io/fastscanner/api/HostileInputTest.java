package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed, oversized and hostile requests to every endpoint: each answer is a 4xx with the JSON error body
 * {@code {success:false, error:{code, message}}}; never a 5xx, never HTML, never a stack trace.
 */
@QuarkusTest
class HostileInputTest {

    private static final String SCAN = "/api/scanner/quick-scan";
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig()
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                    .encodeContentTypeAs("application/xml", ContentType.TEXT)
                    .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.TEXT)
                    .encodeContentTypeAs("application/octet-stream", ContentType.TEXT));

    private static final RestAssuredConfig BOUNDED = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.socket.timeout", 20_000)
                    .setParam("http.connection.timeout", 20_000));

    static List<String> malformedBodies() {
        return List.of(
                "{",
                "}",
                "{\"symbols\":",
                "not json",
                "\u0000\u0001\u0002",
                "{\"symbols\":[\"BTC/USDT\",]}",
                "[]",
                "[\"BTC/USDT\"]",
                "\"BTC/USDT\"",
                "42",
                "true",
                "null ",
                "{\"symbols\":\"BTC/USDT\"}",
                "{\"symbols\":[1,2,3]}",
                "{\"symbols\":[{\"a\":1}]}",
                "{\"symbols\":[[\"BTC/USDT\"]]}",
                "{\"symbols\":{\"0\":\"BTC/USDT\"}}",
                "{\"timeframe\":123}",
                "{\"timeframe\":[\"1h\"]}",
                "{\"timeframe\":\"1y\"}",
                "{\"timeframe\":\"1h\\u0000\"}",
                "{\"timeframe\":\"" + "9".repeat(5000) + "\"}",
                "{\"symbols\":[null]}",
                "{\"symbols\":[\"\"]}",
                "{\"symbols\":[\"../../etc/passwd\"]}",
                "{\"symbols\":[\"..%2F..%2Fetc%2Fpasswd\",\"/etc/passwd\",\"C:\\\\windows\\\\win.ini\"]}",
                "{\"symbols\":[\"BTC\\u0000/USDT\",\"BTC\\n/USDT\",\"\\u202eTDSU/CTB\",\"\u20bf/USDT\",\"\ud83d\ude80/USDT\"]}",
                "{\"symbols\":[\"<script>alert(1)</script>\"]}",
                "{\"symbols\":[\"" + "A".repeat(100_000) + "\"]}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                "{\"symbols\":[\"BTC/USDT\"],\"timeframe\":1e999999}",
                "{\"symbols\":[\"BTC/USDT\"]} trailing",
                "{\"symbols\":[\"BTC/USDT\"],\"symbols\":5}");
    }

    @ParameterizedTest
    @MethodSource("malformedBodies")
    void malformedBodiesAreJsonClientErrors(String body) {
        assertClientError(json().body(body).post(SCAN));
    }

    @Test
    void tenThousandSymbolsAreRefused() {
        String symbols =
                IntStream.range(0, 10_000).mapToObj(i -> "\"S" + i + "/USDT\"").collect(Collectors.joining(","));
        Response response = json().body("{\"symbols\":[" + symbols + "]}").post(SCAN);
        assertClientError(response);
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("TOO_MANY_SYMBOLS");
    }

    @Test
    void anOversizedBodyIsA413WithTheJsonError() {
        String big = "{\"symbols\":[\"BTC/USDT\"],\"pad\":\"" + "x".repeat(300 * 1024) + "\"}";
        Response response = json().body(big).post(SCAN);
        assertClientError(response);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @ParameterizedTest
    @MethodSource("wrongContentTypes")
    void wrongContentTypesAreRefused(String contentType) {
        assertClientError(given().config(RAW)
                .contentType(contentType)
                .body("{\"symbols\":[\"BTC/USDT\"]}")
                .when()
                .post(SCAN));
    }

    static List<String> wrongContentTypes() {
        return List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "application/octet-stream",
                "multipart/form-data; boundary=x",
                "image/png",
                "garbage",
                ";;;");
    }

    @Test
    void wrongMethodsAndUnknownPathsAreJson() {
        assertClientError(given().when().get(SCAN));
        assertClientError(given().when().delete("/api/scanner/results"));
        assertClientError(json().body("{}").post("/api/scanner/results"));
        assertClientError(given().when().get("/api/scanner/nope"));
        assertClientError(given().when().get("/api/scanner/../../etc/passwd"));
    }

    static List<String> hostileSymbols() {
        return List.of(
                "..%2F..%2Fetc%2Fpasswd",
                "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "..%252F..%252Fetc",
                "BTC%00USDT",
                "%0d%0aSet-Cookie:x=1",
                "%E2%82%BF-USDT",
                "%F0%9F%9A%80USDT",
                "%E2%80%AEUSDT",
                "%3Cscript%3E",
                "A".repeat(2000),
                "NOPE-USDT",
                "ZZZZZUSDT",
                "%20",
                "BTC%2FUSDT%2F..%2F..",
                "%C0%AE%C0%AE%2F",
                "%FF%FE");
    }

    @ParameterizedTest
    @MethodSource("hostileSymbols")
    void hostileSymbolPathsAreJsonClientErrors(String symbol) {
        assertClientError(given().urlEncodingEnabled(false).when().get("/api/scanner/symbol/" + symbol));
    }

    static List<String> hostileEventQueries() {
        return List.of(
                "lastEventId=abc",
                "lastEventId=-1",
                "lastEventId=99999999999999999999999",
                "lastEventId=1e9",
                "lastEventId=%00",
                "symbols=..%2F..%2Fetc",
                "symbols=%E2%82%BF",
                "symbols=%00,%0a",
                "symbols=" + IntStream.range(0, 600).mapToObj(i -> "A" + i).collect(Collectors.joining(",")),
                "symbols=BTC/USDT&lastEventId=NaN",
                "symbols=" + "B".repeat(1000));
    }

    @ParameterizedTest
    @MethodSource("hostileEventQueries")
    void hostileEventQueriesAreJsonClientErrors(String query) {
        // a request the stream accepted would never end: the socket timeout bounds the wait
        assertClientError(given().config(BOUNDED)
                .urlEncodingEnabled(false)
                .header("Accept", "text/event-stream")
                .when()
                .get("/api/scanner/events?" + query));
    }

    @Test
    void aHostileLastEventIdHeaderIsAJsonClientError() {
        assertClientError(given().config(BOUNDED)
                .header("Accept", "text/event-stream")
                .header("Last-Event-ID", "-5; DROP")
                .when()
                .get("/api/scanner/events"));
    }

    @Test
    void absurdQueryValuesOnReadEndpointsAreIgnoredSafely() {
        for (String path : List.of("/api/scanner/results", "/api/scanner/scan-status")) {
            Response response = given().urlEncodingEnabled(false)
                    .when()
                    .get(path + "?limit=-99999999999999999999&symbol=..%2F..&x=%00%FF&" + "a=b&".repeat(200));
            assertThat(response.statusCode()).as(path).isLessThan(500);
            assertThat(response.contentType()).startsWith("application/json");
            assertNoLeak(response);
        }
    }

    private static RequestSpecification json() {
        return given().config(RAW).contentType("application/json");
    }

    private static void assertClientError(Response response) {
        String body = response.asString();
        assertThat(response.statusCode()).as(body).isBetween(400, 499);
        assertThat(response.contentType()).as(body).startsWith("application/json");
        assertThat(response.jsonPath().getBoolean("success")).as(body).isFalse();
        assertThat(response.jsonPath().getString("error.code")).as(body).isNotBlank();
        assertThat(response.jsonPath().getString("error.message")).as(body).isNotBlank();
        assertNoLeak(response);
    }

    private static void assertNoLeak(Response response) {
        String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertThat(body)
                .doesNotContain(
                        "<html", "<!DOCTYPE", "Exception", "\tat ", "io.fastscanner.", "com.fasterxml", "java.lang");
    }
}
