package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void healthReportsTheMarketDataSource() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'market-data' }.data.source", equalTo("replay"));
    }

    @Test
    void metricsCountScansAndSymbols() {
        given().contentType(ContentType.JSON)
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("scanner_scan_duration_seconds_count"))
                .body(containsString("scanner_symbols_scanned_total{status=\"ok\""));
    }

    @Test
    void openApiDescribesTheScanner() {
        given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(containsString("/api/scanner/quick-scan"));
    }
}
