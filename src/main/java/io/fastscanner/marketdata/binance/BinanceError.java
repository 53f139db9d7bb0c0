package io.fastscanner.marketdata.binance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Binance's error body {@code {"code":-1121,"msg":"Invalid symbol."}}, when there is one. */
record BinanceError(int code, String msg) {

    static BinanceError parse(ObjectMapper mapper, String body) {
        if (body == null || body.isBlank()) {
            return new BinanceError(0, "");
        }
        try {
            JsonNode json = mapper.readTree(body);
            if (json != null && json.isObject() && json.path("code").isIntegralNumber()) {
                return new BinanceError(
                        json.path("code").asInt(), json.path("msg").asText(""));
            }
        } catch (IOException | RuntimeException e) {
            // not a Binance error body: keep the text
        }
        return new BinanceError(0, body.strip());
    }

    String describe() {
        return code == 0 ? msg : "code " + code + ": " + msg;
    }
}
