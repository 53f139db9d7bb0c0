package io.fastscanner.marketdata.exchanges.kucoin;

import static io.fastscanner.marketdata.exchanges.kucoin.KucoinAnswers.fixture;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.exchanges.Instruments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The KuCoin pairs and their tickers, read from the fixtures. */
class KucoinInstrumentsAndTickersTest {

    private final KucoinApi api = new KucoinApi();

    @Test
    void everyTradablePairMapsToItsCurrenciesAndBackToItsSymbol() {
        JsonNode body = fixture("symbols.json");
        Instruments instruments = api.readInstruments(body);

        List<String> tradable = new ArrayList<>();
        for (JsonNode pair : body.path("data")) {
            if (pair.path("enableTrading").asBoolean()
                    && !pair.path("baseCurrency").asText().contains(".")) {
                tradable.add(pair.path("symbol").asText());
            }
        }
        assertThat(tradable).hasSize(9);
        assertThat(instruments.size()).isEqualTo(tradable.size());
        for (String symbol : tradable) {
            MarketSymbol pair = instruments.symbol(symbol).orElseThrow(() -> new AssertionError(symbol));
            assertThat(instruments.exchangeSymbol(pair)).as(symbol).hasValue(symbol);
        }
        assertThat(instruments.symbol("BTC-USDT")).hasValue(MarketSymbol.of("BTC", "USDT"));
        assertThat(instruments.symbol("ETH-BTC")).hasValue(MarketSymbol.of("ETH", "BTC"));
    }

    @Test
    void aRenamedPairIsNamedByItsCurrenciesRequestedByItsSymbolAndKnownByItsNewName() {
        Instruments instruments = api.readInstruments(fixture("symbols.json"));

        MarketSymbol lunc = MarketSymbol.of("LUNC", "USDT");
        assertThat(instruments.exchangeSymbol(lunc)).hasValue("LUNA-USDT");
        assertThat(instruments.symbol("LUNC-USDT")).hasValue(lunc);
        assertThat(instruments.symbol("LUNA-USDT")).hasValue(lunc);
    }

    @Test
    void pairsNotTradingAndPairsWithAssetsWeCannotNameAreLeftOut() {
        Instruments instruments = api.readInstruments(fixture("symbols.json"));

        assertThat(instruments.symbol("BTC3L-USDT")).isEmpty(); // "enableTrading": false
        assertThat(instruments.symbol("SHIB2.0-USDT")).isEmpty(); // "SHIB2.0" is not an asset code we accept
        assertThat(instruments.symbols()).doesNotContain(MarketSymbol.of("BTC3L", "USDT"));
    }

    @Test
    void tickersCarryTheLastPriceTheChangeInPercentAndTheQuoteVolumeOfTheSnapshot() {
        Instruments instruments = api.readInstruments(fixture("symbols.json"));
        Map<MarketSymbol, Ticker24h> tickers = api.readTickers(fixture("all-tickers.json"), instruments, 0).stream()
                .collect(Collectors.toMap(Ticker24h::symbol, Function.identity()));

        // the BTC-USDT row has the values of the recorded 24 h stats (tickers.json of the shared recordings)
        Ticker24h btc = tickers.get(MarketSymbol.of("BTC", "USDT"));
        assertThat(btc.lastPrice()).isEqualTo(67400);
        assertThat(btc.changePercent()).isCloseTo(0.89, within(1e-9));
        assertThat(btc.quoteVolume()).isCloseTo(433203364.463489651, within(1e-3));
        assertThat(btc.asOfMs()).isEqualTo(1709897710012L);
        assertThat(tickers.get(MarketSymbol.of("KCS", "USDT")).changePercent()).isCloseTo(-0.61, within(1e-9));
        assertThat(tickers.get(MarketSymbol.of("LUNC", "USDT")).lastPrice()).isEqualTo(0.0001433);
        // KCS-BTC has no last price (no trades), BTC3L-USDT is not trading, XYZ-USDT is not listed
        assertThat(tickers.keySet())
                .hasSize(8)
                .doesNotContain(MarketSymbol.of("KCS", "BTC"), MarketSymbol.of("BTC3L", "USDT"))
                .noneMatch(s -> s.base().equals("XYZ"));
    }

    @Test
    void tickersWithoutTheSnapshotTimeAreAsOfNow() {
        Instruments instruments = api.readInstruments(fixture("symbols.json"));
        JsonNode body = json("{\"code\":\"200000\",\"data\":{\"ticker\":[{\"symbol\":\"BTC-USDT\",\"last\":\"67400\","
                + "\"changeRate\":\"-0.0125\",\"volValue\":\"100\"}]}}");

        assertThat(api.readTickers(body, instruments, 1709897711000L))
                .containsExactly(new Ticker24h(MarketSymbol.of("BTC", "USDT"), 67400, -1.25, 100, 1709897711000L));
    }
}
