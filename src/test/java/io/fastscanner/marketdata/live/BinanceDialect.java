package io.fastscanner.marketdata.live;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binance's combined streams ({@code /stream}): {@code {"method":"SUBSCRIBE","params":[..],"id":N}} answered
 * {@code {"result":null,"id":N}}, pushes {@code {"stream":"btcusdt@kline_1h","data":{"e":"kline",..,"k":{..}}}},
 * at most 1024 streams a connection.
 */
final class BinanceDialect implements LoopbackDialect {

    static final String PATH = "/stream";
    static final int MAX_STREAMS = 1024;

    /** {@code subausdt@kline_1h} for {@code SUBAUSDT}. */
    static String hourly(String symbol) {
        return symbol.toLowerCase(Locale.ROOT) + "@kline_1h";
    }

    @Override
    public int maxStreams() {
        return MAX_STREAMS;
    }

    @Override
    public Reply answer(String frame) {
        JsonNode request = LoopbackDialect.read(frame);
        String id = request.path("id").asText();
        List<String> subscribed = new ArrayList<>();
        if ("SUBSCRIBE".equals(request.path("method").asText())) {
            request.path("params").forEach(p -> subscribed.add(p.asText()));
        }
        return new Reply(subscribed, List.of("{\"result\":null,\"id\":" + id + "}"));
    }

    @Override
    public String keepAlive() {
        return "{\"result\":null,\"id\":0}";
    }

    @Override
    public String kline(String stream, TruthCandle candle, boolean closed, long eventTimeMs) {
        String symbol = stream.substring(0, stream.indexOf('@')).toUpperCase(Locale.ROOT);
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("t", candle.openMs());
        k.put("T", candle.closeTimeMs());
        k.put("s", symbol);
        k.put("i", stream.substring(stream.indexOf("_") + 1));
        k.put("f", 100);
        k.put("L", 200);
        k.put("o", candle.open());
        k.put("c", candle.close());
        k.put("h", candle.high());
        k.put("l", candle.low());
        k.put("v", candle.volume());
        k.put("n", 100);
        k.put("x", closed);
        k.put("q", candle.turnover());
        k.put("V", "0");
        k.put("Q", "0");
        k.put("B", "0");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("e", "kline");
        data.put("E", eventTimeMs);
        data.put("s", symbol);
        data.put("k", k);
        return LoopbackDialect.write(Map.of("stream", stream, "data", data));
    }
}
