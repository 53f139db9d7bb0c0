package io.fastscanner.scannerapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.SignalType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Mapping rules without Quarkus: symbols, labels, agreement, error reasons, JSON shape. */
class ScannerApiMappingTest {

    private static ScannerApiOpinion opinion(SignalType its) {
        return new ScannerApiOpinion(
                "scanner_api",
                "async",
                "medium",
                "1h",
                its,
                "bear",
                0.5,
                70.0,
                1.0,
                2.0,
                null,
                null,
                null,
                Instant.parse("2026-11-24T11:26:06Z"));
    }

    @Test
    void agreesWhenItsSignalEqualsOurs() {
        assertThat(opinion(SignalType.SELL).withAgreement(SignalType.SELL).agrees())
                .isTrue();
        assertThat(opinion(SignalType.SELL).withAgreement(SignalType.BUY).agrees())
                .isFalse();
        assertThat(opinion(SignalType.HOLD).withAgreement(SignalType.BUY).agrees())
                .isFalse();
        assertThat(opinion(null).withAgreement(SignalType.BUY).agrees()).isNull();
        assertThat(opinion(SignalType.BUY).withAgreement(null).agrees()).isNull();
        ScannerApiOpinion agreed = opinion(SignalType.BUY).withAgreement(SignalType.BUY);
        assertThat(agreed.signal()).isEqualTo(SignalType.BUY);
        assertThat(agreed.opportunityScore()).isEqualTo(70.0);
    }

    @Test
    void symbolsLoseTheirSettleSuffix() {
        assertThat(ScannerApiAnswers.ourSymbol("BTC/USDT:USDT")).contains(MarketSymbol.of("BTC", "USDT"));
        assertThat(ScannerApiAnswers.ourSymbol("ETH/USDT")).contains(MarketSymbol.of("ETH", "USDT"));
        assertThat(ScannerApiAnswers.ourSymbol("1000PEPE/USDT:USDT")).contains(MarketSymbol.of("1000PEPE", "USDT"));
        assertThat(ScannerApiAnswers.ourSymbol("")).isEmpty();
        assertThat(ScannerApiAnswers.ourSymbol(null)).isEmpty();
    }

    @Test
    void everyTimeframeGetsALabelItUnderstands() {
        assertThat(ScannerApiLabel.forTimeframe(Timeframe.H1).label()).isEqualTo("medium");
        assertThat(ScannerApiLabel.forTimeframe(Timeframe.H1).candles()).isEqualTo(Timeframe.H1);
        assertThat(ScannerApiLabel.forTimeframe(Timeframe.M1).label()).isEqualTo("scalping");
        assertThat(ScannerApiLabel.forTimeframe(Timeframe.M5).label()).isEqualTo("short");
        assertThat(ScannerApiLabel.forTimeframe(Timeframe.M15).label()).isEqualTo("short");
        assertThat(ScannerApiLabel.forTimeframe(Timeframe.H4).label()).isEqualTo("medium");
        assertThat(ScannerApiLabel.forTimeframe(Timeframe.D1).label()).isEqualTo("daily");
        assertThat(ScannerApiLabel.forTimeframe(Timeframe.W1).label()).isEqualTo("weekly");
        for (Timeframe ours : Timeframe.values()) {
            ScannerApiLabel label = ScannerApiLabel.forTimeframe(ours);
            assertThat(label.label()).isIn("scalping", "short", "medium", "daily", "weekly");
            assertThat(label.exactFor(ours)).isEqualTo(label.candles() == ours);
        }
    }

    @Test
    void errorBodiesAndPagesAreTold() {
        assertThat(ScannerApiAnswers.httpReason(
                        500,
                        "{\"duration_seconds\":0.0,\"error\":\"module 'ccxt.async_support' has no attribute 'x'\","
                                + "\"message\":\"Failed to complete market scan\"}"))
                .isEqualTo(
                        "http_500: Failed to complete market scan (module 'ccxt.async_support' has no attribute 'x')");
        assertThat(ScannerApiAnswers.httpReason(502, "<html>Bad gateway</html>"))
                .isEqualTo("http_502");
        assertThatThrownBy(() -> ScannerApiAnswers.expectJsonObject(new RawAnswer(404, "<!doctype html><title>404")))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("http_404");
        assertThatThrownBy(() -> ScannerApiAnswers.expectJsonObject(new RawAnswer(200, "[1,2]")))
                .isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> ScannerApiAnswers.opinions(
                        ScannerApiAnswers.expectJsonObject(new RawAnswer(200, "{\"status\":\"accepted\"}")),
                        "async",
                        ScannerApiLabel.MEDIUM,
                        Instant.now()))
                .isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void signalsOfAnotherLabelAreLeftOutAndMissingFieldsAreNull() {
        JsonNode body = ScannerApiAnswers.expectJsonObject(new RawAnswer(
                200,
                "{\"signals\":["
                        + "{\"symbol\":\"BTC/USDT:USDT\",\"timeframe\":\"1h\",\"signal\":\"BUY\"},"
                        + "{\"symbol\":\"ETH/USDT:USDT\",\"timeframe\":\"medium\",\"signal\":\"STRONG_BUY\",\"price\":NaN},"
                        + "{\"timeframe\":\"medium\",\"signal\":\"SELL\"}]}"));
        var opinions = ScannerApiAnswers.opinions(body, "async", ScannerApiLabel.MEDIUM, Instant.now());
        assertThat(opinions).containsOnlyKeys(MarketSymbol.of("ETH", "USDT"));
        ScannerApiOpinion eth = opinions.get(MarketSymbol.of("ETH", "USDT"));
        assertThat(eth.signal()).isNull();
        assertThat(eth.price()).isNull();
        assertThat(eth.regime()).isNull();
        assertThat(eth.regimeConfidence()).isNull();
        assertThat(eth.stopLoss()).isNull();
    }

    @Test
    void jsonShape() throws Exception {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode json = mapper.readTree(
                mapper.writeValueAsString(opinion(SignalType.SELL).withAgreement(SignalType.SELL)));
        assertThat(json.get("source").asText()).isEqualTo("scanner_api");
        assertThat(json.get("signal").asText()).isEqualTo("SELL");
        assertThat(json.get("agrees").asBoolean()).isTrue();
        assertThat(json.get("fetchedAt").asText()).isEqualTo("2026-11-24T11:26:06Z");
        assertThat(json.has("riskReward")).isFalse();
        assertThat(json.has("price")).isFalse();
        assertThat(json.has("stopLoss")).isTrue();
    }

    @Test
    void aHoldsPlaceholderLevelsAreLeftOutAndConfidenceIsRounded() {
        // recorded head_06: BTC and ETH are HOLD with stop-loss entry -3 %, take-profit entry +3 %, ratio 1.0
        JsonNode body = ScannerApiAnswers.expectJsonObject(
                new RawAnswer(200, ScannerApiWireMock.recorded("head_06_signals_all.json")));
        var opinions = ScannerApiAnswers.opinions(body, "async", ScannerApiLabel.MEDIUM, Instant.EPOCH);

        for (String base : new String[] {"BTC", "ETH"}) {
            ScannerApiOpinion hold = opinions.get(MarketSymbol.of(base, "USDT"));
            assertThat(hold.signal()).isEqualTo(SignalType.HOLD);
            assertThat(hold.stopLoss()).isNull();
            assertThat(hold.takeProfit()).isNull();
            assertThat(hold.riskReward()).isNull();
            assertThat(hold.levelsNote()).isEqualTo(ScannerApiOpinion.HOLD_LEVELS_LEFT_OUT);
            assertThat(hold.withAgreement(SignalType.HOLD).levelsNote()).isEqualTo(hold.levelsNote());
        }
        ScannerApiOpinion bnb = opinions.get(MarketSymbol.of("BNB", "USDT"));
        assertThat(bnb.signal()).isEqualTo(SignalType.SELL);
        assertThat(bnb.stopLoss()).isEqualTo(643.56007975);
        assertThat(bnb.takeProfit()).isEqualTo(599.31980062);
        assertThat(bnb.levelsNote()).isNull();
        assertThat(opinions.get(MarketSymbol.of("BTC", "USDT")).regimeConfidence())
                .isEqualTo(0.901);
        assertThat(bnb.regimeConfidence()).isEqualTo(0.554);

        assertThat(ScannerApiAnswers.fraction(81.7)).isEqualTo(0.817).isNotEqualTo(81.7 / 100);
        assertThat(ScannerApiAnswers.fraction(33.33333)).isEqualTo(0.3333);
        assertThat(ScannerApiAnswers.fraction(100.0)).isEqualTo(1.0);
        assertThat(ScannerApiAnswers.fraction(140.0)).isEqualTo(1.0);
        assertThat(ScannerApiAnswers.fraction(-2.0)).isEqualTo(0.0);
        assertThat(ScannerApiAnswers.fraction(null)).isNull();
    }

    @Test
    void anAnswerIsNotOursWhenReplacedOrOfAnotherLabelOnly() {
        JsonNode otherLabel = json("{\"signals\":[{\"timeframe\":\"1h\"},{\"timeframe\":\"daily\"}],"
                + "\"metadata\":{\"last_scan\":\"2026-11-24T11:26:17.406909\"}}");
        assertThat(ScannerApiAnswers.notOurs(otherLabel, ScannerApiLabel.MEDIUM, "2026-11-24T11:26:17.406909"))
                .contains("its signals are for the label 1h, daily, not medium");
        assertThat(ScannerApiAnswers.notOurs(otherLabel, ScannerApiLabel.MEDIUM, "2026-11-24T11:26:06.470789"))
                .hasValueSatisfying(why -> assertThat(why).startsWith("its results changed before we read them"));
        JsonNode mixed = json("{\"signals\":[{\"timeframe\":\"1h\"},{\"timeframe\":\"medium\"}]}");
        assertThat(ScannerApiAnswers.notOurs(mixed, ScannerApiLabel.MEDIUM, null))
                .isEmpty();
        assertThat(ScannerApiAnswers.notOurs(json("{\"signals\":[{}]}"), ScannerApiLabel.MEDIUM, null))
                .isEmpty();
        assertThat(ScannerApiAnswers.notOurs(json("{\"signals\":[]}"), ScannerApiLabel.MEDIUM, null))
                .isEmpty();
    }

    private static JsonNode json(String body) {
        return ScannerApiAnswers.expectJsonObject(new RawAnswer(200, body));
    }
}
