package io.fastscanner.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Java's HTTP client speaks HTTP/2 to a plain-HTTP service when the service agrees (h2c), as it does: bodies are read
 * there by Quarkus REST itself, and the answers are the same as over HTTP/1.1.
 */
@QuarkusTest
class Http2BodiesTest {

    private static final HttpClient HTTP2 = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_2)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void aScanWithABodyOverHttp2() throws Exception {
        HttpResponse<String> answer = post("{\"symbols\":[\"BTC/USDT\",\"ETHUSDT\"],\"timeframe\":\"1d\"}");
        assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json(answer).path("count").asInt()).isEqualTo(2);
    }

    @Test
    void aBodyOverTheLimitOverHttp2IsTheJson413() throws Exception {
        HttpResponse<String> answer = post("{\"pad\":\"" + "x".repeat(300 * 1024) + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(json(answer).path("error").path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    private static HttpResponse<String> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/scanner/quick-scan"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP2.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return new ObjectMapper().readTree(answer.body());
    }
}
