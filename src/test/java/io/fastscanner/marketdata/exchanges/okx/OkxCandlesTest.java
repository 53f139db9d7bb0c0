package io.fastscanner.marketdata.exchanges.okx;

import static io.fastscanner.marketdata.exchanges.okx.OkxAnswers.fixture;
import static io.fastscanner.marketdata.exchanges.okx.OkxAnswers.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OKX candles: read from the fixtures and bodies, the bars OKX serves and the parameters of their request. */
class OkxCandlesTest {

    private static final OkxApi API = new OkxApi();

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
}
