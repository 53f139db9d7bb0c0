package io.fastscanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The simulated Binance kline streams: subscription and its answer, forming and final frames that agree with the
 * simulated REST klines, and Binance's limits of 5 messages a second and 1024 streams per connection
 * ({@code ./mvnw -Pbench test -Dtest='*SimulatorTest'}).
 */
class BinanceStreamSimulatorTest extends SimulatorCalls {

    private static final long MINUTE = Timeframe.M1.millis();

    /** A client connection: its text frames, and how it was closed. */
    record Client(WebSocket socket, BlockingQueue<JsonNode> frames, CompletableFuture<Short> closed) {

        void send(String text) {
            socket.writeTextMessage(text);
        }

        /** The next frame matching, within 5 s; fails the test otherwise. */
        JsonNode next(java.util.function.Predicate<JsonNode> wanted) throws InterruptedException {
            long until = System.currentTimeMillis() + 5_000;
            for (long left = 5_000; left > 0; left = until - System.currentTimeMillis()) {
                JsonNode f = frames.poll(left, TimeUnit.MILLISECONDS);
                if (f != null && wanted.test(f)) {
                    return f;
                }
            }
            throw new AssertionError("no such frame within 5 s");
        }
    }

    @Test
    void streams() throws Exception {
        try (ExchangeSimulator rest = new ExchangeSimulator(vertx, 50, 42, Duration.ZERO, Duration.ZERO, 6000);
                BinanceStreams streams = new BinanceStreams(vertx, rest.klines())) {
            rest.start(0);
            int port = streams.start(0);
            Client c = connect(port);
            c.send(
                    "{\"method\":\"SUBSCRIBE\",\"params\":[\"syn0001usdt@kline_1m\",\"syn0002usdt@kline_1h\"],\"id\":7}");
            assertThat(c.next(f -> f.has("id")).toString()).isEqualTo("{\"result\":null,\"id\":7}");
            c.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":8}");
            assertThat(c.next(f -> f.has("id")).path("result").toString())
                    .isEqualTo("[\"syn0001usdt@kline_1m\",\"syn0002usdt@kline_1h\"]");

            JsonNode forming =
                    c.next(f -> "syn0001usdt@kline_1m".equals(f.path("stream").asText()));
            JsonNode k = forming.at("/data/k");
            long open = System.currentTimeMillis() / MINUTE * MINUTE;
            assertThat(forming.at("/data/e").asText()).isEqualTo("kline");
            assertThat(forming.at("/data/s").asText()).isEqualTo("SYN0001USDT");
            assertThat(k.path("x").asBoolean()).isFalse();
            assertThat(k.path("i").asText()).isEqualTo("1m");
            assertThat(k.path("t").asLong()).isIn(open, open - MINUTE); // a boundary may just have passed
            assertThat(k.path("T").asLong()).isEqualTo(k.path("t").asLong() + MINUTE - 1);
            assertThat(k.path("h").asDouble())
                    .isGreaterThanOrEqualTo(
                            Math.max(k.path("o").asDouble(), k.path("c").asDouble()));
            assertThat(k.path("l").asDouble())
                    .isLessThanOrEqualTo(
                            Math.min(k.path("o").asDouble(), k.path("c").asDouble()));
            assertThat(c.next(f -> "syn0002usdt@kline_1h"
                                    .equals(f.path("stream").asText()))
                            .at("/data/k/i")
                            .asText())
                    .isEqualTo("1h");

            // the forming candle's open and the last closed candle are the REST klines' own
            JsonNode rows = get(rest, "/api/v3/klines?symbol=SYN0001USDT&interval=1m&limit=2");
            long formingOpen = rows.get(1).get(0).asLong();
            if (formingOpen == k.path("t").asLong()) {
                assertThat(rows.get(1).get(1).asText()).isEqualTo(k.path("o").asText());
            }
            long boundary = formingOpen; // the candle before it has closed: push its final frame now
            streams.pushClosed(Timeframe.M1, boundary);
            JsonNode closed = c.next(f -> f.at("/data/k/x").asBoolean());
            assertThat(closed.path("stream").asText()).isEqualTo("syn0001usdt@kline_1m");
            JsonNode ck = closed.at("/data/k");
            JsonNode row = rows.get(0);
            assertThat(ck.path("t").asLong())
                    .isEqualTo(boundary - MINUTE)
                    .isEqualTo(row.get(0).asLong());
            assertThat(List.of(
                            ck.path("o").asText(),
                            ck.path("h").asText(),
                            ck.path("l").asText(),
                            ck.path("c").asText(),
                            ck.path("v").asText()))
                    .containsExactly(
                            row.get(1).asText(),
                            row.get(2).asText(),
                            row.get(3).asText(),
                            row.get(4).asText(),
                            row.get(5).asText());
            assertThat(streams.log().closedSentMicros("syn0001usdt@kline_1m", boundary - MINUTE))
                    .isNotNull();
            assertThat(streams.log().closedSentMicros("syn0002usdt@kline_1h", boundary - MINUTE))
                    .isNull();

            // Binance's limits: a sixth message within a second, a 1025th stream
            Client fast = connect(port);
            for (int i = 1; i <= 6; i++) {
                fast.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"syn000" + i + "usdt@kline_1m\"],\"id\":" + i + "}");
            }
            assertThat(fast.closed().get(5, TimeUnit.SECONDS)).isEqualTo((short) 1008);
            Client many = connect(port);
            many.send(subscribe(1024, 1));
            assertThat(many.next(f -> f.has("id")).path("id").asInt()).isEqualTo(1);
            Thread.sleep(1100);
            many.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"another1usdt@kline_1m\"],\"id\":2}");
            assertThat(many.closed().get(5, TimeUnit.SECONDS)).isEqualTo((short) 1008);
            assertThat(streams.log().describe().get("disconnects").toString())
                    .contains("more than 5 messages in a second=1", "more than 1024 streams=1");
            assertThat(c.closed()).isNotDone();
            assertThat(streams.subscribedStreams()).isEqualTo(2);
        }
    }

    private static String subscribe(int streams, int id) {
        List<String> names = new ArrayList<>();
        IntStream.range(0, streams).forEach(i -> names.add("\"x" + i + "usdt@kline_1m\""));
        return "{\"method\":\"SUBSCRIBE\",\"params\":[" + String.join(",", names) + "],\"id\":" + id + "}";
    }

    private static Client connect(int port) throws Exception {
        BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        CompletableFuture<Short> closed = new CompletableFuture<>();
        WebSocket socket = LoopbackServer.await(vertx.createHttpClient()
                .webSocket(new WebSocketConnectOptions()
                        .setHost("127.0.0.1")
                        .setPort(port)
                        .setURI("/stream")));
        socket.textMessageHandler(t -> {
            try {
                frames.add(JSON.readTree(t));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        socket.closeHandler(v -> closed.complete(socket.closeStatusCode()));
        return new Client(socket, frames, closed);
    }

    private static JsonNode get(ExchangeSimulator s, String pathAndQuery) throws Exception {
        var r = HTTP.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.baseUrl() + pathAndQuery))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }
}
