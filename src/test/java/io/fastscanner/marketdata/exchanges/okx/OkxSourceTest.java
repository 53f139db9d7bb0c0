package io.fastscanner.marketdata.exchanges.okx;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.exchanges.SpotHarness.await;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.BTC_USDT;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.CANDLES;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.HOUR;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.INSTRUMENTS;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.LAST_CLOSED;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.TICKERS;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.candles;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.recordedCandles;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.recordedKlines;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import io.fastscanner.scan.Universe;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The OKX source against the stand-in ({@link OkxStandIn}) when OKX answers: the candles it asks for, drops and pages,
 * the default universe and the instruments it keeps.
 */
class OkxSourceTest {

    private static final String FORMING_ROW =
            "[\"1706641200000\",\"43373.9\",\"43410\",\"43350.2\",\"43401.5\",\"120.5\",\"5228000.1\",\"5228000.1\",\"0\"]";

    private final SpotHarness harness = OkxStandIn.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    /**
     * An answer of 1H candles with open times {@code [from, to]}, newest first as OKX sends them: the recorded rows'
     * values, repeated, under shifted open times.
     */
    private static String shiftedKlines(long fromOpenMs, long toOpenMs) {
        List<String> recorded = List.of(
                "\"43398.6\",\"43493.9\",\"43279.9\",\"43373.9\",\"5070.79611732\",\"220057933.233687634\","
                        + "\"220057933.233687634\",\"1\"]",
                "\"43495.9\",\"43591.7\",\"43300\",\"43398.6\",\"4492.95408114\",\"195072853.268772597\","
                        + "\"195072853.268772597\",\"1\"]",
                "\"43377.1\",\"43500\",\"43220.9\",\"43495.9\",\"7137.30786672\",\"309343235.363089398\","
                        + "\"309343235.363089398\",\"1\"]");
        StringBuilder body = new StringBuilder("{\"code\":\"0\",\"msg\":\"\",\"data\":[");
        for (long open = toOpenMs; open >= fromOpenMs; open -= HOUR) {
            int i = (int) Math.floorMod((toOpenMs - open) / HOUR, 3L);
            body.append(open == toOpenMs ? "" : ",")
                    .append("[\"")
                    .append(open)
                    .append("\",")
                    .append(recorded.get(i));
        }
        return body.append("]}").toString();
    }

    @Test
    void candlesAreNormalisedOldestFirstAndAskedForUnderOkxsSpelling() {
        harness.wireMock.stubFor(recordedCandles().willReturn(okJson(recordedKlines())));

        CandleSeries series = await(harness.source.candles(BTC_USDT, Timeframe.H1, 3));

        assertThat(series.symbol()).isEqualTo(BTC_USDT);
        assertThat(series.openTimes()).containsExactly(1706630400000L, 1706634000000L, 1706637600000L);
        assertThat(series.candle(0))
                .isEqualTo(new Candle(1706630400000L, 43377.1, 43500, 43220.9, 43495.9, 7137.30786672));
        assertThat(series.lastCandle())
                .isEqualTo(new Candle(1706637600000L, 43398.6, 43493.9, 43279.9, 43373.9, 5070.79611732));
        List<LoggedRequest> sent = harness.wireMock.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(CANDLES)));
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.queryParameter("instId").firstValue()).isEqualTo("BTC-USDT");
            assertThat(r.queryParameter("bar").firstValue()).isEqualTo("1H");
        });
    }

    @Test
    void theCandleOkxMarksAsFormingIsDroppedEvenWhenItsHourHasEnded() {
        // at 20:00:00.000 the 19:00 candle has ended by our clock, but OKX still marks it forming (confirm "0")
        harness.clock.set(Instant.parse("2024-01-30T20:00:00Z"));
        String withForming = recordedKlines().replaceFirst("\"data\": \\[", "\"data\": [" + FORMING_ROW + ",");
        assertThat(withForming).contains(FORMING_ROW);
        harness.wireMock.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(okJson(withForming)));

        CandleSeries series = await(harness.source.candles(BTC_USDT, Timeframe.H1, 3));

        assertThat(series.openTimes()).containsExactly(1706630400000L, 1706634000000L, 1706637600000L);
        assertThat(harness.requests(CANDLES)).isEqualTo(1);
    }

    @Test
    void moreCandlesThanOneRequestServesArePagedWithoutGapsOrDuplicates() {
        long from = LAST_CLOSED - 699 * HOUR;
        long[][] pages = {
            {from, from + 299 * HOUR, 300},
            {from + 300 * HOUR, from + 599 * HOUR, 300},
            {from + 600 * HOUR, LAST_CLOSED, 100}
        };
        for (long[] page : pages) {
            harness.wireMock.stubFor(
                    candles(page[0], page[1], (int) page[2]).willReturn(okJson(shiftedKlines(page[0], page[1]))));
        }

        CandleSeries series = await(harness.source.candles(BTC_USDT, Timeframe.H1, 700));

        assertThat(series.size()).isEqualTo(700);
        long[] opens = series.openTimes();
        assertThat(opens[0]).isEqualTo(from);
        assertThat(opens[699]).isEqualTo(LAST_CLOSED);
        for (int i = 1; i < opens.length; i++) {
            assertThat(opens[i] - opens[i - 1]).as("step before candle %d", i).isEqualTo(HOUR);
        }
        assertThat(harness.requests(CANDLES)).isEqualTo(3);
        assertThat(harness.counted("candles", "200")).isEqualTo(3);
    }

    @Test
    void theTickersRankTheDefaultUniverse() {
        Map<MarketSymbol, Ticker24h> tickers = await(harness.source.tickers());

        assertThat(tickers).hasSize(9).doesNotContainKey(MarketSymbol.of("MDT", "USDT"));
        assertThat(Universe.top(tickers.values(), harness.source.defaultQuote(), 4))
                .containsExactly(
                        BTC_USDT,
                        MarketSymbol.of("ETH", "USDT"),
                        MarketSymbol.of("SOL", "USDT"),
                        MarketSymbol.of("XRP", "USDT"));
        assertThat(tickers.get(BTC_USDT).lastPrice()).isEqualTo(73384.8);
    }

    @Test
    void theInstrumentsAreFetchedOnceForSeveralCalls() {
        harness.wireMock.stubFor(recordedCandles().willReturn(okJson(recordedKlines())));

        await(harness.source.symbols());
        await(harness.source.tickers());
        await(harness.source.candles(BTC_USDT, Timeframe.H1, 3));
        await(harness.source.candles(BTC_USDT, Timeframe.H1, 3));
        await(harness.source.tickers());

        assertThat(harness.requests(INSTRUMENTS)).isEqualTo(1);
        assertThat(harness.counted("instruments", "200")).isEqualTo(1);
        assertThat(harness.requests(TICKERS)).isEqualTo(2);
        assertThat(harness.requests(CANDLES)).isEqualTo(2);
    }
}
