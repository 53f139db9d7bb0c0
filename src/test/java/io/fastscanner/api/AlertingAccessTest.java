package io.fastscanner.api;

import static io.fastscanner.testing.ProtectedApiProfile.TOKEN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.fastscanner.testing.AlertingApi;
import io.fastscanner.testing.ProtectedApiProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** With an API token set ({@link ProtectedApiProfile}), writing rules and channels needs it. */
@QuarkusTest
@TestProfile(ProtectedApiProfile.class)
class AlertingAccessTest {

    private static final String RULE = "{\"id\":\"guarded\",\"name\":\"Guarded\",\"kind\":\"signal_flip\"}";
    private static final String CHANNEL =
            AlertingApi.webhook("guarded", "https://203.0.113.10/hook", "whsec-c4e8a2f6b0d13579");

    @Test
    void writingRulesAndChannelsNeedsTheToken() {
        unauthorized(json().body(RULE).post(AlertingApi.RULES));
        unauthorized(json().body(CHANNEL).post(AlertingApi.CHANNELS));
        unauthorized(json().body("{\"enabled\":false}").put(AlertingApi.RULES + "/signal-flip"));
        unauthorized(given().delete(AlertingApi.RULES + "/signal-flip"));
        unauthorized(given().post(AlertingApi.CHANNELS + "/guarded/test"));
        unauthorized(given().get(AlertingApi.RULES));

        withToken()
                .contentType(ContentType.JSON)
                .body(RULE)
                .post(AlertingApi.RULES)
                .then()
                .statusCode(201);
        withToken()
                .contentType(ContentType.JSON)
                .body(CHANNEL)
                .post(AlertingApi.CHANNELS)
                .then()
                .statusCode(201);
        withToken().get(AlertingApi.RULES + "/guarded").then().statusCode(200);
        withToken().delete(AlertingApi.RULES + "/guarded").then().statusCode(200);
        withToken().delete(AlertingApi.CHANNELS + "/guarded").then().statusCode(200);
    }

    private static RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    private static RequestSpecification withToken() {
        return given().auth().oauth2(TOKEN);
    }

    private static void unauthorized(io.restassured.response.Response response) {
        response.then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
    }
}
