package io.fastscanner.marketdata.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.UpstreamException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The streaming {@code /klines} reader gives exactly what reading the JSON tree with Double.parseDouble gives. */
class KlinesReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();

    @Test
    void theRecordedBinanceAnswerReadsLikeItsJsonTree() throws IOException {
        byte[] body;
        try (InputStream in = getClass().getResourceAsStream("/binance/klines_BTCUSDT_1m_nautilus.json")) {
            body = in.readAllBytes();
        }
        List<Candle> expected = new ArrayList<>();
        for (JsonNode row : MAPPER.readTree(body)) {
            expected.add(new Candle(
                    row.get(0).asLong(),
                    Double.parseDouble(row.get(1).asText()),
                    Double.parseDouble(row.get(2).asText()),
                    Double.parseDouble(row.get(3).asText()),
                    Double.parseDouble(row.get(4).asText()),
                    Double.parseDouble(row.get(5).asText())));
        }

        assertThat(KlinesReader.closedKlines(JSON, body, Long.MAX_VALUE))
                .isNotEmpty()
                .isEqualTo(expected);
    }

    /** Every decimal of the bundled candles, in the text the exchange sent, parses to the same double. */
    @Test
    void everyBundledDecimalParsesToTheDoubleParseDoubleGives() throws IOException {
        int checked = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/replay"))) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                List<String[]> rows = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                        .skip(1)
                        .map(line -> line.split(","))
                        .toList();
                StringBuilder body = new StringBuilder("[");
                for (String[] r : rows) {
                    body.append(body.length() > 1 ? "," : "").append('[').append(r[0]);
                    for (int i = 1; i <= 5; i++) {
                        body.append(",\"").append(r[i]).append('"');
                    }
                    body.append(',').append(Long.parseLong(r[0]) + 59_999).append(",\"0\",1,\"0\",\"0\",\"0\"]");
                }
                List<Candle> read = KlinesReader.closedKlines(
                        JSON, body.append(']').toString().getBytes(StandardCharsets.UTF_8), Long.MAX_VALUE);
                assertThat(read).hasSize(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    String[] r = rows.get(i);
                    assertThat(read.get(i))
                            .as("%s row %d", csv, i)
                            .isEqualTo(new Candle(
                                    Long.parseLong(r[0]),
                                    Double.parseDouble(r[1]),
                                    Double.parseDouble(r[2]),
                                    Double.parseDouble(r[3]),
                                    Double.parseDouble(r[4]),
                                    Double.parseDouble(r[5])));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void aRowStillFormingAtNowIsLeftOut() throws IOException {
        String body = "[" + row(1000, 1999) + "," + row(2000, 2999) + "]";

        assertThat(read(body, 2999)).extracting(Candle::openTimeMs).containsExactly(1000L);
        assertThat(read(body, 3000)).extracting(Candle::openTimeMs).containsExactly(1000L, 2000L);
    }

    @Test
    void numbersInsteadOfStringsNestedExtrasAndNaNAreRead() throws IOException {
        Candle c = read("[[1000,1.5,2,1,1.25,\"NaN\",1999,{\"x\":[1,2]},[3]]]", 5000)
                .get(0);

        assertThat(c.open()).isEqualTo(1.5);
        assertThat(c.high()).isEqualTo(2.0);
        assertThat(c.volume()).isNaN(); // the validator names it; reading does not hide it
    }

    @Test
    void aBodyThatIsNotKlinesIsAMalformedResponseSayingWhy() {
        assertMalformed("{\"code\":0}", "expected a JSON array of klines");
        assertMalformed("[1]", "kline row is not an array of at least 7 fields");
        assertMalformed("[[1000,\"1\",\"1\",\"1\",\"1\",\"1\"]]", "kline row is not an array of at least 7 fields");
        assertMalformed("[[\"1000\",\"1\",\"1\",\"1\",\"1\",\"1\",1999]]", "openTime is missing or not an integer");
        assertMalformed("[[1000,\"1\",\"1\",\"1\",\"1\",\"1\",1.5]]", "closeTime is missing or not an integer");
        assertMalformed("[[1000,\"1\",null,\"1\",\"1\",\"1\",1999]]", "high is missing or not a decimal string");
        assertMalformed("[[1000,\"1\",\"1\",\"1\",\"abc\",\"1\",1999]]", "close is not a decimal: abc");
    }

    @Test
    void truncatedJsonIsAnIoFailure() {
        assertThatThrownBy(() -> read("[" + row(1000, 1999) + ",[2000,\"1.0", 5000))
                .isInstanceOf(JsonProcessingException.class);
    }

    private static String row(long open, long close) {
        return "[" + open + ",\"1.0\",\"2.0\",\"0.5\",\"1.5\",\"10\"," + close + ",\"15\",3,\"5\",\"7\",\"0\"]";
    }

    private static List<Candle> read(String body, long nowMs) throws IOException {
        return KlinesReader.closedKlines(JSON, body.getBytes(StandardCharsets.UTF_8), nowMs);
    }

    private static void assertMalformed(String body, String message) {
        assertThatThrownBy(() -> read(body, 5000)).isInstanceOfSatisfying(UpstreamException.class, e -> {
            assertThat(e.reason()).isEqualTo("malformed_response");
            assertThat(e.getMessage()).contains(message);
        });
    }
}
