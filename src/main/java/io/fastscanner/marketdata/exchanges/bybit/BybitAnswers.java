package io.fastscanner.marketdata.exchanges.bybit;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.exchanges.JsonValues;
import java.util.OptionalLong;

/**
 * The envelope of every Bybit v5 answer: {@code {"retCode":0,"retMsg":"OK","result":{...,"list":[...]},
 * "retExtInfo":{},"time":1706803708087}} (https://bybit-exchange.github.io/docs/v5/intro). {@code retCode} and
 * {@code time} are JSON numbers in real answers but strings in the recordings made through ccxt's CLI, so both are
 * read.
 */
final class BybitAnswers {

    private BybitAnswers() {}

    /** {@code result.list} of an answer; a missing list is a malformed answer. */
    static JsonNode list(JsonNode body, String what) {
        return JsonValues.array(body.path("result").path("list"), what + " result.list");
    }

    /** {@code retCode}, as number or numeric string; empty when absent or not a whole number. */
    static OptionalLong retCode(JsonNode body) {
        return wholeNumber(body.path("retCode"));
    }

    /** The server time of the answer ({@code time}, epoch ms); empty when absent. */
    static OptionalLong serverTime(JsonNode body) {
        return wholeNumber(body.path("time"));
    }

    static OptionalLong wholeNumber(JsonNode node) {
        if (node.isIntegralNumber()) {
            return OptionalLong.of(node.longValue());
        }
        if (node.isTextual()) {
            try {
                return OptionalLong.of(Long.parseLong(node.textValue().trim()));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }
}
