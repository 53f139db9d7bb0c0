package io.fastscanner.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What the stream's route must keep from the Quarkus REST resource it replaced. */
@QuarkusTest
class EventStreamRouteTest {

    @Test
    void theOpenApiDocumentDescribesTheStreamAndItsParameters() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/scanner/events'.get.summary", startsWith("Stream of scan events"))
                .body(
                        "paths.'/api/scanner/events'.get.parameters.name",
                        containsInAnyOrder(
                                "Last-Event-ID", "lastEventId", "scanId", "symbols", "screenId", "screen", "token"))
                .body("paths.'/api/scanner/events'.get.responses.'200'.content", hasKey("text/event-stream"));
    }

    @Test
    void requestsToTheStreamAreCountedInTheMetrics() {
        given().header("Last-Event-ID", "x")
                .when()
                .get("/api/scanner/events")
                .then()
                .statusCode(400);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString(
                        "http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"400\","
                                + "uri=\"/api/scanner/events\"}"));
    }

    @Test
    void otherMethodsAreNotAllowedWithTheJsonErrorBody() {
        given().contentType("application/json")
                .post("/api/scanner/events")
                .then()
                .statusCode(405)
                .contentType(startsWith("application/json"))
                .body("success", is(false))
                .body("error.code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aClientThatAcceptsNoEventStreamGetsNotAcceptable() {
        given().header("Accept", "application/json")
                .when()
                .get("/api/scanner/events")
                .then()
                .statusCode(406)
                .contentType(startsWith("application/json"))
                .body("error.code", equalTo("NOT_ACCEPTABLE"));
        assertThat(StreamRequest.acceptsEventStream(null)).isTrue();
        assertThat(StreamRequest.acceptsEventStream("text/html, text/*;q=0.8")).isTrue();
        assertThat(StreamRequest.acceptsEventStream("TEXT/EVENT-STREAM")).isTrue();
        assertThat(StreamRequest.acceptsEventStream("*/*")).isTrue();
        assertThat(StreamRequest.acceptsEventStream("text/html, application/xml"))
                .isFalse();
    }

    @Test
    void optionsListsTheAllowedMethods() {
        given().when().options("/api/scanner/events").then().statusCode(200).header("Allow", "HEAD, GET, OPTIONS");
    }

    @Test
    void aSemicolonIsPartOfTheSymbolsValueNotASeparator() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/scanner/events?symbols=BTC-USDT;DROP")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_SYMBOL"));
    }

    @Test
    void aHeadRequestGetsTheStreamsHeadersOnly() {
        given().when()
                .head("/api/scanner/events")
                .then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/event-stream"))
                .header("Cache-Control", "no-cache")
                .header("X-Accel-Buffering", "no");
    }
}
