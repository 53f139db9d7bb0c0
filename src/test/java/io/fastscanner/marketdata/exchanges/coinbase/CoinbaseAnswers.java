package io.fastscanner.marketdata.exchanges.coinbase;

import static io.fastscanner.marketdata.exchanges.SpotHarness.resource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Coinbase's answers for the tests: the fixtures of {@code exchanges/coinbase} and bodies, as read. */
final class CoinbaseAnswers {

    static final ObjectMapper JSON = new ObjectMapper();

    private CoinbaseAnswers() {}

    /** A test resource as read, e.g. {@code exchanges/coinbase/products.json}. */
    static JsonNode json(String path) {
        return parse(resource(path));
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
