package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.fastscanner.screens.FieldInfo;
import io.fastscanner.screens.ScreenFields;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScreenCheckEndpointTest {

    private static final String CHECK = "/api/scanner/screen-check";

    @Test
    void theCatalogueListsEveryFieldOnce() {
        JsonPath json = given().get("/api/scanner/screen-fields")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("success", is(true))
                .extract()
                .jsonPath();
        List<Map<String, Object>> fields = json.getList("fields");
        List<FieldInfo> catalogue = ScreenFields.all();
        assertThat(json.getInt("count")).isEqualTo(catalogue.size());
        assertThat(fields)
                .extracting(f -> f.get("name"))
                .containsExactlyElementsOf(
                        catalogue.stream().map(FieldInfo::name).toList());
        assertThat(fields)
                .filteredOn(f -> f.get("name").equals("signal"))
                .singleElement()
                .isEqualTo(Map.of(
                        "name", "signal",
                        "type", "text",
                        "values", List.of("BUY", "SELL", "HOLD"),
                        "source", "row",
                        "description", "The quick signal's verdict"));
        assertThat(fields)
                .extracting(f -> f.get("type"))
                .containsOnly("number", "text", "boolean")
                .contains("boolean");
        assertThat(fields).extracting(f -> f.get("source")).containsOnly("row", "indicators", "deep");
        assertThat(fields)
                .filteredOn(f -> f.get("name").equals("opportunityScore"))
                .singleElement()
                .satisfies(f -> assertThat(f).containsEntry("source", "deep").containsEntry("type", "number"));
    }

    @Test
    void aValidScreenIsAnsweredInItsCanonicalSpelling() {
        check("30>rsi14&&(signal='buy')")
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("success", is(true))
                .body("valid", is(true))
                .body("expression", equalTo("rsi14 < 30 and signal == \"BUY\""))
                .body("fields", contains("rsi14", "signal"))
                .body("usesDeepFields", is(false));
    }

    @Test
    void aScreenOfTheDeepAnalysisIsFlagged() {
        check("opportunityScore >= 70 and regime IN ('Bull') and not stale")
                .statusCode(200)
                .body("expression", equalTo("opportunityScore >= 70 and regime in (\"bull\") and not stale"))
                .body("fields", contains("opportunityScore", "regime", "stale"))
                .body("usesDeepFields", is(true));
    }

    @Test
    void anInvalidScreenSaysWhereAndWhy() {
        check("rsi14 30")
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("success", is(false))
                .body("error.code", equalTo("INVALID_SCREEN"))
                .body(
                        "error.message",
                        equalTo("expected a comparison operator (==, !=, <, <=, >, >=) at position 6, found \"30\""))
                .body("error.position", is(6))
                .body("error.details", nullValue());
        check("signal == \"BYU\"")
                .statusCode(400)
                .body("error.position", is(10))
                .body("error.message", containsString("did you mean \"BUY\"?"));
        check("RSI14 < 30").statusCode(400).body("error.message", containsString("did you mean rsi14?"));
    }

    @Test
    void anEmptyOrMissingExpressionIsAnInvalidScreenAtPositionZero() {
        for (String body : List.of("{\"expression\":\"\"}", "{}", "")) {
            given().contentType("application/json")
                    .body(body)
                    .post(CHECK)
                    .then()
                    .statusCode(400)
                    .body("error.code", equalTo("INVALID_SCREEN"))
                    .body("error.position", is(0));
        }
    }

    @Test
    void aBodyOfTheWrongShapeIsRefusedLikeAnyOther() {
        given().contentType("application/json")
                .body("{\"expression\": 1}")
                .post(CHECK)
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_FIELD_TYPE"))
                .body("error.position", nullValue());
        given().contentType("application/json")
                .body("{\"expression\": ")
                .post(CHECK)
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_JSON"));
        given().contentType("text/plain")
                .body("rsi14 < 30")
                .post(CHECK)
                .then()
                .statusCode(415)
                .body("error.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void otherErrorsCarryNoPosition() {
        given().get("/api/scanner/alerts?limit=0")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_LIMIT"))
                .body("error", not(hasKey("position")));
    }

    private static ValidatableResponse check(String expression) {
        return given().contentType("application/json")
                .body(Map.of("expression", expression))
                .post(CHECK)
                .then();
    }
}
