package io.fastscanner.process;

import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.testing.WebhookInbox;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged service on one Redis (keys under a prefix of this run, deleted afterwards) and a webhook
 * receiver in this JVM: a rule and a channel written through replica A reach replica B, a scan on B raises the rule's
 * alerts there, and each alert reaches the receiver exactly once, whichever replica it is looked at from.
 */
class AlertDeliveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "whsec-it-5b2e9f7a1c3d8406";

    private final PrefixKeys keys = PrefixKeys.fresh();
    private final List<ServiceProcess> replicas = new ArrayList<>();
    private WebhookInbox inbox;

    @AfterEach
    void stopAndDeleteKeys() throws Exception {
        replicas.forEach(ServiceProcess::close);
        keys.deleteAll();
        if (inbox != null) {
            inbox.close();
        }
    }

    private ServiceProcess replica(String name) throws Exception {
        ServiceProcess replica = ServiceProcess.start(
                name,
                List.of(
                        "-Dscanner.store=redis",
                        "-Dscanner.redis.prefix=" + keys.prefix(),
                        "-Dquarkus.redis.hosts=redis://127.0.0.1:6379",
                        "-Dquarkus.shutdown.delay=0s",
                        "-Dscanner.notify.allow-private-targets=true",
                        "-Dscanner.rules.sync-interval=300ms"));
        replicas.add(replica);
        return replica;
    }

    @Test
    void eachAlertIsDeliveredOnceByTheReplicaThatRaisedIt() throws Exception {
        inbox = new WebhookInbox();
        ServiceProcess a = replica("deliveries-a");
        ServiceProcess b = replica("deliveries-b");

        send(
                a,
                "POST",
                "/api/scanner/channels",
                "{\"id\":\"it-hook\",\"name\":\"IT hook\",\"kind\":\"webhook\"," + "\"url\":\"" + inbox.url("/it")
                        + "\",\"secret\":\"" + SECRET + "\"}",
                201);
        send(
                a,
                "POST",
                "/api/scanner/alert-rules",
                "{\"id\":\"it-buys\",\"name\":\"Buys\","
                        + "\"expression\":\"signal == \\\"BUY\\\"\",\"trigger\":\"enters\",\"channels\":[\"it-hook\"]}",
                201);
        await("B holds the rule and the channel written on A")
                .until(() -> ids(get(b, "/api/scanner/alert-rules"), "rules").contains("it-buys")
                        && ids(get(b, "/api/scanner/channels"), "channels").contains("it-hook"));
        assertThat(get(b, "/api/scanner/channels/it-hook").toString()).doesNotContain(SECRET);

        HttpResponse<String> scan = b.quickScan("").get(1, TimeUnit.MINUTES);
        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(200);
        Set<String> buys = new HashSet<>();
        JSON.readTree(scan.body()).get("signals").forEach(row -> {
            if (row.get("signal").asText().equals("BUY")) {
                buys.add(row.get("symbol").asText());
            }
        });
        assertThat(buys).isNotEmpty();

        await("a delivery per BUY symbol").until(() -> inbox.requests("/it").size() >= buys.size());
        // what a second replica or a repeat would have sent arrives within this, if at all
        Thread.sleep(2000);
        List<WebhookInbox.Request> received = inbox.requests("/it");
        Map<String, Long> perAlert = received.stream()
                .collect(Collectors.groupingBy(r -> r.json().get("alertId").asText(), Collectors.counting()));
        assertThat(perAlert.values()).as("each alert once").containsOnly(1L);
        assertThat(received)
                .hasSize(buys.size())
                .allSatisfy(r -> assertThat(r.signedWith(SECRET)).isTrue());
        assertThat(received.stream().map(r -> r.json().get("symbol").asText()))
                .containsExactlyInAnyOrderElementsOf(buys);
        assertThat(keys.count("delivery:it-buys:*")).as("one claim per alert").isEqualTo(buys.size());

        for (ServiceProcess replica : List.of(a, b)) {
            await("the deliveries, sent, listed on every replica").until(() -> {
                JsonNode deliveries = get(replica, "/api/scanner/alert-rules/it-buys/deliveries");
                List<String> statuses = new ArrayList<>();
                deliveries
                        .get("deliveries")
                        .forEach(d -> statuses.add(d.get("status").asText()));
                return statuses.size() == buys.size() && statuses.stream().allMatch("sent"::equals);
            });
        }
        assertThat(get(a, "/api/scanner/alerts").get("alerts").findValuesAsText("rule"))
                .contains("it-buys");

        // a pause written on B holds on A too; a replica that starts later serves what is stored, the default rules
        // written once
        send(b, "PUT", "/api/scanner/channels/it-hook", "{\"paused\":true}", 200);
        await("A holds the pause written on B")
                .until(() -> get(a, "/api/scanner/channels/it-hook")
                        .at("/channel/paused")
                        .asBoolean());
        ServiceProcess later = replica("deliveries-later");
        await("the later replica holds the stored rules")
                .until(() ->
                        ids(get(later, "/api/scanner/alert-rules"), "rules").size() == 6);
        assertThat(ids(get(later, "/api/scanner/alert-rules"), "rules"))
                .containsExactlyInAnyOrder(
                        "signal-flip", "strength-change", "price-move", "rsi-cross", "regime-change", "it-buys");
        assertThat(get(later, "/api/scanner/channels/it-hook")
                        .at("/channel/paused")
                        .asBoolean())
                .isTrue();
    }

    private static List<String> ids(JsonNode answer, String field) {
        List<String> ids = new ArrayList<>();
        answer.get(field).forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static JsonNode get(ServiceProcess replica, String path) throws Exception {
        return send(replica, "GET", path, null, 200);
    }

    private static JsonNode send(ServiceProcess replica, String method, String path, String body, int status)
            throws Exception {
        Function<String, HttpRequest.BodyPublisher> publisher =
                text -> text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text);
        HttpRequest.Builder request = HttpRequest.newBuilder(replica.uri(path)).method(method, publisher.apply(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode())
                .as(method + " " + path + ": " + answer.body())
                .isEqualTo(status);
        return JSON.readTree(answer.body());
    }
}
