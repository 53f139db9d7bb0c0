package io.fastscanner.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** Saved screens through the HTTP API, as a client saves and removes them. */
public final class Screens {

    public static final String PATH = "/api/scanner/screens";

    private Screens() {}

    /** {@code POST /api/scanner/screens} with this name and expression, whatever the answer. */
    public static Response post(String name, String expression) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "expression", expression))
                .post(PATH);
    }

    /** Saves a screen and returns its id. */
    public static String save(String name, String expression) {
        return post(name, expression).then().statusCode(201).extract().path("id");
    }

    /** Deletes every saved screen, so the next test starts with none. */
    public static void deleteAll() {
        List<String> ids = given().get(PATH).then().statusCode(200).extract().path("screens.id");
        ids.forEach(id -> given().delete(PATH + "/" + id).then().statusCode(204));
    }
}
