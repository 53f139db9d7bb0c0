package io.fastscanner.marketdata.live;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fastscanner.testing.Waits;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** What a client of the live tests asks and reads: quick scans, {@code /exchanges}, readiness, candles. */
final class LiveApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Scans polled for a state are spaced a little, each being a whole scan. */
    private static final Duration SCAN_POLL = Duration.ofMillis(100);

    private LiveApi() {}

    /** {@code POST /api/scanner/quick-scan} of {@code symbol} (e.g. {@code SUBA/USDT}) on 1h at {@code exchange}. */
    static JsonNode scan(String exchange, String symbol) {
        String body = given().contentType(ContentType.JSON)
                .body(Map.of("symbols", List.of(symbol), "exchange", exchange, "timeframe", "1h"))
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return parse(body);
    }

    /** Scans until the answer satisfies {@code until}, and returns that answer. */
    static JsonNode awaitScan(String what, String exchange, String symbol, Predicate<JsonNode> until) {
        return Waits.await(what).pollInterval(SCAN_POLL).until(() -> scan(exchange, symbol), until::test);
    }

    /** Scans until the answer says {@code "data":"live"}. */
    static JsonNode awaitLive(String exchange, String symbol) {
        return awaitScan(symbol + " on " + exchange + " scanned from the stream", exchange, symbol, LiveApi::live);
    }

    static boolean live(JsonNode answer) {
        return "live".equals(answer.path("data").asText());
    }

    /** The one row of a scan of one symbol. */
    static JsonNode row(JsonNode answer) {
        return answer.path("signals").get(0);
    }

    /** A row without what differs between two computations of the same candles: when, and from where. */
    static JsonNode values(JsonNode row) {
        ObjectNode copy = row.deepCopy();
        copy.remove(List.of("timestamp", "data"));
        return copy;
    }

    /** What a row's candles alone decide: its values but the ticker's price and 24 h figures. */
    static JsonNode candleValues(JsonNode row) {
        ObjectNode copy = (ObjectNode) values(row);
        copy.remove(List.of("price", "change24h", "volume24h"));
        return copy;
    }

    /** The stream connections {@code /api/scanner/exchanges} lists for {@code exchange}. */
    static List<JsonNode> streams(String exchange) {
        JsonNode answer = parse(given().get("/api/scanner/exchanges")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        List<JsonNode> streams = new ArrayList<>();
        for (JsonNode status : answer.path("exchanges")) {
            if (exchange.equals(status.path("exchange").asText())) {
                status.path("streams").forEach(streams::add);
            }
        }
        return streams;
    }

    /** Reconnections of all of {@code exchange}'s connections. */
    static int reconnects(String exchange) {
        return streams(exchange).stream()
                .mapToInt(s -> s.path("reconnects").asInt())
                .sum();
    }

    /** The {@code live-streams} check of {@code /q/health/ready}. */
    static JsonNode liveStreamsCheck() {
        JsonNode ready = parse(given().get("/q/health/ready").then().extract().asString());
        for (JsonNode check : ready.path("checks")) {
            if ("live-streams".equals(check.path("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("no live-streams check in " + ready);
    }

    /** {@code GET /api/scanner/symbol/{symbol}/candles} on 1h of Binance: {@code [{t,o,h,l,c,v}]}, oldest first. */
    static JsonNode candles(String symbol, int limit) {
        return parse(given().queryParam("timeframe", "1h")
                        .queryParam("limit", limit)
                        .get("/api/scanner/symbol/" + symbol + "/candles")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .path("candles");
    }

    /** The market's candles as the candles endpoint spells them. */
    static JsonNode bars(List<TruthCandle> candles) {
        List<Map<String, Object>> bars = new ArrayList<>();
        for (TruthCandle c : candles) {
            bars.add(Map.of(
                    "t", c.openMs(),
                    "o", Double.parseDouble(c.open()),
                    "h", Double.parseDouble(c.high()),
                    "l", Double.parseDouble(c.low()),
                    "c", Double.parseDouble(c.close()),
                    "v", Double.parseDouble(c.volume())));
        }
        return JSON.valueToTree(bars);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
