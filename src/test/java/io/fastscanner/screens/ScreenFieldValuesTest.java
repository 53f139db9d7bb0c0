package io.fastscanner.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fastscanner.scan.SymbolAnalysis;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every catalogued field read from a complete analysis of BTC/USDT on the bundled replay, against the same
 * analysis serialised as the API answers it: the row of {@code signals}, the symbol endpoint's {@code indicators}
 * and {@code deepAnalysis}.
 */
class ScreenFieldValuesTest {

    /** Where each field is in the API's JSON: a JSON pointer into {"row", "indicators", "deep"}. */
    private static final Map<String, String> SHOWN_AT = new LinkedHashMap<>();

    static {
        for (String name : new String[] {
            "symbol",
            "exchange",
            "timeframe",
            "price",
            "change24h",
            "volume24h",
            "signal",
            "strength",
            "rating",
            "rsi",
            "macd",
            "emaTrend",
            "status",
            "stale",
            "data"
        }) {
            SHOWN_AT.put(name, "/row/" + name);
        }
        SHOWN_AT.put("base", "/row/symbol"); // the part before the slash
        SHOWN_AT.put("quote", "/row/symbol"); // the part after it
        for (String name : new String[] {
            "ema9",
            "ema21",
            "ema50",
            "ema200",
            "sma20",
            "rsi14",
            "macdSignal",
            "macdHistogram",
            "atr14",
            "bbUpper",
            "bbMiddle",
            "bbLower",
            "adx14",
            "plusDi14",
            "minusDi14",
            "stochK",
            "stochD",
            "obv"
        }) {
            SHOWN_AT.put(name, "/indicators/" + name);
        }
        SHOWN_AT.put("macdLine", "/indicators/macd");
        SHOWN_AT.put("opportunityScore", "/deep/opportunity_score");
        SHOWN_AT.put("direction", "/deep/sl_tp/direction");
        SHOWN_AT.put("regime", "/deep/market_regime/regime");
        SHOWN_AT.put("regimeConfidence", "/deep/market_regime/confidence");
        SHOWN_AT.put("volatility", "/deep/market_regime/volatility");
        SHOWN_AT.put("atrPercent", "/deep/market_regime/atrPercent");
        SHOWN_AT.put("confluence", "/deep/confluence/score");
        SHOWN_AT.put("confluenceBias", "/deep/confluence/dominant");
        SHOWN_AT.put("confluenceAligned", "/deep/confluence/aligned");
        SHOWN_AT.put("riskReward", "/deep/sl_tp/riskReward");
        SHOWN_AT.put("stopLoss", "/deep/sl_tp/stopLoss");
        SHOWN_AT.put("takeProfit", "/deep/sl_tp/takeProfit");
        SHOWN_AT.put("mlProbabilityUp", "/deep/ml_prediction/probabilityUp");
    }

    private final ObjectMapper mapper =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final SymbolAnalysis btc = Analyses.btcComplete();
    private final JsonNode api =
            mapper.valueToTree(Map.of("row", btc.row(), "indicators", btc.indicators(), "deep", btc.deepAnalysis()));

    @Test
    void everyFieldIsCheckedHere() {
        assertThat(SHOWN_AT.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        ScreenFields.all().stream().map(FieldInfo::name).toList());
    }

    @Test
    void everyFieldReadsTheValueTheApiShows() {
        for (FieldInfo info : ScreenFields.all()) {
            JsonNode shown = api.at(SHOWN_AT.get(info.name()));
            Object value = ScreenFields.field(info.name()).valueOf(btc);
            assertThat(shown.isMissingNode() || shown.isNull())
                    .as("%s is shown", info.name())
                    .isFalse();
            assertThat(value).as(info.name()).isEqualTo(expected(info, shown));
            if (info.enumerated()) {
                assertThat(info.values()).as(info.name()).contains((String) value);
            }
        }
    }

    @Test
    void everyFieldEqualsItsShownValueInAScreen() {
        for (FieldInfo info : ScreenFields.all()) {
            String literal = literal(info, expected(info, api.at(SHOWN_AT.get(info.name()))));
            assertThat(Screen.parse(info.name() + " == " + literal).matches(btc))
                    .as("%s == %s", info.name(), literal)
                    .isTrue();
            assertThat(Screen.parse(info.name() + " != " + literal).matches(btc))
                    .as("%s != %s", info.name(), literal)
                    .isFalse();
        }
    }

    @Test
    void theWorkedExampleReadsAsExpected() {
        assertThat(ScreenFields.field("symbol").valueOf(btc)).isEqualTo("BTC/USDT");
        assertThat(ScreenFields.field("base").valueOf(btc)).isEqualTo("BTC");
        assertThat(ScreenFields.field("quote").valueOf(btc)).isEqualTo("USDT");
        assertThat(ScreenFields.field("exchange").valueOf(btc)).isEqualTo("replay");
        assertThat(ScreenFields.field("timeframe").valueOf(btc)).isEqualTo("1h");
        assertThat(ScreenFields.field("data").valueOf(btc)).isEqualTo("replay");
        assertThat(ScreenFields.field("status").valueOf(btc)).isEqualTo("complete");
        assertThat(ScreenFields.field("change24h").valueOf(btc)).isEqualTo(1.25);
        assertThat(ScreenFields.field("volume24h").valueOf(btc)).isEqualTo(3.5e8);
        assertThat(ScreenFields.field("stale").valueOf(btc)).isEqualTo(false);
        assertThat(ScreenFields.field("rsi").valueOf(btc))
                .isEqualTo(ScreenFields.field("rsi14").valueOf(btc));
        assertThat(ScreenFields.field("strength").valueOf(btc))
                .isEqualTo((double) btc.row().strength());
        assertThat(ScreenFields.field("opportunityScore").valueOf(btc))
                .isEqualTo((double) btc.deepAnalysis().opportunityScore());
        assertThat(ScreenFields.field("mlProbabilityUp").valueOf(btc)).isEqualTo(0.62);
        assertThat(Screen.parse("price == ema9 or price != ema9").matches(btc)).isTrue();
        assertThat(Screen.parse("bbLower <= bbMiddle and bbMiddle <= bbUpper").matches(btc))
                .isTrue();
        assertThat(Screen.parse("macdHistogram > 0 or macdHistogram <= 0").matches(btc))
                .isTrue();
    }

    private static Object expected(FieldInfo info, JsonNode shown) {
        switch (info.type()) {
            case NUMBER:
                return shown.asDouble();
            case BOOLEAN:
                return shown.asBoolean();
            default:
                String text = shown.asText();
                if (info.name().equals("base")) {
                    return text.substring(0, text.indexOf('/'));
                }
                return info.name().equals("quote") ? text.substring(text.indexOf('/') + 1) : text;
        }
    }

    private static String literal(FieldInfo info, Object value) {
        return info.type() == FieldType.TEXT ? "\"" + value + "\"" : String.valueOf(value);
    }
}
