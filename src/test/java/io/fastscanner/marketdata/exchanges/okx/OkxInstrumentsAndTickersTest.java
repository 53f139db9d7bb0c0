package io.fastscanner.marketdata.exchanges.okx;

import static io.fastscanner.marketdata.exchanges.okx.OkxAnswers.fixture;
import static io.fastscanner.marketdata.exchanges.okx.OkxAnswers.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.exchanges.Instruments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OKX instruments and their tickers, read from the fixtures and bodies. */
class OkxInstrumentsAndTickersTest {

    private static final OkxApi API = new OkxApi();

    private static final MarketSymbol BTC_USDT = MarketSymbol.of("BTC", "USDT");

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
}
