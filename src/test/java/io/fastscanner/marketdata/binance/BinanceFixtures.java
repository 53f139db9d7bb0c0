package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Constructed (not recorded) Binance answers in the documented shapes, for fault tests that need more symbols
 * or candles than the recorded files have.
 */
public final class BinanceFixtures {

    public static final String EXCHANGE_INFO = "/api/v3/exchangeInfo";
    public static final String TICKER = "/api/v3/ticker/24hr";
    public static final String KLINES = "/api/v3/klines";

    private BinanceFixtures() {}

    /** {@code count} base assets {@code AAAA, AAAB, ...} (quoted in USDT by the other fixtures). */
    public static List<String> bases(int count) {
        return bases("AA", count);
    }

    /** {@code count} base assets {@code <prefix>AA, <prefix>AB, ...}. */
    public static List<String> bases(String prefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> prefix + (char) ('A' + i / 26) + (char) ('A' + i % 26))
                .toList();
    }

    public static String exchangeInfo(List<String> bases) {
        return bases.stream()
                .map(b -> String.format(
                        Locale.ROOT,
                        "{\"symbol\":\"%sUSDT\",\"status\":\"TRADING\","
                                + "\"baseAsset\":\"%s\",\"quoteAsset\":\"USDT\",\"isSpotTradingAllowed\":true}",
                        b,
                        b))
                .collect(Collectors.joining(",", "{\"rateLimits\":[],\"symbols\":[", "]}"));
    }

    /** All-symbols 24 h ticker; the first base has the highest quote volume. */
    public static String tickers(List<String> bases, long closeTimeMs) {
        return IntStream.range(0, bases.size())
                .mapToObj(i -> String.format(
                        Locale.ROOT,
                        "{\"symbol\":\"%sUSDT\",\"lastPrice\":\"%.2f\",\"priceChangePercent\":\"1.5\","
                                + "\"quoteVolume\":\"%d\",\"closeTime\":%d}",
                        bases.get(i),
                        100.0 + i,
                        1_000_000_000L - i * 1000L,
                        closeTimeMs))
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** {@code count} contiguous klines of {@code intervalMs}, the first opening at {@code firstOpenMs}. */
    public static String klines(long firstOpenMs, long intervalMs, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> kline(firstOpenMs + i * intervalMs, intervalMs, 100 + 10 * Math.sin(i / 5.0), 0.5))
                .collect(Collectors.joining(",", "[", "]"));
    }

    public static String kline(long openMs, long intervalMs, double close, double range) {
        return String.format(
                Locale.ROOT,
                "[%d,\"%.4f\",\"%.4f\",\"%.4f\",\"%.4f\",\"12.5\",%d,\"1250.0\",10," + "\"6.0\",\"600.0\",\"0\"]",
                openMs,
                close - range / 2,
                close + range,
                close - range,
                close,
                openMs + intervalMs - 1);
    }

    public static void stub(WireMockServer wireMock, String path, int status, String body) {
        wireMock.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }
}
