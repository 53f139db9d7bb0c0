package io.fastscanner.marketdata.exchanges.okx;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.exchanges.JsonValues;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;

/**
 * OKX's answer envelope {@code {"code":"0","msg":"","data":[...]}} ("Response Parameters" of every v5 endpoint):
 * {@code code} is a string, {@code "0"} for success, and the rows are in {@code data}. Error envelopes are read by
 * {@link OkxErrors} before any reader sees the body.
 */
final class OkxEnvelope {

    static final String SUCCESS = "0";

    private OkxEnvelope() {}

    /** The rows of a successful answer. */
    static JsonNode data(JsonNode body, String what) {
        if (body == null || !body.isObject()) {
            throw new MalformedAnswerException(what + ": the answer is not an OKX envelope");
        }
        return JsonValues.array(body.get("data"), what + " data");
    }

    /** The envelope's {@code code}, or empty when the body is not an OKX envelope. */
    static String code(JsonNode body) {
        if (body == null || !body.isObject() || !body.has("code")) {
            return "";
        }
        return JsonValues.text(body.get("code")).trim();
    }
}
