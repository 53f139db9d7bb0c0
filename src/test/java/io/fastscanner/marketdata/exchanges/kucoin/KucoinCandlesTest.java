package io.fastscanner.marketdata.exchanges.kucoin;

import static io.fastscanner.marketdata.exchanges.kucoin.KucoinAnswers.fixture;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The KuCoin candles: read from the fixtures, the parameters of their request and the intervals KuCoin serves. */
class KucoinCandlesTest {

    private final KucoinApi api = new KucoinApi();

    @Test
    void candlesAreReadWithCloseBeforeHighAndLowAndTimesInMilliseconds() {
        List<Candle> candles = api.readCandles(fixture("klines.json"), Timeframe.H1);

        // as in the file, newest first: ["1706637600","43396.4","43369.4","43491.9","43285.2","135.02905655",...]
        assertThat(candles)
                .extracting(Candle::openTimeMs)
                .containsExactly(1706637600000L, 1706634000000L, 1706630400000L);
        assertThat(candles.get(0))
                .isEqualTo(new Candle(1706637600000L, 43396.4, 43491.9, 43285.2, 43369.4, 135.02905655));
        assertThat(candles.get(1))
                .isEqualTo(new Candle(1706634000000L, 43501.1, 43598.9, 43305.2, 43396.4, 101.11170513));
        assertThat(candles.get(2))
                .isEqualTo(new Candle(1706630400000L, 43383.7, 43521.9, 43222.8, 43501, 101.30420492));
    }

    @Test
    void anAnswerThatIsNotCandlesIsMalformed() {
        assertThatThrownBy(() -> api.readCandles(json("{\"code\":\"200000\",\"data\":{}}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() ->
                        api.readCandles(json("{\"code\":\"200000\",\"data\":[[\"1706637600\",\"1\"]]}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() -> api.readCandles(
                        json("{\"code\":\"200000\",\"data\":[[\"x\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\"]]}"),
                        Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void theCandleRequestAsksFromOneSecondBeforeTheFirstOpenToOneSecondAfterTheLast() {
        SpotRequest request = api.candlesRequest("BTC-USDT", Timeframe.H1, "1hour", 1706630400000L, 1706637600000L, 3);

        assertThat(request.pathAndQuery())
                .isEqualTo("/api/v1/market/candles?symbol=BTC-USDT&type=1hour&startAt=1706630399&endAt=1706637601");
        assertThat(request.limit()).isEqualTo("kucoin");
        assertThat(request.weight()).isEqualTo(3);
        assertThat(request.endpoint()).isEqualTo("candles");
    }

    @Test
    void aFullPageOfDailyCandlesSpansExactly1500OpenTimes() {
        long from = 1_577_836_800_000L; // 2020-01-01
        long to = from + 1499 * Timeframe.D1.millis();
        SpotRequest request = api.candlesRequest("ETH-BTC", Timeframe.D1, "1day", from, to, 1500);

        assertThat(request.query())
                .containsEntry("symbol", "ETH-BTC")
                .containsEntry("type", "1day")
                .containsEntry("startAt", String.valueOf(from / 1000 - 1))
                .containsEntry("endAt", String.valueOf(to / 1000 + 1));
        assertThat(api.maxRowsPerRequest()).isEqualTo(1500);
    }

    @Test
    void everyIntervalIsServedButTheWeekWhichKucoinStartsOnThursday() {
        assertThat(api.interval(Timeframe.M1)).hasValue("1min");
        assertThat(api.interval(Timeframe.M5)).hasValue("5min");
        assertThat(api.interval(Timeframe.M15)).hasValue("15min");
        assertThat(api.interval(Timeframe.M30)).hasValue("30min");
        assertThat(api.interval(Timeframe.H1)).hasValue("1hour");
        assertThat(api.interval(Timeframe.H2)).hasValue("2hour");
        assertThat(api.interval(Timeframe.H4)).hasValue("4hour");
        assertThat(api.interval(Timeframe.H6)).hasValue("6hour");
        assertThat(api.interval(Timeframe.H12)).hasValue("12hour");
        assertThat(api.interval(Timeframe.D1)).hasValue("1day");
        assertThat(api.interval(Timeframe.W1)).isEmpty();
        assertThat(api.reachableRows()).isEqualTo(Integer.MAX_VALUE);
    }
}
