package io.fastscanner.events;

import static io.fastscanner.testing.ProtectedApiProfile.MAX_CLIENTS;
import static io.fastscanner.testing.ProtectedApiProfile.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.testing.ProtectedApiProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stream when reads are protected and its clients are few ({@link ProtectedApiProfile}): the token as a header or
 * as {@code ?token=}, the answer to one client too many, and a heartbeat that keeps an idle stream open past the
 * server's idle timeout.
 */
@QuarkusTest
@TestProfile(ProtectedApiProfile.class)
class EventStreamAccessTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Map<String, String> BEARER = Map.of("Authorization", "Bearer " + TOKEN);

    @TestHTTPResource("/api/scanner/events")
    URI events;

    @Inject
    EventBus bus;

    @BeforeEach
    void noClientOfAnEarlierTest() {
        // clients of earlier tests give their place back asynchronously after they close
        SseTestClient.waitUntil(() -> bus.subscriberCount() == 0, "earlier clients to be unsubscribed");
    }

    @Test
    void theStreamNeedsTheTokenAsAHeaderOrAsAQueryParameter() throws IOException {
        assertRefused(refused(events, Map.of()), 401, "UNAUTHORIZED");
        assertRefused(refused(URI.create(events + "?token=wrong"), Map.of()), 401, "UNAUTHORIZED");
        try (SseTestClient header = SseTestClient.connect(events, BEARER)) {
            assertThat(header.response().statusCode()).isEqualTo(200);
        }
        try (SseTestClient query = SseTestClient.connect(URI.create(events + "?token=" + TOKEN), Map.of())) {
            assertThat(query.response().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void oneClientTooManyIsToldToComeBackLater() throws IOException {
        List<SseTestClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_CLIENTS; i++) {
                clients.add(SseTestClient.connect(events, BEARER));
            }
            HttpResponse<String> extra = refused(events, BEARER);
            JsonNode error = assertRefused(extra, 503, "TOO_MANY_CLIENTS");
            assertThat(extra.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(error.path("error").path("message").asText()).contains(String.valueOf(MAX_CLIENTS));
            clients.remove(0).close();
            SseTestClient.waitUntil(() -> bus.subscriberCount() == MAX_CLIENTS - 1, "a place to be given back");
            clients.add(SseTestClient.connect(events, BEARER));
            assertThat(clients.get(clients.size() - 1).response().statusCode()).isEqualTo(200);
        } finally {
            clients.forEach(SseTestClient::close);
        }
    }

    @Test
    void heartbeatsKeepAnIdleStreamOpenPastTheIdleTimeout() {
        long beatsPastTimeout =
                ProtectedApiProfile.IDLE_TIMEOUT.toMillis() / ProtectedApiProfile.HEARTBEAT.toMillis() + 2;
        try (SseTestClient client = SseTestClient.connect(events, BEARER)) {
            SseTestClient.waitUntil(
                    () -> client.comments().size() >= beatsPastTimeout || client.ended(),
                    beatsPastTimeout + " heartbeats");
            assertThat(client.ended()).as("the stream was closed").isFalse();
            assertThat(client.comments()).hasSizeGreaterThanOrEqualTo((int) beatsPastTimeout);
        }
    }

    /** A request for the stream that is expected to be refused, so its answer has an end. */
    private static HttpResponse<String> refused(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(SseTestClient.TIMEOUT).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode assertRefused(HttpResponse<String> response, int status, String code) throws IOException {
        String body = response.body();
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode json = new ObjectMapper().readTree(body);
        assertThat(json.path("success").asBoolean(true)).as(body).isFalse();
        assertThat(json.path("error").path("code").asText()).as(body).isEqualTo(code);
        return json;
    }
}
