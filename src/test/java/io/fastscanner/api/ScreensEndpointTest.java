package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.fastscanner.testing.Screens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/scanner/screens}: saving, listing, reading, replacing and deleting screens, and every refusal. */
@QuarkusTest
class ScreensEndpointTest {

    private static final String PATH = Screens.PATH;

    @BeforeEach
    @AfterEach
    void noScreens() {
        Screens.deleteAll();
    }

    @Test
    void aSavedScreenIsAnsweredInItsCanonicalTextWithWhereToFindIt() {
        Response created = Screens.post("  Oversold buys ", "30>rsi14&&(signal='buy')");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        JsonPath screen = created.jsonPath();
        String id = screen.getString("id");
        assertThat(id).matches("scr-[0-9a-f]{12}");
        assertThat(created.header("Location")).endsWith(PATH + "/" + id);
        assertThat(screen.getBoolean("success")).isTrue();
        assertThat(screen.getString("name")).isEqualTo("Oversold buys");
        assertThat(screen.getString("expression")).isEqualTo("rsi14 < 30 and signal == \"BUY\"");
        assertThat(screen.getList("fields", String.class)).containsExactly("rsi14", "signal");
        assertThat(screen.getBoolean("usesDeepFields")).isFalse();
        assertThat(screen.getString("updatedAt")).isEqualTo(screen.getString("createdAt"));

        JsonPath read = given().get(created.header("Location"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(read.getMap("")).isEqualTo(screen.getMap(""));
    }

    @Test
    void theListHasEveryScreenOldestFirstAndTheLimit() {
        String first = Screens.save("First", "signal == \"BUY\"");
        String second = Screens.save("Second", "opportunityScore >= 70 and riskReward >= 2");

        given().get(PATH)
                .then()
                .statusCode(200)
                .body("success", is(true))
                .body("count", equalTo(2))
                .body("max", equalTo(100))
                .body("screens.id", equalTo(List.of(first, second)))
                .body("screens.name", equalTo(List.of("First", "Second")))
                .body("screens[1].usesDeepFields", is(true))
                .body("screens[1].fields", equalTo(List.of("opportunityScore", "riskReward")));
    }

    @Test
    void replacingKeepsTheIdAndCreationTimeAndDeletingRemovesIt() {
        JsonPath created = Screens.post("Buys", "signal == 'BUY'").jsonPath();
        String one = PATH + "/" + created.getString("id");

        JsonPath replaced = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Sells", "expression", "signal in ('SELL') and not stale"))
                .put(one)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(replaced.getString("id")).isEqualTo(created.getString("id"));
        assertThat(replaced.getString("name")).isEqualTo("Sells");
        assertThat(replaced.getString("expression")).isEqualTo("signal in (\"SELL\") and not stale");
        assertThat(replaced.getString("createdAt")).isEqualTo(created.getString("createdAt"));
        assertThat(Instant.parse(replaced.getString("updatedAt")))
                .isAfterOrEqualTo(Instant.parse(created.getString("createdAt")));
        assertThat(given().get(one).jsonPath().getString("name")).isEqualTo("Sells");

        given().delete(one).then().statusCode(204);
        assertError(given().get(one), 404, "SCREEN_NOT_FOUND");
        assertError(given().delete(one), 404, "SCREEN_NOT_FOUND");
        given().get(PATH).then().body("count", equalTo(0));
    }

    @Test
    void anExpressionThatDoesNotParseIsRefusedWithWhereAndWhat() {
        Response missingOperator = Screens.post("x", "rsi14 30");
        assertError(missingOperator, 400, "INVALID_SCREEN");
        assertThat(missingOperator.jsonPath().getInt("error.position")).isEqualTo(6);
        assertThat(missingOperator.jsonPath().getString("error.message"))
                .isEqualTo("Invalid screen: expected a comparison operator (==, !=, <, <=, >, >=) at position 6,"
                        + " found \"30\"");

        Response unknownField = Screens.post("x", "rsi15 < 30");
        assertError(unknownField, 400, "INVALID_SCREEN");
        assertThat(unknownField.jsonPath().getInt("error.position")).isZero();
        assertThat(unknownField.jsonPath().getString("error.message")).contains("did you mean rsi14?");

        Response unclosed = Screens.post("x", "(rsi14 < 30");
        assertThat(unclosed.jsonPath().getInt("error.position")).isEqualTo(11);
        assertThat(unclosed.jsonPath().getString("error.message")).contains("expected \")\" at position 11");

        Response none =
                given().contentType(ContentType.JSON).body("{\"name\":\"x\"}").post(PATH);
        assertError(none, 400, "INVALID_SCREEN");
        assertThat(none.jsonPath().getString("error.message")).startsWith("expression is required");
        assertThat(none.jsonPath().getMap("error")).doesNotContainKey("position");
        given().get(PATH).then().body("count", equalTo(0));
    }

    @Test
    void aNameIsRequiredAndAtMostAHundredCharacters() {
        assertError(
                given().contentType(ContentType.JSON)
                        .body("{\"expression\":\"rsi14 < 30\"}")
                        .post(PATH),
                400,
                "INVALID_NAME");
        assertError(Screens.post("   ", "rsi14 < 30"), 400, "INVALID_NAME");
        Response tooLong = Screens.post("n".repeat(101), "rsi14 < 30");
        assertError(tooLong, 400, "INVALID_NAME");
        assertThat(tooLong.jsonPath().getString("error.message"))
                .isEqualTo("name must be at most 100 characters, got 101");
        assertThat(Screens.post("n".repeat(100), "rsi14 < 30").statusCode()).isEqualTo(201);
        assertError(Screens.post("a\nb", "rsi14 < 30"), 400, "INVALID_NAME");
    }

    @Test
    void aBodyOfTheWrongShapeIsRefusedLikeEveryOtherBody() {
        assertError(given().contentType(ContentType.JSON).post(PATH), 400, "INVALID_FIELD_TYPE");
        assertError(
                given().contentType(ContentType.JSON)
                        .body("{\"name\": 5, \"expression\": \"rsi14 < 30\"}")
                        .post(PATH),
                400,
                "INVALID_FIELD_TYPE");
        assertError(given().contentType(ContentType.JSON).body("{\"name\": ").post(PATH), 400, "INVALID_JSON");
        assertError(given().contentType("text/plain").body("x").post(PATH), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anUnknownIdIsNotFoundWhateverTheMethod() {
        String unknown = PATH + "/scr-000000000000";
        assertError(given().get(unknown), 404, "SCREEN_NOT_FOUND");
        assertError(given().delete(unknown), 404, "SCREEN_NOT_FOUND");
        Response put = given().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "expression", "rsi14 < 30"))
                .put(unknown);
        assertError(put, 404, "SCREEN_NOT_FOUND");
        assertThat(put.jsonPath().getString("error.message"))
                .isEqualTo("No saved screen has the id 'scr-000000000000'");
    }

    @Test
    void aHundredScreensCanBeSavedAndNotOneMore() {
        for (int i = 0; i < 100; i++) {
            Screens.save("Screen " + i, "strength >= " + i);
        }
        Response oneMore = Screens.post("One more", "strength >= 100");

        assertError(oneMore, 409, "TOO_MANY_SCREENS");
        assertThat(oneMore.jsonPath().getString("error.message"))
                .isEqualTo("At most 100 screens can be saved; delete one first");
        given().get(PATH).then().body("count", equalTo(100));
        String any = given().get(PATH).jsonPath().getString("screens[0].id");
        given().delete(PATH + "/" + any).then().statusCode(204);
        assertThat(Screens.post("One more", "strength >= 100").statusCode()).isEqualTo(201);
    }

    private static void assertError(Response response, int status, String code) {
        String body = response.asString();
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.contentType()).as(body).startsWith("application/json");
        assertThat(response.jsonPath().getBoolean("success")).as(body).isFalse();
        assertThat(response.jsonPath().getString("error.code")).as(body).isEqualTo(code);
    }
}
