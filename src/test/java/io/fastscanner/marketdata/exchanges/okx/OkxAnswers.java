package io.fastscanner.marketdata.exchanges.okx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import java.io.IOException;
import java.io.UncheckedIOException;

/** OKX's answers for the tests: the fixtures of {@code exchanges/okx} and bodies, as read. */
final class OkxAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OkxAnswers() {}

    static JsonNode fixture(String name) {
        return parse(SpotHarness.resource("exchanges/okx/" + name));
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
