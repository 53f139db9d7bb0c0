package io.fastscanner.marketdata.binance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.NumberInput;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.UpstreamException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code /klines} body token by token: a thousand rows of twelve fields become candles without a JSON tree
 * or a string per decimal. Decimals are parsed straight from the parser's characters with Jackson's
 * correctly rounded fast parser, so every value is the double {@link Double#parseDouble} would give.
 *
 * <p>Row layout: {@code [openTime, "open", "high", "low", "close", "volume", closeTime, ...]}; fields after the
 * seventh are skipped. Rows whose close time is at or after {@code nowMs} are still forming and left out.
 */
final class KlinesReader {

    private static final String[] DECIMALS = {"open", "high", "low", "close", "volume"};

    private KlinesReader() {}

    /**
     * @throws UpstreamException reason {@code malformed_response} when the body is not an array of kline rows
     * @throws IOException when the body is not JSON at all
     */
    static List<Candle> closedKlines(JsonFactory json, byte[] body, long nowMs) throws IOException {
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw BinanceEndpoint.KLINES.malformed("expected a JSON array of klines");
            }
            List<Candle> candles = new ArrayList<>(1000);
            double[] values = new double[DECIMALS.length];
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.START_ARRAY) {
                    throw notARow();
                }
                long openTime = epochMillis(parser, parser.nextToken(), "openTime");
                for (int i = 0; i < DECIMALS.length; i++) {
                    values[i] = decimal(parser, parser.nextToken(), DECIMALS[i]);
                }
                long closeTime = epochMillis(parser, parser.nextToken(), "closeTime");
                skipRestOfRow(parser);
                if (closeTime < nowMs) {
                    candles.add(new Candle(openTime, values[0], values[1], values[2], values[3], values[4]));
                }
            }
            return candles;
        }
    }

    private static long epochMillis(JsonParser parser, JsonToken token, String field) throws IOException {
        if (token == JsonToken.END_ARRAY) {
            throw notARow();
        }
        if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw BinanceEndpoint.KLINES.malformed(field + " is missing or not an integer");
        }
        return parser.getLongValue();
    }

    private static double decimal(JsonParser parser, JsonToken token, String field) throws IOException {
        if (token == JsonToken.END_ARRAY) {
            throw notARow();
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDoubleValue();
        }
        if (token != JsonToken.VALUE_STRING) {
            throw BinanceEndpoint.KLINES.malformed(field + " is missing or not a decimal string");
        }
        try {
            return NumberInput.parseDouble(
                    parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength(), true);
        } catch (NumberFormatException e) {
            throw BinanceEndpoint.KLINES.malformed(field + " is not a decimal: " + parser.getText());
        }
    }

    private static void skipRestOfRow(JsonParser parser) throws IOException {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                throw notARow();
            }
            parser.skipChildren();
        }
    }

    private static UpstreamException notARow() {
        return BinanceEndpoint.KLINES.malformed("kline row is not an array of at least 7 fields");
    }
}
