package io.fastscanner.marketdata.binance;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.Candle;
import java.util.ArrayList;
import java.util.List;

/** Reading values out of Binance's JSON: decimals sent as strings, epoch milliseconds, kline rows. */
final class BinanceJson {

    private BinanceJson() {
    }

    /**
     * The closed candles of a {@code /klines} body in the order sent: rows whose close time is at or after
     * {@code nowMs} are still forming and left out.
     */
    static List<Candle> closedKlines(JsonNode body, long nowMs) {
        if (!body.isArray()) {
            throw malformed(BinanceEndpoint.KLINES, "expected a JSON array of klines");
        }
        List<Candle> candles = new ArrayList<>(body.size());
        for (JsonNode row : body) {
            if (!row.isArray() || row.size() < 7) {
                throw malformed(BinanceEndpoint.KLINES, "kline row is not an array of at least 7 fields");
            }
            long closeTime = epochMillis(row.get(6), BinanceEndpoint.KLINES, "closeTime");
            if (closeTime >= nowMs) {
                continue; // still forming
            }
            candles.add(new Candle(epochMillis(row.get(0), BinanceEndpoint.KLINES, "openTime"),
                    decimal(row.get(1), BinanceEndpoint.KLINES, "open"),
                    decimal(row.get(2), BinanceEndpoint.KLINES, "high"),
                    decimal(row.get(3), BinanceEndpoint.KLINES, "low"),
                    decimal(row.get(4), BinanceEndpoint.KLINES, "close"),
                    decimal(row.get(5), BinanceEndpoint.KLINES, "volume")));
        }
        return candles;
    }

    static double decimal(JsonNode value, BinanceEndpoint endpoint, String field) {
        if (value != null && value.isNumber()) {
            return value.asDouble();
        }
        if (value == null || !value.isTextual()) {
            throw malformed(endpoint, field + " is missing or not a decimal string");
        }
        try {
            return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            throw malformed(endpoint, field + " is not a decimal: " + value.asText());
        }
    }

    static long epochMillis(JsonNode value, BinanceEndpoint endpoint, String field) {
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw malformed(endpoint, field + " is missing or not an integer");
        }
        return value.asLong();
    }

    static UpstreamException malformed(BinanceEndpoint endpoint, String detail) {
        return new UpstreamException(endpoint, "malformed_response", detail, null);
    }

}
