package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.testing.RawHttp;
import io.fastscanner.testing.Scans;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may start a scan when no token is configured: any client that sends JSON or nothing, but no web page of another
 * origin, whatever it sends; reads stay open to every origin (the browser keeps a foreign page from reading them).
 */
@QuarkusTest
class CallerChecksTest {

    private static final String SCAN = "/api/scanner/quick-scan";
    private static final String EVIL = "http://evil.example";
    private static final RestAssuredConfig AS_IS = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig()
                    .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                    .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.TEXT)
                    .encodeContentTypeAs("multipart/form-data", ContentType.TEXT));

    @Test
    void aPostWithoutBodyAndWithoutContentTypeScans() {
        // what curl -X POST sends
        RawHttp.Answer answer = RawHttp.exchange("POST " + SCAN + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.json().path("success").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"})
    void anEmptyBodyOfAnotherTypeIsRefused(String contentType) {
        String newest = newestScan();
        Response response =
                given().config(AS_IS).contentType(contentType).body("").post(SCAN);
        assertError(response, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(newestScan()).as("the newest scan after the refusal").isEqualTo(newest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "Application/JSON"})
    void jsonInAnySpellingScans(String contentType) {
        Response response = given().config(AS_IS)
                .contentType(contentType)
                .body("{\"symbols\":[\"BTC/USDT\"],\"timeframe\":\"1d\"}")
                .post(SCAN);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    }

    /** What a page of another site can send: a form, or a no-cors fetch without a body and without a type. */
    @Test
    void aPageOfAnotherOriginCannotStartAScan() {
        String newest = newestScan();
        for (String contentType : List.of("application/x-www-form-urlencoded", "text/plain")) {
            assertError(
                    given().config(AS_IS)
                            .header("Origin", EVIL)
                            .contentType(contentType)
                            .body("")
                            .post(SCAN),
                    403,
                    "CROSS_ORIGIN");
        }
        RawHttp.exchange("POST " + SCAN + " HTTP/1.1\r\nHost: localhost\r\nOrigin: " + EVIL + "\r\n\r\n")
                .assertError(403, "CROSS_ORIGIN");
        RawHttp.exchange("POST " + SCAN + " HTTP/1.1\r\nHost: localhost\r\nOrigin: null\r\n\r\n")
                .assertError(403, "CROSS_ORIGIN");
        assertThat(newestScan()).as("the newest scan after the refusals").isEqualTo(newest);
    }

    @Test
    void thePageOfTheServiceItselfScans() {
        String own = "http://localhost:" + RestAssured.port;
        Response response = given().header("Origin", own)
                .contentType(ContentType.JSON)
                .body("{\"symbols\":[\"ETH/USDT\"],\"timeframe\":\"1d\",\"trigger\":\"manual\"}")
                .post(SCAN);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    }

    @Test
    void readsAreOpenToEveryOrigin() {
        assertThat(given().header("Origin", EVIL).get("/api/scanner/results").statusCode())
                .isEqualTo(200);
    }

    /** The id of the newest scan in the history (newest first), or null. */
    private static String newestScan() {
        Scans.awaitIdle();
        return given().get("/api/scanner/scan-status").jsonPath().getString("history[0].scanId");
    }

    private static void assertError(Response response, int status, String code) {
        String body = response.asString();
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.contentType()).as(body).startsWith("application/json");
        assertThat(response.jsonPath().getBoolean("success")).as(body).isFalse();
        assertThat(response.jsonPath().getString("error.code")).as(body).isEqualTo(code);
    }
}
