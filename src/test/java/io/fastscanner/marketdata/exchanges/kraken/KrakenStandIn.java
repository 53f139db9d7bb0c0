package io.fastscanner.marketdata.exchanges.kraken;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenAnswers.text;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The Kraken source against a stand-in of {@code api.kraken.com} serving the recorded pairs and tickers. The clock runs
 * from {@link #NOW}, 2024-02-01T15:30:00Z, inside the hour whose candle is the forming last row of the recorded
 * {@code klines.json}; it runs because the budget (one request per 1.25 s) makes the second request of a test wait for
 * the next window.
 */
final class KrakenStandIn {

    static final Instant NOW = Instant.parse("2024-02-01T15:30:00Z");
    static final String OHLC = "/0/public/OHLC";
    static final String PAIRS = "/0/public/AssetPairs";
    static final String TICKER = "/0/public/Ticker";

    private KrakenStandIn() {}

    /** The source against a new stand-in, its clock running from {@link #NOW}; close it after the test. */
    static SpotHarness start() {
        SpotHarness harness = new SpotHarness(new KrakenApi(), NOW);
        harness.clock.runFrom(NOW);
        harness.wireMock.stubFor(get(urlPathEqualTo(PAIRS)).willReturn(okJson(text("asset-pairs.json"))));
        harness.wireMock.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson(text("tickers-all.json"))));
        return harness;
    }

    static MarketSymbol sym(String text) {
        return MarketSymbol.fromJson(text);
    }

    static MappingBuilder ohlcRequest(String pair, String interval, long since) {
        return get(urlPathEqualTo(OHLC))
                .withQueryParam("pair", equalTo(pair))
                .withQueryParam("interval", equalTo(interval))
                .withQueryParam("since", equalTo(String.valueOf(since)));
    }

    static List<Candle> candles(CandleSeries series) {
        return IntStream.range(0, series.size()).mapToObj(series::candle).toList();
    }
}
