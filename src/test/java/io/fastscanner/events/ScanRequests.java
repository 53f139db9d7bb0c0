package io.fastscanner.events;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.stream.Collectors;

/** Starts scans through the API, as a client would. */
final class ScanRequests {

    static final List<String> THREE = List.of("BTC/USDT", "ETH/USDT", "SOL/USDT");

    private ScanRequests() {}

    /** Scans {@code symbols} and returns the scan's id; its deep analysis goes on in the background. */
    static String scan(List<String> symbols) {
        String body =
                symbols.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(",", "{\"symbols\":[", "]}"));
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200)
                .extract()
                .path("scanId");
    }

    /** Scans every symbol of the source. */
    static String scanAll() {
        return given().when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200)
                .extract()
                .path("scanId");
    }
}
