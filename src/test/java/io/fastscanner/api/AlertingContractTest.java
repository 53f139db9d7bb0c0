package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.testing.AlertingApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The answers of the alert-rule and channel operations, successful and not, valid against the OpenAPI document the
 * service publishes (every object schema closed), and each error's code listed for its status.
 */
@QuarkusTest
class AlertingContractTest {

    private static final String RULES = AlertingApi.RULES;
    private static final String RULE = RULES + "/{id}";
    private static final String CHANNELS = AlertingApi.CHANNELS;
    private static final String CHANNEL = CHANNELS + "/{id}";
    private static final String HOOK =
            AlertingApi.webhook("contract-hook", "https://203.0.113.10/hook", "whsec-0f9e8d7c6b5a4321");
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void cleanUp() {
        AlertingApi.delete(RULES + "/contract");
        AlertingApi.delete(CHANNELS + "/contract-hook");
    }

    @Test
    void answersMatchTheDocument() throws Exception {
        JsonNode document = JSON.readTree(given().get("/q/openapi?format=json").asString());
        check(
                document,
                "post",
                CHANNELS,
                201,
                s -> s.contentType(ContentType.JSON).body(HOOK).post(CHANNELS));
        check(
                document,
                "post",
                RULES,
                201,
                s -> s.contentType(ContentType.JSON)
                        .body("{\"id\":\"contract\",\"name\":\"Contract\",\"expression\":\"opportunityScore >= 70\","
                                + "\"channels\":[\"contract-hook\"],\"timeframe\":\"4h\"}")
                        .post(RULES));
        check(document, "get", RULES, 200, s -> s.get(RULES));
        check(document, "get", RULE, 200, s -> s.get(RULES + "/contract"));
        check(
                document,
                "put",
                RULE,
                200,
                s -> s.contentType(ContentType.JSON).body("{\"enabled\":false}").put(RULES + "/contract"));
        check(document, "get", RULE + "/deliveries", 200, s -> s.get(RULES + "/contract/deliveries?limit=5"));
        check(document, "get", CHANNELS, 200, s -> s.get(CHANNELS));
        check(document, "get", CHANNEL, 200, s -> s.get(CHANNELS + "/contract-hook"));
        check(
                document,
                "put",
                CHANNEL,
                200,
                s -> s.contentType(ContentType.JSON).body("{\"paused\":true}").put(CHANNELS + "/contract-hook"));
        check(
                document,
                "post",
                CHANNEL + "/resume",
                200,
                s -> s.contentType(ContentType.JSON).post(CHANNELS + "/contract-hook/resume"));

        check(
                document,
                "post",
                RULES,
                400,
                s -> s.contentType(ContentType.JSON)
                        .body("{\"name\":\"x\",\"expression\":\"rsi14 <\"}")
                        .post(RULES));
        check(
                document,
                "post",
                RULES,
                400,
                s -> s.contentType(ContentType.JSON)
                        .body("{\"name\":\"x\",\"kind\":\"price_move\",\"channels\":[\"none\"]}")
                        .post(RULES));
        check(
                document,
                "post",
                RULES,
                409,
                s -> s.contentType(ContentType.JSON)
                        .body("{\"id\":\"contract\",\"name\":\"x\",\"kind\":\"price_move\"}")
                        .post(RULES));
        check(
                document,
                "put",
                RULE,
                404,
                s -> s.contentType(ContentType.JSON).body("{}").put(RULES + "/none"));
        check(document, "get", RULE + "/deliveries", 400, s -> s.get(RULES + "/contract/deliveries?limit=x"));
        check(
                document,
                "post",
                CHANNELS,
                400,
                s -> s.contentType(ContentType.JSON)
                        .body(AlertingApi.webhook("x", "http://10.0.0.1/hook", "whsec-0f9e8d7c6b5a4321"))
                        .post(CHANNELS));
        check(document, "delete", CHANNEL, 409, s -> s.delete(CHANNELS + "/contract-hook"));
        check(
                document,
                "post",
                CHANNEL + "/test",
                404,
                s -> s.contentType(ContentType.JSON).post(CHANNELS + "/none/test"));
        check(document, "delete", RULE, 200, s -> s.delete(RULES + "/contract"));
        check(document, "delete", CHANNEL, 200, s -> s.delete(CHANNELS + "/contract-hook"));
        check(document, "delete", CHANNEL, 404, s -> s.delete(CHANNELS + "/contract-hook"));
    }

    private static void check(
            JsonNode document,
            String method,
            String template,
            int status,
            Function<RequestSpecification, Response> request)
            throws Exception {
        Response response = request.apply(given());
        String what = method + " " + template + " " + status;
        assertThat(response.statusCode()).as(what + ": " + response.asString()).isEqualTo(status);
        JsonNode operation = document.path("paths").path(template).path(method);
        assertThat(operation.isMissingNode()).as(what + " is in the document").isFalse();
        JsonNode answer =
                DocumentSchemas.resolve(document, operation.path("responses").path(String.valueOf(status)));
        assertThat(answer.isMissingNode())
                .as(what + ": the status is in the document")
                .isFalse();
        String ref = answer.at("/content/application~1json/schema/$ref").asText();
        JsonNode body = JSON.readTree(response.asString());
        assertThat(DocumentSchemas.closed(document, ref).validate(body))
                .as(what + " against " + ref + ": " + body)
                .isEmpty();
        if (status >= 400) {
            assertThat(answer.path("description").asText())
                    .as(what + " lists its code")
                    .contains(body.at("/error/code").asText());
        }
    }
}
