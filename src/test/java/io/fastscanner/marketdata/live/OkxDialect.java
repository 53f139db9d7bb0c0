package io.fastscanner.marketdata.live;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OKX's business stream ({@code /ws/v5/business}): {@code {"op":"subscribe","args":[{channel,instId}]}} answered
 * per channel with {@code {"event":"subscribe","arg":{..}}}, the text {@code ping} with {@code pong}, pushes
 * {@code {"arg":{..},"data":[[ts,o,h,l,c,vol,volCcy,volCcyQuote,confirm]]}}. Streams are named as the service
 * names them, {@code candle1H:BTC-USDT}.
 */
final class OkxDialect implements LoopbackDialect {

    static final String PATH = "/ws/v5/business";

    /** {@code candle1H:BTC-USDT} for {@code BTC} and {@code USDT}. */
    static String hourly(String base, String quote) {
        return "candle1H:" + base + "-" + quote;
    }

    @Override
    public Reply answer(String frame) {
        if (frame.trim().equals("ping")) {
            return Reply.of("pong");
        }
        JsonNode request = LoopbackDialect.read(frame);
        String op = request.path("op").asText();
        List<String> subscribed = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (JsonNode arg : request.path("args")) {
            subscribed.add(
                    arg.path("channel").asText() + ":" + arg.path("instId").asText());
            answers.add(LoopbackDialect.write(Map.of("event", op, "arg", arg, "connId", "loopback")));
        }
        return new Reply(op.equals("subscribe") ? subscribed : List.of(), answers);
    }

    @Override
    public String keepAlive() {
        return "pong";
    }

    @Override
    public String kline(String stream, TruthCandle candle, boolean closed, long eventTimeMs) {
        int colon = stream.indexOf(':');
        Map<String, Object> arg = new LinkedHashMap<>();
        arg.put("channel", stream.substring(0, colon));
        arg.put("instId", stream.substring(colon + 1));
        List<String> row = List.of(
                String.valueOf(candle.openMs()),
                candle.open(),
                candle.high(),
                candle.low(),
                candle.close(),
                candle.volume(),
                candle.turnover(),
                candle.turnover(),
                closed ? "1" : "0");
        return LoopbackDialect.write(Map.of("arg", arg, "data", List.of(row)));
    }
}
