package io.fastscanner.rules;

import static io.fastscanner.testing.AlertingApi.CHANNELS;
import static io.fastscanner.testing.AlertingApi.RULES;
import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.testing.AlertRulesProfile;
import io.fastscanner.testing.AlertingApi;
import io.fastscanner.testing.LogCapture;
import io.fastscanner.testing.Scans;
import io.fastscanner.testing.WebhookInbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A screen rule notifying a webhook channel, on a receiver in this JVM: scans of the bundled replay raise its alerts,
 * each is delivered once, signed with the channel's secret, and the rule's deliveries say how each went.
 */
@QuarkusTest
@TestProfile(AlertRulesProfile.class)
class WebhookAlertsTest {

    private static final String SECRET = "whsec-4f1d9a7c2b8e6031";
    private static final String BUY = "signal == \\\"BUY\\\"";

    private WebhookInbox inbox;

    @BeforeEach
    void open() throws Exception {
        inbox = new WebhookInbox();
        Scans.awaitIdle();
    }

    @AfterEach
    void close() throws Exception {
        AlertingApi.delete(RULES + "/buys");
        AlertingApi.delete(CHANNELS + "/hook");
        inbox.close();
    }

    @Test
    void aRuleThatEntersSendsOneSignedDeliveryPerSymbolThatStartsMatching() {
        AlertingApi.created(CHANNELS, AlertingApi.webhook("hook", inbox.url("/alerts"), SECRET));
        AlertingApi.created(
                RULES,
                "{\"id\":\"buys\",\"name\":\"Buys\",\"expression\":\"" + BUY
                        + "\",\"trigger\":\"enters\",\"channels\":[\"hook\"]}");

        Set<String> buys = buys(Scans.scan("{}"));
        assertThat(buys).as("the replay has BUY rows").isNotEmpty();
        await("one delivery per BUY symbol")
                .until(() -> inbox.requests("/alerts").size() >= buys.size());
        List<WebhookInbox.Request> first = inbox.requests("/alerts");
        assertThat(first).hasSize(buys.size());
        Set<String> alertIds = new HashSet<>();
        for (WebhookInbox.Request request : first) {
            assertThat(request.signedWith(SECRET))
                    .as("signed with the channel's secret")
                    .isTrue();
            assertThat(request.signedWith("not-the-secret-at-all")).isFalse();
            assertThat(request.json().get("kind").asText()).isEqualTo("screen_match");
            assertThat(request.json().get("test").asBoolean()).isFalse();
            assertThat(request.json().get("deliveryId").asText()).isEqualTo(request.header("X-Delivery-Id"));
            assertThat(request.json().get("text").asText()).contains("matches \"Buys\": signal == \"BUY\"");
            alertIds.add(request.json().get("alertId").asText());
        }
        assertThat(first.stream().map(r -> r.json().get("symbol").asText())).containsExactlyInAnyOrderElementsOf(buys);
        assertThat(alertIds).as("one alert each").hasSize(buys.size());

        JsonPath deliveries = awaitDeliveries(buys.size());
        assertThat(deliveries.getList("deliveries.status", String.class)).containsOnly("sent");
        assertThat(deliveries.getList("deliveries.attempts", Integer.class)).containsOnly(1);
        assertThat(deliveries.getList("deliveries.lastHttpStatus", Integer.class))
                .containsOnly(200);
        assertThat(deliveries.getList("deliveries.channelId", String.class)).containsOnly("hook");
        assertThat(deliveries.getList("deliveries.alertId", String.class))
                .containsExactlyInAnyOrderElementsOf(alertIds);
        assertThat(deliveries.getList("deliveries.createdAt", String.class).stream()
                        .map(Instant::parse)
                        .toList())
                .as("newest first")
                .isSortedAccordingTo((a, b) -> b.compareTo(a));

        List<Map<String, Object>> alerts =
                AlertingApi.get("/api/scanner/alerts?limit=1000").getList("alerts");
        assertThat(alerts.stream().filter(a -> "buys".equals(a.get("rule"))))
                .hasSize(buys.size())
                .allSatisfy(a -> assertThat(a.get("kind")).isEqualTo("screen_match"));

        // an hour later: only the symbols that were not BUY before and are now
        Set<String> buysLater = buys(Scans.scan("{}"));
        Set<String> entering = new HashSet<>(buysLater);
        entering.removeAll(buys);
        awaitDeliveries(buys.size() + entering.size());
        assertThat(inbox.requests("/alerts").stream()
                        .skip(buys.size())
                        .map(r -> r.json().get("symbol").asText()))
                .containsExactlyInAnyOrderElementsOf(entering);
    }

    @Test
    void failedDeliveriesAreRecordedWithTheirReasonAndPauseTheChannelUntilItIsResumed() {
        inbox.answer(500);
        AlertingApi.created(CHANNELS, AlertingApi.webhook("hook", inbox.url("/failing"), SECRET));
        AlertingApi.created(
                RULES,
                "{\"id\":\"buys\",\"name\":\"Buys\",\"expression\":\"" + BUY
                        + "\",\"trigger\":\"every\",\"channels\":[\"hook\"]}");
        try (LogCapture logs = LogCapture.start()) {
            Set<String> buys = buys(Scans.scan("{}"));
            assertThat(buys).hasSizeGreaterThan(AlertRulesProfile.PAUSE_AFTER);
            JsonPath deliveries = awaitDeliveries(buys.size());

            assertThat(deliveries.getList("deliveries.status", String.class)).containsOnly("failed");
            List<Map<String, Object>> all = deliveries.getList("deliveries");
            List<Map<String, Object>> tried =
                    all.stream().filter(d -> (int) d.get("attempts") > 0).toList();
            assertThat(tried)
                    .as("deliveries tried before the channel paused")
                    .hasSize(AlertRulesProfile.PAUSE_AFTER)
                    .allSatisfy(d -> {
                        assertThat(d.get("attempts")).isEqualTo(AlertRulesProfile.MAX_ATTEMPTS);
                        assertThat(d.get("lastHttpStatus")).isEqualTo(500);
                        assertThat((String) d.get("reason")).startsWith("http_500");
                    });
            assertThat(all.stream().filter(d -> (int) d.get("attempts") == 0))
                    .as("the rest, refused by the paused channel")
                    .hasSize(buys.size() - AlertRulesProfile.PAUSE_AFTER)
                    .allSatisfy(d -> assertThat(d.get("reason")).isEqualTo("channel_paused"));
            assertThat(inbox.requests("/failing"))
                    .hasSize(AlertRulesProfile.PAUSE_AFTER * AlertRulesProfile.MAX_ATTEMPTS);

            JsonPath paused = AlertingApi.get(CHANNELS + "/hook");
            assertThat(paused.getBoolean("channel.paused")).isTrue();
            assertThat(paused.getString("channel.pausedReason"))
                    .startsWith(AlertRulesProfile.PAUSE_AFTER + " deliveries failed in a row; last: http_500");
            assertThat(paused.getString("channel.pausedAt")).isNotNull();
            assertThat(paused.getInt("channel.consecutiveFailures"))
                    .isGreaterThanOrEqualTo(AlertRulesProfile.PAUSE_AFTER);

            JsonPath resumed = AlertingApi.post(CHANNELS + "/hook/resume", "")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(resumed.getBoolean("channel.paused")).isFalse();
            assertThat(resumed.getString("channel.pausedReason")).isNull();
            assertThat(resumed.getInt("channel.consecutiveFailures")).isZero();

            assertThat(logs.formattedMessages())
                    .as("failed deliveries are logged")
                    .anyMatch(line -> line.contains("to channel hook") && line.contains("http_500"))
                    .as("without the secret")
                    .noneMatch(line -> line.contains(SECRET));
        }
    }

    private static Set<String> buys(String scanId) {
        JsonPath results = Scans.awaitDeepAnalysis(scanId);
        Set<String> buys = new HashSet<>();
        List<Map<String, Object>> rows = results.getList("signals");
        rows.stream().filter(r -> "BUY".equals(r.get("signal"))).forEach(r -> buys.add((String) r.get("symbol")));
        return buys;
    }

    /** The rule's deliveries once there are {@code count} and each is final. */
    private static JsonPath awaitDeliveries(int count) {
        return await(count + " final deliveries of rule buys")
                .until(
                        () -> AlertingApi.deliveries("buys"),
                        d -> d.getInt("count") == count
                                && !d.getList("deliveries.status").contains("retrying"));
    }
}
