package io.fastscanner.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Alert rules and notification channels through the HTTP API, as a client writes and reads them. */
public final class AlertingApi {

    public static final String RULES = "/api/scanner/alert-rules";
    public static final String CHANNELS = "/api/scanner/channels";

    private AlertingApi() {}

    /** {@code POST} of {@code json} to {@code path}. */
    public static Response post(String path, String json) {
        return given().contentType(ContentType.JSON).body(json).post(path);
    }

    /** {@code PUT} of {@code json} to {@code path}. */
    public static Response put(String path, String json) {
        return given().contentType(ContentType.JSON).body(json).put(path);
    }

    /** Creates a channel or a rule and returns its answer; fails unless the answer is 201. */
    public static JsonPath created(String path, String json) {
        return post(path, json).then().statusCode(201).extract().jsonPath();
    }

    public static JsonPath get(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** Deletes a rule or channel, whether it is there or not. */
    public static void delete(String path) {
        given().delete(path);
    }

    /** {@code GET /api/scanner/alert-rules/{id}/deliveries}. */
    public static JsonPath deliveries(String ruleId) {
        return get(RULES + "/" + ruleId + "/deliveries");
    }

    /** A webhook channel's body. */
    public static String webhook(String id, String url, String secret) {
        return "{\"id\":\"" + id + "\",\"name\":\"Webhook " + id + "\",\"kind\":\"webhook\",\"url\":\"" + url
                + "\",\"secret\":\"" + secret + "\"}";
    }
}
