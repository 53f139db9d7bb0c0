package io.fastscanner.marketdata.exchanges.okx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.budget.WindowLimit;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import io.fastscanner.marketdata.exchanges.SpotError;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OkxApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OkxApi API = new OkxApi();
    private static final MarketSymbol BTC_USDT = MarketSymbol.of("BTC", "USDT");

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

    @Test
    void candlesAreReadColumnByColumnInMillisecondsInTheAnswersOrder() {
        List<Candle> candles = API.readCandles(fixture("klines.json"), Timeframe.H1);

        assertThat(candles)
                .extracting(Candle::openTimeMs)
                .containsExactly(1706637600000L, 1706634000000L, 1706630400000L);
        assertThat(Instant.ofEpochMilli(candles.get(0).openTimeMs())).isEqualTo("2024-01-30T18:00:00Z");
        assertThat(candles.get(0))
                .isEqualTo(new Candle(1706637600000L, 43398.6, 43493.9, 43279.9, 43373.9, 5070.79611732));
        assertThat(candles.get(1))
                .isEqualTo(new Candle(1706634000000L, 43495.9, 43591.7, 43300, 43398.6, 4492.95408114));
        assertThat(candles.get(2))
                .isEqualTo(new Candle(1706630400000L, 43377.1, 43500, 43220.9, 43495.9, 7137.30786672));
    }

    @Test
    void aCandleOkxMarksAsFormingIsLeftOut() {
        JsonNode body = parse("{\"code\":\"0\",\"msg\":\"\",\"data\":["
                + "[\"1706641200000\",\"43373.9\",\"43410\",\"43350.2\",\"43401.5\",\"120.5\",\"5228000.1\",\"5228000.1\",\"0\"],"
                + "[\"1706637600000\",\"43398.6\",\"43493.9\",\"43279.9\",\"43373.9\",\"5070.79611732\","
                + "\"220057933.233687634\",\"220057933.233687634\",\"1\"]]}");

        assertThat(API.readCandles(body, Timeframe.H1))
                .extracting(Candle::openTimeMs)
                .containsExactly(1706637600000L);
    }

    @Test
    void aBarOnAnotherGridThanOursIsAMalformedAnswer() {
        // a 1D bar opening at midnight Hong Kong time (16:00 UTC), as plain "1D" would answer
        JsonNode hongKongDay = parse(
                "{\"code\":\"0\",\"msg\":\"\",\"data\":[[\"1706630400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"10\",\"15\",\"15\",\"1\"]]}");

        assertThatThrownBy(() -> API.readCandles(hongKongDay, Timeframe.D1))
                .isInstanceOf(MalformedAnswerException.class)
                .hasMessageContaining("not on the UTC grid of 1d");
        assertThat(API.readCandles(hongKongDay, Timeframe.H4)).hasSize(1);
    }

    @Test
    void rowsThatAreNotCandlesAreMalformed() {
        assertThatThrownBy(() ->
                        API.readCandles(parse("{\"code\":\"0\",\"data\":[[\"1706630400000\",\"1\"]]}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() -> API.readCandles(parse("{\"code\":\"0\",\"data\":{}}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() -> API.readCandles(parse("[]"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void everyTimeframeIsServedWithUtcAlignedBars() {
        Map<Timeframe, String> bars = new LinkedHashMap<>();
        for (Timeframe tf : Timeframe.values()) {
            bars.put(tf, API.interval(tf).orElseThrow());
        }
        assertThat(bars.values())
                .containsExactly("1m", "5m", "15m", "30m", "1H", "2H", "4H", "6Hutc", "12Hutc", "1Dutc", "1Wutc");
        assertThat(API.maxRowsPerRequest()).isEqualTo(300);
        assertThat(API.reachableRows()).isEqualTo(1440);
    }

    @Test
    void theCandleRequestCoversTheRangeWithExclusiveCursors() {
        long from = Instant.parse("2024-01-30T16:00:00Z").toEpochMilli();
        long to = Instant.parse("2024-01-30T18:00:00Z").toEpochMilli();

        SpotRequest request = API.candlesRequest("BTC-USDT", Timeframe.H1, "1H", from, to, 3);

        assertThat(request.path()).isEqualTo("/api/v5/market/candles");
        assertThat(request.query())
                .containsExactly(
                        Map.entry("instId", "BTC-USDT"),
                        Map.entry("bar", "1H"),
                        Map.entry("before", "1706630399999"),
                        Map.entry("after", "1706637600001"),
                        Map.entry("limit", "3"));
        assertThat(request.limit()).isEqualTo("okx:candles");
        assertThat(request.weight()).isEqualTo(1);
        assertThat(request.endpoint()).isEqualTo("candles");
    }

    @Test
    void instrumentsAreTheLivePairsAndEverySpellingReadsBack() {
        JsonNode body = fixture("instruments.json");
        Instruments instruments = API.readInstruments(body);

        List<String> live = new ArrayList<>();
        for (JsonNode row : body.get("data")) {
            String instId = row.get("instId").asText();
            if (!"live".equals(row.get("state").asText())) {
                assertThat(instruments.symbol(instId)).as(instId).isEmpty();
                continue;
            }
            live.add(instId);
            MarketSymbol symbol = instruments.symbol(instId).orElseThrow();
            assertThat(symbol)
                    .isEqualTo(MarketSymbol.of(
                            row.get("baseCcy").asText(), row.get("quoteCcy").asText()));
            assertThat(instruments.exchangeSymbol(symbol)).hasValue(instId);
        }
        assertThat(live).hasSize(9);
        assertThat(instruments.size()).isEqualTo(9);
        assertThat(instruments.exchangeSymbol(MarketSymbol.of("MDT", "USDT"))).isEmpty();
        assertThat(instruments.exchangeSymbol(MarketSymbol.of("ZETA", "USDT"))).isEmpty();
    }

    @Test
    void aPairWhoseAssetsCannotBeNamedIsSkipped() {
        JsonNode body = parse("{\"code\":\"0\",\"msg\":\"\",\"data\":["
                + "{\"instId\":\"BTC-USDT\",\"baseCcy\":\"BTC\",\"quoteCcy\":\"USDT\",\"state\":\"live\"},"
                + "{\"instId\":\"W.ETH-USDT\",\"baseCcy\":\"W.ETH\",\"quoteCcy\":\"USDT\",\"state\":\"live\"},"
                + "{\"instId\":\"\",\"baseCcy\":\"\",\"quoteCcy\":\"\",\"state\":\"live\"}]}");

        assertThat(API.readInstruments(body).symbols()).containsExactly(BTC_USDT);
    }

    @Test
    void tickersOfTradablePairsWithTheChangeOverTheRolling24Hours() {
        Instruments instruments = API.readInstruments(fixture("instruments.json"));

        List<Ticker24h> tickers = API.readTickers(fixture("tickers-spot.json"), instruments, 0);

        assertThat(tickers).hasSize(9).noneMatch(t -> t.symbol().base().equals("MDT"));
        Ticker24h btc = tickers.stream()
                .filter(t -> t.symbol().equals(BTC_USDT))
                .findFirst()
                .orElseThrow();
        assertThat(btc.lastPrice()).isEqualTo(73384.8);
        assertThat(btc.changePercent()).isCloseTo((73384.8 - 72166.8) / 72166.8 * 100, offset(1e-9));
        assertThat(btc.changePercent()).isCloseTo(1.6877, offset(1e-4));
        assertThat(btc.quoteVolume()).isEqualTo(1519926359.597266598);
        assertThat(btc.asOfMs()).isEqualTo(1710328243709L);
    }

    @Test
    void theRecordedTickerRowReadsAsInTheAllTickersAnswer() {
        Instruments instruments = API.readInstruments(fixture("instruments.json"));

        List<Ticker24h> recorded = API.readTickers(fixture("tickers.json"), instruments, 0);

        assertThat(recorded)
                .containsExactly(API.readTickers(fixture("tickers-spot.json"), instruments, 0)
                        .get(0));
    }

    @Test
    void aPairThatHasNotTradedYetHasNoTicker() {
        Instruments instruments = API.readInstruments(fixture("instruments.json"));
        JsonNode body = parse("{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"instType\":\"SPOT\",\"instId\":\"SOL-USDT\","
                + "\"last\":\"\",\"open24h\":\"\",\"volCcy24h\":\"0\",\"ts\":\"1710328243709\"}]}");

        assertThat(API.readTickers(body, instruments, 0)).isEmpty();
    }

    @Test
    void limitsAreEightyPercentOfOkxsPerEndpointLimitsPerTwoSeconds() {
        assertThat(API.limits())
                .containsExactlyInAnyOrder(
                        new WindowLimit("okx:candles", 32, Duration.ofSeconds(2), Duration.ofMillis(200)),
                        new WindowLimit("okx:tickers", 16, Duration.ofSeconds(2), Duration.ofMillis(200)),
                        new WindowLimit("okx:instruments", 16, Duration.ofSeconds(2), Duration.ofMillis(200)));
        assertThat(API.instrumentsRequest().pathAndQuery()).isEqualTo("/api/v5/public/instruments?instType=SPOT");
        assertThat(API.instrumentsRequest().limit()).isEqualTo("okx:instruments");
        assertThat(API.tickersRequest().pathAndQuery()).isEqualTo("/api/v5/market/tickers?instType=SPOT");
        assertThat(API.tickersRequest().limit()).isEqualTo("okx:tickers");
    }

    // ---- errors

    private static Optional<SpotError> error(int status, String body) {
        return API.error(status, Map.of(), body == null ? MissingNode.getInstance() : parse(body));
    }

    private static String envelope(String code, String msg) {
        return "{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"data\":[]}";
    }

    /** The code and message of one entry of errors.json. */
    private static String recordedError(String code) {
        for (JsonNode e : fixture("errors.json")) {
            if (e.get("code").asText().equals(code)) {
                return envelope(code, e.get("msg").asText());
            }
        }
        throw new IllegalArgumentException(code);
    }

    @Test
    void aGoodAnswerIsNoError() {
        assertThat(API.error(200, Map.of(), fixture("klines.json"))).isEmpty();
        assertThat(error(200, "{\"code\":\"0\",\"msg\":\"\",\"data\":[]}")).isEmpty();
    }

    @Test
    void rateLimitedPausesOneOkxWindowUnlessRetryAfterSaysMore() {
        assertThat(error(429, recordedError("50011")))
                .hasValue(new SpotError.RateLimited(Optional.of(Duration.ofSeconds(2)), "50011: Request too frequent"));
        assertThat(error(200, envelope("50011", "Rate limit reached.")))
                .get()
                .isInstanceOf(SpotError.RateLimited.class);
        assertThat(API.error(429, Map.of("retry-after", List.of("5")), parse(recordedError("50011"))))
                .hasValue(new SpotError.RateLimited(Optional.of(Duration.ofSeconds(5)), "50011: Request too frequent"));
        assertThat(error(429, null))
                .hasValue(new SpotError.RateLimited(Optional.of(Duration.ofSeconds(2)), "HTTP 429"));
    }

    @Test
    void anUnknownInstrumentIsAnInvalidSymbol() {
        assertThat(error(200, recordedError("51001")))
                .hasValue(new SpotError.InvalidSymbol("51001: Instrument ID does not exist"));
    }

    @Test
    void busyOrUnavailableIsTransient() {
        assertThat(error(503, envelope("50001", "Service temporarily unavailable. Please try again later.")))
                .get()
                .isEqualTo(new SpotError.Transient(
                        "okx_50001", "50001: Service temporarily unavailable. Please try again later."));
        assertThat(error(400, envelope("50004", "API endpoint request timeout.")))
                .get()
                .isInstanceOf(SpotError.Transient.class);
        assertThat(error(429, envelope("50013", "Systems are busy. Please try again later.")))
                .get()
                .isInstanceOf(SpotError.Transient.class);
        assertThat(error(500, envelope("50026", "System error. Try again later")))
                .get()
                .isInstanceOf(SpotError.Transient.class);
    }

    @Test
    void aRefusedIpIsABanWithoutANamedEnd() {
        assertThat(error(200, envelope("50121", "You can't access our services through the IP address (1.2.3.4)")))
                .get()
                .isInstanceOfSatisfying(
                        SpotError.Banned.class, b -> assertThat(b.until()).isEmpty());
        assertThat(error(403, null)).get().isInstanceOf(SpotError.Banned.class);
    }

    @Test
    void anyOtherCodeFailsWithItsCodeEvenWithHttp200() {
        assertThat(error(400, recordedError("51000")))
                .hasValue(new SpotError.Failed("okx_51000", "51000: Parameter {0} error"));
        assertThat(error(200, envelope("50030", "You don't have permission to use this API endpoint")))
                .hasValue(
                        new SpotError.Failed("okx_50030", "50030: You don't have permission to use this API endpoint"));
    }

    @Test
    void statusesWithoutAnOkxCodeAreLeftToTheDefaults() {
        assertThat(error(502, null)).isEmpty();
        assertThat(error(404, "\"not found\"")).isEmpty();
    }
}
