package io.fastscanner.marketdata.exchanges.kraken;

import static io.fastscanner.marketdata.exchanges.kraken.KrakenAnswers.json;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenAnswers.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.budget.WindowLimit;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import io.fastscanner.marketdata.exchanges.SpotError;
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KrakenApiTest {

    private final KrakenApi api = new KrakenApi();

    private static MarketSymbol sym(String text) {
        return MarketSymbol.fromJson(text);
    }

    @Test
    void candlesAreTheRecordedRowsInMillisecondsOldestFirstWithoutTheFormingLastRow() {
        List<Candle> candles = api.readCandles(json("klines.json"), Timeframe.H1);

        // klines.json: 6 rows, the last (1706799600) is the forming candle
        assertThat(candles).hasSize(5);
        assertThat(candles.get(0))
                .isEqualTo(new Candle(1706626800000L, 43437.5, 43593.7, 43355.5, 43361.1, 18.75430110));
        assertThat(candles.get(1))
                .isEqualTo(new Candle(1706630400000L, 43366.3, 43529.2, 43234.2, 43485.0, 12.51327406));
        assertThat(candles.get(4))
                .isEqualTo(new Candle(1706641200000L, 43375.0, 43539.7, 43357.1, 43539.7, 10.82796308));
        assertThat(candles).extracting(Candle::openTimeMs).isSorted().doesNotContain(1706799600000L);
    }

    @Test
    void candlesUnderTheInternalPairNameWithANumericCursorAreReadAlike() {
        // the example of https://docs.kraken.com/api-reference/market-data/get-ohlc-data (rows shortened to two)
        JsonNode body = parse("{\"error\":[],\"result\":{\"XXBTZUSD\":["
                + "[1688671200,\"30306.1\",\"30306.2\",\"30305.7\",\"30305.7\",\"30306.1\",\"3.39243896\",23],"
                + "[1688671260,\"30304.5\",\"30304.5\",\"30300.0\",\"30300.0\",\"30300.0\",\"4.42996871\",18]],"
                + "\"last\":1688672160}}");

        assertThat(api.readCandles(body, Timeframe.M1))
                .containsExactly(new Candle(1688671200000L, 30306.1, 30306.2, 30305.7, 30305.7, 3.39243896));
    }

    @Test
    void aCandlesAnswerWithoutRowsOrWithABadRowIsMalformed() {
        assertThatThrownBy(() -> api.readCandles(parse("{\"error\":[],\"result\":{\"last\":1}}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() -> api.readCandles(
                        parse("{\"error\":[],\"result\":{\"XBTUSD\":[[1,\"x\",\"1\",\"1\",\"1\",\"1\",\"1\",1],[2]]}}"),
                        Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() -> api.readCandles(parse("{\"error\":[]}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void instrumentsAreTheOnlinePairsNamedByWsnameWithBitcoinAndDogecoinRenamed() {
        Instruments instruments = api.readInstruments(json("asset-pairs.json"));

        assertThat(instruments.symbols())
                .containsExactlyInAnyOrder(
                        sym("BTC/USD"),
                        sym("ETH/USD"),
                        sym("SOL/USD"),
                        sym("DOGE/USD"),
                        sym("XRP/USD"),
                        sym("USDT/USD"),
                        sym("BTC/USDT"),
                        sym("ETH/BTC"));
        // MATICUSD is cancel_only; ETH2.S/ETH names an asset that is no symbol
        assertThat(instruments.symbol("MATICUSD")).isEmpty();
        assertThat(instruments.symbol("ETH2.SETH")).isEmpty();
        assertThat(instruments.exchangeSymbol(sym("BTC/USD"))).contains("XBTUSD");
        assertThat(instruments.exchangeSymbol(sym("DOGE/USD"))).contains("XDGUSD");
        assertThat(instruments.exchangeSymbol(sym("ETH/BTC"))).contains("ETHXBT");
    }

    @Test
    void everyOnlinePairReadsBackToItsRequestNameFromEachOfItsSpellings() {
        Instruments instruments = api.readInstruments(json("asset-pairs.json"));
        int checked = 0;
        for (Map.Entry<String, JsonNode> pair :
                json("asset-pairs.json").get("result").properties()) {
            String altname = pair.getValue().get("altname").asText();
            String wsname = pair.getValue().get("wsname").asText();
            Optional<MarketSymbol> symbol = instruments.symbol(altname);
            if (!"online".equals(pair.getValue().get("status").asText()) || wsname.contains(".")) {
                assertThat(symbol).as(altname).isEmpty();
                continue;
            }
            assertThat(symbol).as(altname).isPresent();
            assertThat(instruments.exchangeSymbol(symbol.get())).as(altname).contains(altname);
            assertThat(instruments.symbol(pair.getKey())).as(pair.getKey()).isEqualTo(symbol);
            assertThat(instruments.symbol(wsname)).as(wsname).isEqualTo(symbol);
            checked++;
        }
        assertThat(checked).isEqualTo(8);
    }

    @Test
    void pairsWithoutAWsnameAreSkipped() {
        JsonNode body = parse("{\"error\":[],\"result\":{\"XXBTZUSD.d\":{\"altname\":\"XBTUSD.d\","
                + "\"base\":\"XXBT\",\"quote\":\"ZUSD\",\"status\":\"online\"}}}");

        assertThat(api.readInstruments(body).size()).isZero();
    }

    @Test
    void tickersOfEveryPairAreReadForTheTradablePairsOnly() {
        Instruments instruments = api.readInstruments(json("asset-pairs.json"));
        long now = Instant.parse("2024-03-13T12:00:00Z").toEpochMilli();

        Map<MarketSymbol, Ticker24h> tickers = api.readTickers(json("tickers-all.json"), instruments, now).stream()
                .collect(Collectors.toMap(Ticker24h::symbol, t -> t));

        // XLTCZUSD is not listed, MATICUSD not online, ETH2.SETH no symbol
        assertThat(tickers).hasSize(8);
        Ticker24h btc = tickers.get(sym("BTC/USD"));
        assertThat(btc.lastPrice()).isEqualTo(73385.1);
        assertThat(btc.changePercent()).isCloseTo((73385.1 - 71460.2) / 71460.2 * 100, within());
        assertThat(btc.quoteVolume()).isCloseTo(4870.11873301 * 71523.66912, within());
        assertThat(btc.asOfMs()).isEqualTo(now);
        assertThat(tickers.get(sym("DOGE/USD")).lastPrice()).isEqualTo(0.1748123);
    }

    @Test
    void theRecordedSingleTickerKeyedByItsRequestNameIsRead() {
        Instruments instruments = api.readInstruments(json("asset-pairs.json"));

        List<Ticker24h> tickers = api.readTickers(json("tickers.json"), instruments, 1L);

        assertThat(tickers).hasSize(1);
        Ticker24h t = tickers.get(0);
        assertThat(t.symbol()).isEqualTo(sym("BTC/USDT"));
        assertThat(t.lastPrice()).isEqualTo(73380.6);
        assertThat(t.changePercent()).isCloseTo((73380.6 - 71450.7) / 71450.7 * 100, within());
        assertThat(t.quoteVolume()).isCloseTo(598.03698452 * 71501.57520, within());
    }

    @Test
    void aTickerWithoutItsArraysIsMalformed() {
        Instruments instruments = api.readInstruments(json("asset-pairs.json"));
        JsonNode body = parse("{\"error\":[],\"result\":{\"XXBTZUSD\":{\"c\":[\"1\"],\"o\":\"1\"}}}");

        assertThatThrownBy(() -> api.readTickers(body, instruments, 1L)).isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void intervalsServedAreKrakensMinutesWithoutTheThursdayWeek() {
        assertThat(api.interval(Timeframe.M1)).contains("1");
        assertThat(api.interval(Timeframe.M5)).contains("5");
        assertThat(api.interval(Timeframe.M15)).contains("15");
        assertThat(api.interval(Timeframe.M30)).contains("30");
        assertThat(api.interval(Timeframe.H1)).contains("60");
        assertThat(api.interval(Timeframe.H4)).contains("240");
        assertThat(api.interval(Timeframe.D1)).contains("1440");
        assertThat(api.interval(Timeframe.H2)).isEmpty();
        assertThat(api.interval(Timeframe.H6)).isEmpty();
        assertThat(api.interval(Timeframe.H12)).isEmpty();
        assertThat(api.interval(Timeframe.W1)).isEmpty();
        assertThat(api.maxRowsPerRequest()).isEqualTo(720);
        assertThat(api.reachableRows()).isEqualTo(720);
    }

    @Test
    void theCandlesRequestAsksForRowsOpenAfterOneSecondBeforeTheFirstWanted() {
        long from = Instant.parse("2024-01-30T15:00:00Z").toEpochMilli();
        long to = Instant.parse("2024-02-01T14:00:00Z").toEpochMilli();

        SpotRequest request = api.candlesRequest("XBTUSD", Timeframe.H1, "60", from, to, 48);

        assertThat(request.path()).isEqualTo("/0/public/OHLC");
        assertThat(request.query())
                .containsExactly(
                        Map.entry("pair", "XBTUSD"), Map.entry("interval", "60"), Map.entry("since", "1706626799"));
        assertThat(request.pathAndQuery()).isEqualTo("/0/public/OHLC?pair=XBTUSD&interval=60&since=1706626799");
        assertThat(request.limit()).isEqualTo("kraken");
        assertThat(request.weight()).isEqualTo(1);
    }

    @Test
    void oneLimitOfOneRequestPer1250MsCountsEveryRequest() {
        assertThat(api.limits())
                .containsExactly(new WindowLimit("kraken", 1, Duration.ofMillis(1250), Duration.ofMillis(250)));
        assertThat(List.of(api.instrumentsRequest(), api.tickersRequest())).allSatisfy(r -> {
            assertThat(r.limit()).isEqualTo("kraken");
            assertThat(r.weight()).isEqualTo(1);
            assertThat(r.query()).isEmpty();
        });
        assertThat(api.instrumentsRequest().path()).isEqualTo("/0/public/AssetPairs");
        assertThat(api.tickersRequest().path()).isEqualTo("/0/public/Ticker");
        assertThat(api.defaultBaseUrl()).isEqualTo("https://api.kraken.com");
        assertThat(api.defaultQuote()).isEqualTo("USD");
    }

    @Test
    void theRecordedErrorBodiesMapWhateverTheirStatus() {
        Map<String, SpotError> mapped = new java.util.HashMap<>();
        for (JsonNode error : json("errors.json")) {
            mapped.put(
                    error.get("what").asText(),
                    api.error(200, Map.of(), error.get("body")).orElseThrow());
        }

        assertThat(mapped.get("too many requests"))
                .isEqualTo(new SpotError.RateLimited(Optional.of(Duration.ofSeconds(5)), "EGeneral:Too many requests"));
        assertThat(mapped.get("rate limit exceeded"))
                .isEqualTo(new SpotError.RateLimited(Optional.of(Duration.ofSeconds(5)), "EAPI:Rate limit exceeded"));
        assertThat(mapped.get("service unavailable"))
                .isEqualTo(new SpotError.Transient("service_unavailable", "EService:Unavailable"));
        assertThat(mapped.get("unknown / invalid pair"))
                .isEqualTo(new SpotError.InvalidSymbol("EQuery:Invalid asset pair"));
    }

    @Test
    void otherErrorsMap() {
        assertThat(error(200, Map.of(), "EQuery:Unknown asset pair"))
                .contains(new SpotError.InvalidSymbol("EQuery:Unknown asset pair"));
        assertThat(error(200, Map.of(), "EService:Busy"))
                .contains(new SpotError.Transient("service_busy", "EService:Busy"));
        assertThat(error(500, Map.of(), "EGeneral:Internal error"))
                .contains(new SpotError.Transient("general_internal_error", "EGeneral:Internal error"));
        assertThat(error(200, Map.of(), "EGeneral:Invalid arguments:interval"))
                .contains(new SpotError.Failed("general_invalid_arguments", "EGeneral:Invalid arguments:interval"));
        assertThat(error(200, Map.of(), "EQuery:Unknown asset"))
                .contains(new SpotError.Failed("query_unknown_asset", "EQuery:Unknown asset"));
    }

    @Test
    void aRateLimitWithRetryAfterWaitsThatLong() {
        assertThat(error(429, Map.of("retry-after", List.of("2")), "EAPI:Rate limit exceeded"))
                .contains(new SpotError.RateLimited(Optional.of(Duration.ofSeconds(2)), "EAPI:Rate limit exceeded"));
    }

    @Test
    void aTemporaryLockoutIsABanOfFifteenMinutesFromTheAnswersDate() {
        assertThat(error(200, Map.of("date", List.of("Thu, 01 Feb 2024 15:30:00 GMT")), "EGeneral:Temporary lockout"))
                .contains(new SpotError.Banned(
                        Optional.of(Instant.parse("2024-02-01T15:45:00Z")), "EGeneral:Temporary lockout"));
        assertThat(error(200, Map.of(), "EGeneral:Temporary lockout"))
                .contains(new SpotError.Banned(Optional.empty(), "EGeneral:Temporary lockout"));
    }

    @Test
    void goodAnswersWarningsAndBodiesThatAreNotJsonCarryNoError() {
        assertThat(api.error(200, Map.of(), json("klines.json"))).isEmpty();
        assertThat(api.error(200, Map.of(), parse("{\"error\":[\"WGeneral:Unknown feature\"],\"result\":{}}")))
                .isEmpty();
        assertThat(api.error(502, Map.of(), MissingNode.getInstance())).isEmpty();
    }

    private Optional<SpotError> error(int status, Map<String, List<String>> headers, String message) {
        return api.error(status, headers, parse("{\"error\":[\"" + message + "\"]}"));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
