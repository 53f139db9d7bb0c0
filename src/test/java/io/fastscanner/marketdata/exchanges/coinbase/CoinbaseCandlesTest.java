package io.fastscanner.marketdata.exchanges.coinbase;

import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseAnswers.json;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseAnswers.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Coinbase candles: read from the fixtures, the granularities Coinbase serves and the parameters of the request. */
class CoinbaseCandlesTest {

    private static final double EXACT = 1e-9;

    private final CoinbaseApi api = new CoinbaseApi();

    @Test
    void readsEveryColumnOfTheCandlesByName() {
        List<Candle> candles = api.readCandles(json("exchanges/coinbase/candles.json"), Timeframe.H1);

        assertThat(candles).hasSize(6);
        assertThat(candles)
                .extracting(Candle::openTimeMs)
                .as("answered newest first, kept as answered")
                .containsExactly(
                        1710331200000L, 1710327600000L, 1710324000000L, 1710320400000L, 1710316800000L, 1710313200000L);
        assertCandle(candles.get(1), 1710327600000L, 73243.33, 73402.47, 73241.5, 73370.65, 1.56794406);
        assertCandle(candles.get(5), 1710313200000L, 72890.12, 73105.44, 72811.05, 73044.3, 48.21937655);
    }

    @Test
    void theAdvancedRowHoldsTheValuesOfTheRecordedExchangeRow() {
        JsonNode recorded = json("exchanges/coinbase/klines.json").get(0); // [time, low, high, open, close, volume]
        Candle written = api.readCandles(json("exchanges/coinbase/candles.json"), Timeframe.H1)
                .get(1);

        assertCandle(
                written,
                recorded.get(0).longValue() * 1000,
                recorded.get(3).doubleValue(),
                recorded.get(2).doubleValue(),
                recorded.get(1).doubleValue(),
                recorded.get(4).doubleValue(),
                recorded.get(5).doubleValue());
    }

    @Test
    void readsTheDocumentedCandlesExample() {
        List<Candle> candles =
                api.readCandles(json("exchanges/coinbase/klines-advanced-documented.json"), Timeframe.H1);

        assertThat(candles).hasSize(1);
        assertCandle(candles.get(0), 1639508050000L, 140.21, 140.21, 140.21, 140.21, 56437345);
    }

    @Test
    void aCandlesAnswerThatIsNotTheDocumentedOneIsMalformed() {
        assertThatThrownBy(() -> api.readCandles(parse("{\"products\":[]}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() -> api.readCandles(
                        parse("{\"candles\":[{\"start\":\"x\",\"low\":\"1\",\"high\":\"1\",\"open\":\"1\","
                                + "\"close\":\"1\",\"volume\":\"1\"}]}"),
                        Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() -> api.readCandles(
                        parse("{\"candles\":[{\"start\":\"1710327600\",\"open\":\"1\"}]}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void servesThePublicGranularitiesAndLeavesTheOthersToBeBuilt() {
        assertThat(api.interval(Timeframe.M1)).contains("ONE_MINUTE");
        assertThat(api.interval(Timeframe.M5)).contains("FIVE_MINUTE");
        assertThat(api.interval(Timeframe.M15)).contains("FIFTEEN_MINUTE");
        assertThat(api.interval(Timeframe.M30)).contains("THIRTY_MINUTE");
        assertThat(api.interval(Timeframe.H1)).contains("ONE_HOUR");
        assertThat(api.interval(Timeframe.H2)).contains("TWO_HOUR");
        assertThat(api.interval(Timeframe.H6)).contains("SIX_HOUR");
        assertThat(api.interval(Timeframe.D1)).contains("ONE_DAY");
        assertThat(api.interval(Timeframe.H4)).isEmpty();
        assertThat(api.interval(Timeframe.H12)).isEmpty();
        assertThat(api.interval(Timeframe.W1)).isEmpty();
        assertThat(api.maxRowsPerRequest()).isEqualTo(350);
        assertThat(api.reachableRows()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void asksForTheOpenTimesInSecondsBothEndsIncluded() {
        long from = Instant.parse("2024-03-13T07:00:00Z").toEpochMilli();
        long to = Instant.parse("2024-03-13T11:00:00Z").toEpochMilli();

        SpotRequest hourly = api.candlesRequest("BTC-USD", Timeframe.H1, "ONE_HOUR", from, to, 5);

        assertThat(hourly.pathAndQuery())
                .isEqualTo("/api/v3/brokerage/market/products/BTC-USD/candles"
                        + "?start=1710313200&end=1710327600&granularity=ONE_HOUR&limit=5");
        assertThat(hourly.endpoint()).isEqualTo("candles");
        assertThat(hourly.limit()).isEqualTo("coinbase");
        assertThat(hourly.weight()).isEqualTo(1);

        long firstDay = Instant.parse("2023-03-29T00:00:00Z").toEpochMilli();
        long lastDay = Instant.parse("2024-03-12T00:00:00Z").toEpochMilli();
        assertThat(api.candlesRequest("CGLD-USD", Timeframe.D1, "ONE_DAY", firstDay, lastDay, 350)
                        .pathAndQuery())
                .isEqualTo("/api/v3/brokerage/market/products/CGLD-USD/candles"
                        + "?start=1680048000&end=1710201600&granularity=ONE_DAY&limit=350");
    }

    private static void assertCandle(
            Candle c, long openTimeMs, double open, double high, double low, double close, double volume) {
        assertThat(c.openTimeMs()).isEqualTo(openTimeMs);
        assertThat(c.open()).isCloseTo(open, within(EXACT));
        assertThat(c.high()).isCloseTo(high, within(EXACT));
        assertThat(c.low()).isCloseTo(low, within(EXACT));
        assertThat(c.close()).isCloseTo(close, within(EXACT));
        assertThat(c.volume()).isCloseTo(volume, within(EXACT));
    }
}
