package io.fastscanner.marketdata.exchanges.okx;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.exchanges.SpotHarness.resource;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import java.time.Duration;
import java.time.Instant;

/**
 * The OKX source against a stand-in serving the fixtures of {@code exchanges/okx}. The clock stands half an hour after
 * the open of the candle following the recorded ones (2024-01-30 19:30 UTC), so the recorded 16:00 to 18:00 candles
 * are the newest closed ones and 19:00 is forming.
 */
final class OkxStandIn {

    static final Instant NOW = Instant.parse("2024-01-30T19:30:00Z");
    static final long HOUR = Duration.ofHours(1).toMillis();
    static final long LAST_CLOSED = Instant.parse("2024-01-30T18:00:00Z").toEpochMilli();
    static final MarketSymbol BTC_USDT = MarketSymbol.of("BTC", "USDT");
    static final String INSTRUMENTS = OkxApi.INSTRUMENTS_PATH;
    static final String TICKERS = OkxApi.TICKERS_PATH;
    static final String CANDLES = OkxApi.CANDLES_PATH;

    private OkxStandIn() {}

    /** The source at {@link #NOW} against a new stand-in serving the instruments and the tickers; close it after. */
    static SpotHarness start() {
        SpotHarness harness = new SpotHarness(new OkxApi(), NOW);
        harness.wireMock.stubFor(
                get(urlPathEqualTo(INSTRUMENTS)).willReturn(okJson(resource("exchanges/okx/instruments.json"))));
        harness.wireMock.stubFor(
                get(urlPathEqualTo(TICKERS)).willReturn(okJson(resource("exchanges/okx/tickers-spot.json"))));
        return harness;
    }

    static MappingBuilder candles(long fromOpenMs, long toOpenMs, int rows) {
        return get(urlPathEqualTo(CANDLES))
                .withQueryParam("instId", equalTo("BTC-USDT"))
                .withQueryParam("bar", equalTo("1H"))
                .withQueryParam("before", equalTo(String.valueOf(fromOpenMs - 1)))
                .withQueryParam("after", equalTo(String.valueOf(toOpenMs + 1)))
                .withQueryParam("limit", equalTo(String.valueOf(rows)));
    }

    /** The three recorded candles, the newest closed ones at {@link #NOW}. */
    static MappingBuilder recordedCandles() {
        return candles(LAST_CLOSED - 2 * HOUR, LAST_CLOSED, 3);
    }

    static String recordedKlines() {
        return resource("exchanges/okx/klines.json");
    }
}
