package io.fastscanner.api;

import static io.fastscanner.testing.ProtectedApiProfile.ALLOWED_ORIGIN;
import static io.fastscanner.testing.ProtectedApiProfile.TOKEN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.testing.ProtectedApiProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A service with a token, reads protected and CORS enabled for one origin ({@link ProtectedApiProfile}). */
@QuarkusTest
@TestProfile(ProtectedApiProfile.class)
class ProtectedApiTest {

    private static final String SCAN = "/api/scanner/quick-scan";
    private static final String BODY = "{\"symbols\":[\"BTC/USDT\"],\"timeframe\":\"1d\"}";

    @Test
    void aScanNeedsTheToken() {
        Response none = given().contentType(ContentType.JSON).body(BODY).post(SCAN);
        assertError(none, 401, "UNAUTHORIZED");
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"fast-scanner\"");

        Response wrong = given().auth()
                .oauth2("not-the-token")
                .contentType(ContentType.JSON)
                .body(BODY)
                .post(SCAN);
        assertError(wrong, 401, "UNAUTHORIZED");
        assertThat(wrong.header("WWW-Authenticate")).contains("error=\"invalid_token\"");

        Response right = withToken().contentType(ContentType.JSON).body(BODY).post(SCAN);
        assertThat(right.statusCode()).as(right.asString()).isEqualTo(200);
        assertThat(withToken().contentType(ContentType.JSON).post(SCAN).statusCode())
                .as("no body")
                .isEqualTo(200);
    }

    @Test
    void readsNeedTheTokenToo() {
        for (String read : List.of(
                "/api/scanner/results",
                "/api/scanner/scan-status",
                "/api/scanner/alerts",
                "/api/scanner/screens",
                "/api/scanner/symbol/BTC-USDT?timeframe=1d",
                "/api/scanner/symbol/BTC-USDT/candles?timeframe=1d&limit=10")) {
            assertError(given().get(read), 401, "UNAUTHORIZED");
            assertError(given().queryParam("token", TOKEN).get(read), 401, "UNAUTHORIZED");
            assertThat(withToken().get(read).statusCode()).as(read).isEqualTo(200);
        }
    }

    @Test
    void savingChangingAndDeletingAScreenNeedTheToken() {
        String screen = "{\"name\":\"Buys\",\"expression\":\"signal == 'BUY'\"}";
        String screens = "/api/scanner/screens";
        assertError(given().contentType(ContentType.JSON).body(screen).post(screens), 401, "UNAUTHORIZED");

        Response created =
                withToken().contentType(ContentType.JSON).body(screen).post(screens);
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String one = screens + "/" + created.jsonPath().getString("id");

        assertError(given().contentType(ContentType.JSON).body(screen).put(one), 401, "UNAUTHORIZED");
        assertError(given().delete(one), 401, "UNAUTHORIZED");
        assertThat(withToken()
                        .contentType(ContentType.JSON)
                        .body(screen)
                        .put(one)
                        .statusCode())
                .isEqualTo(200);
        assertThat(withToken().delete(one).statusCode()).isEqualTo(204);
    }

    @Test
    void thePageHealthMetricsAndTheApiDocumentStayOpen() {
        for (String open : List.of("/", "/app.js", "/q/health/ready", "/q/metrics", "/q/openapi")) {
            assertThat(given().get(open).statusCode()).as(open).isEqualTo(200);
        }
    }

    @Test
    void theAllowedOriginMayCallAndAnotherMayNot() {
        Response allowed = withToken()
                .header("Origin", ALLOWED_ORIGIN)
                .contentType(ContentType.JSON)
                .body(BODY)
                .post(SCAN);
        assertThat(allowed.statusCode()).as(allowed.asString()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED_ORIGIN);

        assertError(
                withToken()
                        .header("Origin", "http://evil.example")
                        .contentType(ContentType.JSON)
                        .body(BODY)
                        .post(SCAN),
                403,
                "CROSS_ORIGIN");
        // with CORS enabled a foreign page may not even read; the refusal is JSON, not Quarkus's empty 403
        assertError(
                withToken().header("Origin", "http://evil.example").get("/api/scanner/results"), 403, "CROSS_ORIGIN");
    }

    @Test
    void theDocumentListsTheTokenAnswerForEveryOperation() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(given().get("/q/openapi?format=json").asString());
        List<String> missing = new ArrayList<>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    JsonNode answer = operation.getValue().path("responses").path("401");
                    String ref = answer.path("$ref").asText("");
                    JsonNode resolved = ref.startsWith("#/") ? document.at(ref.substring(1)) : answer;
                    if (!resolved.path("description").asText().contains("UNAUTHORIZED")) {
                        missing.add(operation.getKey() + " " + path.getKey());
                    }
                }));
        assertThat(missing).as("operations without a 401 UNAUTHORIZED answer").isEmpty();
    }

    private static RequestSpecification withToken() {
        return given().auth().oauth2(TOKEN);
    }

    private static void assertError(Response response, int status, String code) {
        String body = response.asString();
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.contentType()).as(body).startsWith("application/json");
        assertThat(response.jsonPath().getBoolean("success")).as(body).isFalse();
        assertThat(response.jsonPath().getString("error.code")).as(body).isEqualTo(code);
    }
}
