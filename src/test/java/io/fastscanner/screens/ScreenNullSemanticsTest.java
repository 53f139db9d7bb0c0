package io.fastscanner.screens;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SymbolAnalysis;
import io.fastscanner.signal.EmaTrend;
import io.fastscanner.signal.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A comparison with a missing value is false, whatever the operator ({@code !=} and {@code not in} included);
 * {@code not} negates that false into true.
 */
class ScreenNullSemanticsTest {

    /** A quick-scan row: RSI 25, no deep analysis yet. */
    private static final SymbolAnalysis QUICK_ONLY =
            Analyses.quick(SignalType.BUY, 25.0, 20e6, EmaTrend.BULLISH, false);

    private static boolean matches(String screen, SymbolAnalysis analysis) {
        return Screen.parse(screen).matches(analysis);
    }

    @Test
    void everyComparisonOfEveryMissingFieldIsFalseAndItsNegationTrue() {
        for (FieldInfo field : ScreenFields.all()) {
            for (String comparison : comparisonsOf(field)) {
                assertThat(matches(comparison, Analyses.nothing()))
                        .as(comparison)
                        .isFalse();
                assertThat(matches("not (" + comparison + ")", Analyses.nothing()))
                        .as("not (%s)", comparison)
                        .isTrue();
            }
        }
    }

    @Test
    void aBlankRowHasOnlyItsStrengthAndStaleFlag() {
        SymbolAnalysis blank = Analyses.blankRow();
        for (FieldInfo field : ScreenFields.all()) {
            Object value = ScreenFields.field(field.name()).valueOf(blank);
            if (field.name().equals("strength")) {
                assertThat(value).isEqualTo(0.0);
            } else if (field.name().equals("stale")) {
                assertThat(value).isEqualTo(false);
            } else {
                assertThat(value).as(field.name()).isNull();
            }
        }
        assertThat(matches("not stale and strength == 0", blank)).isTrue();
    }

    @Test
    void missingIsNeitherEqualNorUnequal() {
        SymbolAnalysis none = Analyses.nothing();
        assertThat(matches("rsi14 < 30", none)).isFalse();
        assertThat(matches("rsi14 >= 30", none)).isFalse();
        assertThat(matches("rsi14 != 50", none)).isFalse();
        assertThat(matches("signal != \"BUY\"", none)).isFalse();
        assertThat(matches("signal not in (\"BUY\")", none)).isFalse();
        assertThat(matches("stale", none)).isFalse();
        assertThat(matches("stale == false", none)).isFalse();
        // Plain negation: "not" turns the false of a missing value into true.
        assertThat(matches("not rsi14 < 30", none)).isTrue();
        assertThat(matches("not signal in (\"BUY\")", none)).isTrue();
        assertThat(matches("not stale", none)).isTrue();
        // So a row without RSI passes one of these two screens but neither of the other two.
        assertThat(matches("rsi14 < 30 or not rsi14 < 30", none)).isTrue();
        assertThat(matches("rsi14 < 30 or rsi14 >= 30", none)).isFalse();
    }

    @Test
    void deepFieldsAreMissingUntilTheDeepAnalysisIsDone() {
        assertThat(matches("rsi14 < 30", QUICK_ONLY)).isTrue();
        assertThat(matches("opportunityScore >= 0", QUICK_ONLY)).isFalse();
        assertThat(matches("regime != \"bull\"", QUICK_ONLY)).isFalse();
        assertThat(matches("stopLoss < takeProfit", QUICK_ONLY)).isFalse();
        assertThat(matches("not opportunityScore >= 0", QUICK_ONLY)).isTrue();
        assertThat(matches("rsi14 < 30 and (opportunityScore > 60 or not opportunityScore >= 0)", QUICK_ONLY))
                .isTrue();
    }

    @Test
    void aFieldVersusAMissingFieldIsFalse() {
        // QUICK_ONLY has ema9 and ema21 but no ema50.
        assertThat(matches("ema9 > ema21", QUICK_ONLY)).isTrue();
        assertThat(matches("ema9 != ema50", QUICK_ONLY)).isFalse();
        assertThat(matches("ema50 == ema50", QUICK_ONLY)).isFalse();
    }

    @Test
    void notANumberCountsAsMissing() {
        ScanRow row = Analyses.quick(SignalType.BUY, 25.0, Double.NaN, EmaTrend.BULLISH, false)
                .row();
        SymbolAnalysis analysis = new SymbolAnalysis(row, null, null, null);
        assertThat(matches("volume24h != 1", analysis)).isFalse();
        assertThat(matches("volume24h == volume24h", analysis)).isFalse();
        assertThat(matches("not volume24h > 0", analysis)).isTrue();
    }

    /** Comparisons of {@code field} with each operator it allows, with another field of its type and in lists. */
    static List<String> comparisonsOf(FieldInfo field) {
        String value;
        switch (field.type()) {
            case NUMBER:
                value = "1";
                break;
            case BOOLEAN:
                value = "true";
                break;
            default:
                value = field.enumerated() ? "\"" + field.values().get(0) + "\"" : "\"BTC\"";
        }
        String name = field.name();
        String same = field.type() == FieldType.NUMBER ? "rsi" : field.type() == FieldType.TEXT ? "base" : "stale";
        List<String> common = List.of(
                name + " == " + value,
                name + " != " + value,
                value + " != " + name,
                name + " == " + same,
                name + " != " + same,
                name + " in (" + value + ")",
                name + " not in (" + value + ")");
        if (field.type() != FieldType.NUMBER) {
            return field.type() == FieldType.BOOLEAN ? concat(common, List.of(name, name + " == false")) : common;
        }
        return concat(common, List.of(name + " < 1", name + " <= 1", name + " > 1", name + " >= 1", "1 < " + name));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
