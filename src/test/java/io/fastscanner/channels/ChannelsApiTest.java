package io.fastscanner.channels;

import static io.fastscanner.testing.AlertingApi.CHANNELS;
import static io.fastscanner.testing.AlertingApi.RULES;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.fastscanner.testing.AlertRulesProfile;
import io.fastscanner.testing.AlertingApi;
import io.fastscanner.testing.LogCapture;
import io.fastscanner.testing.WebhookInbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notification channels through the API: secrets and bot tokens are written, used and never shown (not in answers,
 * not in the log); a channel can be tested, paused and resumed; mistakes are refused with their code.
 */
@QuarkusTest
@TestProfile(AlertRulesProfile.class)
class ChannelsApiTest {

    private static final String SECRET = "whsec-9c1e4b7a20d35f86";
    private static final String NEW_SECRET = "whsec-new-7d2a5c9e1b4f";
    private static final String BOT_TOKEN = "123456789:AAHk3Zt9xQw8Lm2Pp5Rr7Ss1Tt4Uu6Vv0Ww";
    private static final String DISCORD_TOKEN = "dIsCoRdToKeN_0123456789abcdefABCDEF";

    private WebhookInbox inbox;

    @BeforeEach
    void open() throws Exception {
        inbox = new WebhookInbox();
    }

    @AfterEach
    void close() throws Exception {
        AlertingApi.delete(RULES + "/uses-hook");
        for (String id : List.of("hook", "bot", "disc")) {
            AlertingApi.delete(CHANNELS + "/" + id);
        }
        inbox.close();
    }

    @Test
    void secretsAreWriteOnlyAndAChangeWithoutOneKeepsIt() {
        try (LogCapture logs = LogCapture.start()) {
            Response created = AlertingApi.post(CHANNELS, AlertingApi.webhook("hook", inbox.url("/hook"), SECRET));
            assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
            Map<String, Object> hook = created.jsonPath().getMap("channel");
            assertThat(hook)
                    .containsEntry("id", "hook")
                    .containsEntry("kind", "webhook")
                    .containsEntry("url", inbox.url("/hook"))
                    .containsEntry("secretSet", true)
                    .containsEntry("paused", false)
                    .containsEntry("consecutiveFailures", 0)
                    .containsEntry("queued", 0)
                    .containsEntry("template", "{{symbol}} on {{exchange}} {{timeframe}}: {{message}}")
                    .doesNotContainKey("secret");
            assertThat(created.asString()).doesNotContain(SECRET);

            JsonPath renamed = AlertingApi.put(CHANNELS + "/hook", "{\"name\":\"Renamed\"}")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(renamed.getString("channel.name")).isEqualTo("Renamed");
            assertThat(renamed.getBoolean("channel.secretSet")).isTrue();
            assertThat(testSend("hook").getString("delivery.status")).isEqualTo("sent");
            WebhookInbox.Request test = inbox.requests("/hook").get(0);
            assertThat(test.signedWith(SECRET))
                    .as("signed with the secret kept")
                    .isTrue();
            assertThat(test.json().get("test").asBoolean()).isTrue();

            AlertingApi.put(CHANNELS + "/hook", "{\"secret\":\"" + NEW_SECRET + "\"}")
                    .then()
                    .statusCode(200);
            testSend("hook");
            assertThat(inbox.requests("/hook").get(1).signedWith(NEW_SECRET)).isTrue();

            Response bot = AlertingApi.post(
                    CHANNELS,
                    "{\"id\":\"bot\",\"name\":\"Bot\",\"kind\":\"telegram\",\"botToken\":\"" + BOT_TOKEN
                            + "\",\"chatId\":\"-1001234567890\",\"baseUrl\":\"" + inbox.url("") + "\"}");
            assertThat(bot.statusCode()).as(bot.asString()).isEqualTo(201);
            assertThat(bot.jsonPath().getBoolean("channel.botTokenSet")).isTrue();
            assertThat(bot.jsonPath().getString("channel.target"))
                    .isEqualTo("telegram " + inbox.url("") + "/bot***/sendMessage chat -1001234567890");
            inbox.answer(401);
            JsonPath botTest = testSend("bot");
            assertThat(botTest.getString("delivery.status")).isEqualTo("failed");
            assertThat(botTest.getString("delivery.reason")).startsWith("http_401");
            assertThat(inbox.requests("/bot" + BOT_TOKEN + "/sendMessage")).hasSize(1);

            Response disc = AlertingApi.post(
                    CHANNELS,
                    "{\"id\":\"disc\",\"name\":\"Disc\",\"kind\":\"discord\",\"webhookUrl\":" + "\""
                            + inbox.url("/api/webhooks/123456/" + DISCORD_TOKEN) + "\"}");
            assertThat(disc.statusCode()).as(disc.asString()).isEqualTo(201);
            assertThat(disc.jsonPath().getString("channel.webhookUrl"))
                    .isEqualTo(inbox.url("/api/webhooks/123456/***"));

            String everything = given().get(CHANNELS).asString()
                    + given().get(CHANNELS + "/hook").asString()
                    + given().get(CHANNELS + "/bot").asString()
                    + given().get(CHANNELS + "/disc").asString()
                    + botTest.prettify();
            assertThat(everything).contains("\"hook\"", "\"bot\"", "\"disc\"");
            for (String secret : List.of(SECRET, NEW_SECRET, BOT_TOKEN, DISCORD_TOKEN)) {
                assertThat(everything).doesNotContain(secret);
                assertThat(logs.formattedMessages()).noneMatch(line -> line.contains(secret));
            }
            assertThat(logs.formattedMessages())
                    .as("the failed test send is logged")
                    .isNotEmpty();
        }
    }

    @Test
    void aChannelCanBePausedAndResumedByHand() {
        AlertingApi.created(CHANNELS, AlertingApi.webhook("hook", inbox.url("/hook"), SECRET));
        JsonPath paused = AlertingApi.put(CHANNELS + "/hook", "{\"paused\":true}")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(paused.getBoolean("channel.paused")).isTrue();
        assertThat(paused.getString("channel.pausedReason")).isEqualTo("paused through the API");
        assertThat(AlertingApi.get(CHANNELS + "/hook").getBoolean("channel.paused"))
                .isTrue();
        assertThat(testSend("hook").getString("delivery.status"))
                .as("a test goes out while paused")
                .isEqualTo("sent");

        assertThat(AlertingApi.put(CHANNELS + "/hook", "{\"paused\":false}")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getBoolean("channel.paused"))
                .isFalse();
    }

    @Test
    void mistakesAreRefusedWithTheirCode() {
        assertRefused(AlertingApi.post(CHANNELS, "{\"name\":\"x\",\"kind\":\"pager\"}"), 400, "INVALID_CHANNEL");
        assertRefused(
                        AlertingApi.post(
                                CHANNELS, "{\"name\":\"x\",\"kind\":\"webhook\",\"secret\":\"" + SECRET + "\"}"),
                        400,
                        "INVALID_CHANNEL")
                .body("error.message", equalTo("url is required"));
        Response shortSecret = AlertingApi.post(
                CHANNELS,
                "{\"name\":\"x\",\"kind\":\"webhook\",\"url\":\"" + inbox.url("/h") + "\",\"secret\":\"short\"}");
        assertRefused(shortSecret, 400, "INVALID_CHANNEL")
                .body("error.message", equalTo("secret must be at least 16 characters long"));
        assertThat(shortSecret.asString()).doesNotContain("short\"");
        assertRefused(
                        AlertingApi.post(
                                CHANNELS,
                                "{\"name\":\"x\",\"kind\":\"webhook\",\"url\":\"" + inbox.url("/h") + "\",\"secret\":\""
                                        + SECRET + "\",\"template\":\"{{pricee}}\"}"),
                        400,
                        "INVALID_CHANNEL")
                .body("error.message", org.hamcrest.Matchers.startsWith("unknown placeholder {{pricee}} in template"));
        assertRefused(
                AlertingApi.post(
                        CHANNELS,
                        "{\"name\":\"x\",\"kind\":\"webhook\",\"url\":\"ftp://example.com/h\"," + "\"secret\":\""
                                + SECRET + "\"}"),
                400,
                "INVALID_CHANNEL");
        assertRefused(
                AlertingApi.post(
                        CHANNELS, "{\"name\":\"x\",\"kind\":\"telegram\",\"botToken\":\"nope\",\"chatId\":\"1\"}"),
                400,
                "INVALID_CHANNEL");

        AlertingApi.created(CHANNELS, AlertingApi.webhook("hook", inbox.url("/hook"), SECRET));
        assertRefused(
                AlertingApi.post(CHANNELS, AlertingApi.webhook("hook", inbox.url("/hook"), SECRET)),
                409,
                "CHANNEL_EXISTS");
        AlertingApi.created(
                RULES, "{\"id\":\"uses-hook\",\"name\":\"x\",\"kind\":\"signal_flip\",\"channels\":[\"hook\"]}");
        assertRefused(given().delete(CHANNELS + "/hook"), 409, "CHANNEL_IN_USE")
                .body(
                        "error.message",
                        equalTo("Channel hook is used by the rules uses-hook; remove it from them first"));
        AlertingApi.delete(RULES + "/uses-hook");
        given().delete(CHANNELS + "/hook").then().statusCode(200).body("deleted", equalTo("hook"));

        assertRefused(given().get(CHANNELS + "/hook"), 404, "CHANNEL_NOT_FOUND");
        assertRefused(AlertingApi.put(CHANNELS + "/hook", "{\"name\":\"x\"}"), 404, "CHANNEL_NOT_FOUND");
        assertRefused(AlertingApi.post(CHANNELS + "/hook/test", ""), 404, "CHANNEL_NOT_FOUND");
        assertRefused(AlertingApi.post(CHANNELS + "/hook/resume", ""), 404, "CHANNEL_NOT_FOUND");
        assertRefused(given().delete(CHANNELS + "/hook"), 404, "CHANNEL_NOT_FOUND");
    }

    private static JsonPath testSend(String id) {
        return AlertingApi.post(CHANNELS + "/" + id + "/test", "")
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .extract()
                .jsonPath();
    }

    private static io.restassured.response.ValidatableResponse assertRefused(
            Response response, int status, String code) {
        return response.then()
                .statusCode(status)
                .body("success", equalTo(false))
                .body("error.code", equalTo(code));
    }
}
