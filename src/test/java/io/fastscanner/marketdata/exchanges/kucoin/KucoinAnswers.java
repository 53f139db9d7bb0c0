package io.fastscanner.marketdata.exchanges.kucoin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import java.io.IOException;
import java.io.UncheckedIOException;

/** KuCoin's answers for the tests: the fixtures of {@code exchanges/kucoin} as text or read, and bodies as read. */
final class KucoinAnswers {

    /** Cloudflare's pages ("error code: 1015", "Access denied") as {@code SpotHttp} hands them over: not JSON. */
    static final JsonNode NOT_JSON = MissingNode.getInstance();

    private static final ObjectMapper JSON = new ObjectMapper();

    private KucoinAnswers() {}

    static String text(String name) {
        return SpotHarness.resource("exchanges/kucoin/" + name);
    }

    static JsonNode fixture(String name) {
        return json(text(name));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
