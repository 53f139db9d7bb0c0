package io.fastscanner.marketdata.live;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bybit's v5 public spot stream ({@code /v5/public/spot}): {@code {"op":"subscribe","args":[..]}} and
 * {@code {"op":"ping"}}, pushes {@code {"topic":"kline.60.BTCUSDT","data":[{start,..,confirm,timestamp}],..}}.
 */
final class BybitDialect implements LoopbackDialect {

    static final String PATH = "/v5/public/spot";
    private static final String PONG =
            "{\"success\":true,\"ret_msg\":\"pong\",\"conn_id\":\"loopback\",\"op\":\"ping\"}";

    /** {@code kline.60.BTCUSDT} for {@code BTCUSDT}. */
    static String hourly(String symbol) {
        return "kline.60." + symbol;
    }

    @Override
    public Reply answer(String frame) {
        JsonNode request = LoopbackDialect.read(frame);
        String op = request.path("op").asText();
        if (op.equals("ping")) {
            return Reply.of(PONG);
        }
        List<String> subscribed = new ArrayList<>();
        request.path("args").forEach(a -> subscribed.add(a.asText()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("ret_msg", op);
        answer.put("conn_id", "loopback");
        answer.put("req_id", request.path("req_id").asText());
        answer.put("op", op);
        return new Reply(op.equals("subscribe") ? subscribed : List.of(), List.of(LoopbackDialect.write(answer)));
    }

    @Override
    public String keepAlive() {
        return PONG;
    }

    @Override
    public String kline(String stream, TruthCandle candle, boolean closed, long eventTimeMs) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("start", candle.openMs());
        k.put("end", candle.closeTimeMs());
        k.put("interval", stream.split("\\.")[1]);
        k.put("open", candle.open());
        k.put("close", candle.close());
        k.put("high", candle.high());
        k.put("low", candle.low());
        k.put("volume", candle.volume());
        k.put("turnover", candle.turnover());
        k.put("confirm", closed);
        k.put("timestamp", eventTimeMs);
        Map<String, Object> push = new LinkedHashMap<>();
        push.put("topic", stream);
        push.put("data", List.of(k));
        push.put("ts", eventTimeMs);
        push.put("type", "snapshot");
        return LoopbackDialect.write(push);
    }
}
