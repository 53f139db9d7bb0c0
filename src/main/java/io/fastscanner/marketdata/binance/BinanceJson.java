package io.fastscanner.marketdata.binance;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading values out of Binance's JSON trees: decimals sent as strings, epoch milliseconds. */
final class BinanceJson {

    private BinanceJson() {}

    static double decimal(JsonNode value, BinanceEndpoint endpoint, String field) {
        if (value != null && value.isNumber()) {
            return value.asDouble();
        }
        if (value == null || !value.isTextual()) {
            throw endpoint.malformed(field + " is missing or not a decimal string");
        }
        try {
            return Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            throw endpoint.malformed(field + " is not a decimal: " + value.asText());
        }
    }

    static long epochMillis(JsonNode value, BinanceEndpoint endpoint, String field) {
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw endpoint.malformed(field + " is missing or not an integer");
        }
        return value.asLong();
    }
}
