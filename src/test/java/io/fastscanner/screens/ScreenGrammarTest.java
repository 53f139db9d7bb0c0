package io.fastscanner.screens;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.scan.SymbolAnalysis;
import io.fastscanner.signal.EmaTrend;
import io.fastscanner.signal.SignalType;
import org.junit.jupiter.api.Test;

/** Worked examples of the grammar: what each screen parses to (its canonical text) and which rows it keeps. */
class ScreenGrammarTest {

    /** An oversold BUY: RSI 25, 20 M of volume, bullish EMAs. */
    private static final SymbolAnalysis OVERSOLD_BUY =
            Analyses.quick(SignalType.BUY, 25.0, 20e6, EmaTrend.BULLISH, false);
    /** An overbought SELL: RSI 75, 2 M of volume, bearish EMAs. */
    private static final SymbolAnalysis OVERBOUGHT_SELL =
            Analyses.quick(SignalType.SELL, 75.0, 2e6, EmaTrend.BEARISH, false);

    private static String canonical(String text) {
        return Screen.parse(text).text();
    }

    @Test
    void theTradersExampleKeepsTheOversoldBuyOnly() {
        Screen screen =
                Screen.parse("rsi14 < 30 and volume24h > 10e6 and signal == \"BUY\" and emaTrend == \"bullish\"");
        assertThat(screen.text())
                .isEqualTo("rsi14 < 30 and volume24h > 1e7 and signal == \"BUY\" and emaTrend == \"bullish\"");
        assertThat(screen.fields()).containsExactly("rsi14", "volume24h", "signal", "emaTrend");
        assertThat(screen.usesDeepFields()).isFalse();
        assertThat(screen.matches(OVERSOLD_BUY)).isTrue();
        assertThat(screen.matches(OVERBOUGHT_SELL)).isFalse();
    }

    @Test
    void andBindsTighterThanOr() {
        // rsi14 > 70 or (rsi14 < 30 and signal == "SELL"): the SELL at RSI 75 passes on the first part alone.
        Screen screen = Screen.parse("rsi14 > 70 or rsi14 < 30 and signal == \"SELL\"");
        assertThat(screen.text()).isEqualTo("rsi14 > 70 or rsi14 < 30 and signal == \"SELL\"");
        assertThat(screen.matches(OVERBOUGHT_SELL)).isTrue();
        assertThat(screen.matches(OVERSOLD_BUY)).isFalse();

        Screen grouped = Screen.parse("(rsi14 > 70 or rsi14 < 30) and signal == \"SELL\"");
        assertThat(grouped.text()).isEqualTo("(rsi14 > 70 or rsi14 < 30) and signal == \"SELL\"");
        assertThat(grouped).isNotEqualTo(screen);
        assertThat(grouped.matches(OVERBOUGHT_SELL)).isTrue();
        assertThat(grouped.matches(OVERSOLD_BUY)).isFalse();
    }

    @Test
    void notBindsTighterThanAnd() {
        Screen screen = Screen.parse("not signal == \"BUY\" and rsi14 > 50");
        assertThat(screen.text()).isEqualTo("not signal == \"BUY\" and rsi14 > 50");
        assertThat(screen.matches(OVERBOUGHT_SELL)).isTrue();
        assertThat(canonical("not (signal == \"BUY\" and rsi14 > 50)"))
                .isEqualTo("not (signal == \"BUY\" and rsi14 > 50)");
        assertThat(Screen.parse("not (signal == \"SELL\" and rsi14 > 50)").matches(OVERBOUGHT_SELL))
                .isFalse();
    }

    @Test
    void redundantParenthesesAndNestedListsOfTheSameKindAreDropped() {
        assertThat(canonical("((rsi14 < 30))")).isEqualTo("rsi14 < 30");
        assertThat(canonical("rsi14 < 30 and (rsi < 40 and (price > 1))"))
                .isEqualTo("rsi14 < 30 and rsi < 40 and price > 1");
        assertThat(canonical("(rsi14 < 30 or rsi < 40) or price > 1")).isEqualTo("rsi14 < 30 or rsi < 40 or price > 1");
        assertThat(canonical("not (rsi14 < 30)")).isEqualTo("not rsi14 < 30");
        assertThat(canonical("not not (stale)")).isEqualTo("not not stale");
    }

    @Test
    void keywordsAreCaseInsensitiveAndHaveSymbolSpellings() {
        Screen words = Screen.parse("NOT stale AND (rsi14 < 30 Or rsi14 > 70)");
        Screen symbols = Screen.parse("!stale && (rsi14<30||rsi14>70)");
        assertThat(words.text()).isEqualTo("not stale and (rsi14 < 30 or rsi14 > 70)");
        assertThat(symbols).isEqualTo(words);
        assertThat(symbols.hashCode()).isEqualTo(words.hashCode());
        assertThat(canonical("stale == TRUE")).isEqualTo("stale == true");
        assertThat(canonical("strength = 40")).isEqualTo("strength == 40");
    }

    @Test
    void numbersReadAsDoublesAndAreWrittenInTheirShortestForm() {
        assertThat(canonical("rsi14 < 30")).isEqualTo("rsi14 < 30");
        assertThat(canonical("change24h > -2.5")).isEqualTo("change24h > -2.5");
        assertThat(canonical("volume24h >= 10e6")).isEqualTo("volume24h >= 1e7");
        assertThat(canonical("atr14 < 1.5E-3")).isEqualTo("atr14 < 0.0015");
        assertThat(canonical("atr14 < 1.5e-5")).isEqualTo("atr14 < 1.5e-5");
        assertThat(canonical("price > .5")).isEqualTo("price > 0.5");
        assertThat(canonical("price > 2.")).isEqualTo("price > 2");
        assertThat(canonical("change24h > -0")).isEqualTo("change24h > 0");
        assertThat(canonical("volume24h > 1e+6")).isEqualTo("volume24h > 1000000");
        assertThat(Screen.parse("volume24h > 19999999.5").matches(OVERSOLD_BUY)).isTrue();
        assertThat(Screen.parse("volume24h == 2e7").matches(OVERSOLD_BUY)).isTrue();
    }

    @Test
    void textValuesTakeEitherQuoteAndEscapes() {
        assertThat(canonical("symbol == 'BTC/USDT'")).isEqualTo("symbol == \"BTC/USDT\"");
        assertThat(canonical("base == \"a\\\"b\\\\c\"")).isEqualTo("base == \"a\\\"b\\\\c\"");
        assertThat(canonical("base == 'it\\'s \"x\"'")).isEqualTo("base == \"it's \\\"x\\\"\"");
        assertThat(Screen.parse("symbol == 'btc/usdt'").matches(OVERSOLD_BUY)).isTrue();
        assertThat(Screen.parse("base == \"ETH\"").matches(OVERSOLD_BUY)).isFalse();
    }

    @Test
    void enumeratedValuesAreSpelledAsTheApiSpellsThem() {
        assertThat(canonical("signal == \"buy\" and emaTrend == 'BULLISH'"))
                .isEqualTo("signal == \"BUY\" and emaTrend == \"bullish\"");
        assertThat(canonical("timeframe == \"1H\" and exchange == \"Binance\""))
                .isEqualTo("timeframe == \"1h\" and exchange == \"binance\"");
    }

    @Test
    void aValueMayBeOnTheLeftAndIsWrittenOnTheRight() {
        assertThat(canonical("30 > rsi14")).isEqualTo("rsi14 < 30");
        assertThat(canonical("30 >= rsi14")).isEqualTo("rsi14 <= 30");
        assertThat(canonical("\"BUY\" != signal")).isEqualTo("signal != \"BUY\"");
        assertThat(canonical("true == stale")).isEqualTo("stale == true");
        assertThat(Screen.parse("30 > rsi14").matches(OVERSOLD_BUY)).isTrue();
    }

    @Test
    void fieldsOfTheSameTypeCompareWithEachOther() {
        Screen crossed = Screen.parse("ema9 > ema21");
        assertThat(crossed.text()).isEqualTo("ema9 > ema21");
        assertThat(crossed.fields()).containsExactly("ema9", "ema21");
        assertThat(crossed.matches(OVERSOLD_BUY)).isTrue(); // 75 100 > 74 900
        assertThat(Screen.parse("rsi == rsi14").matches(OVERSOLD_BUY)).isTrue();
        assertThat(Screen.parse("base != quote").matches(OVERSOLD_BUY)).isTrue();
        assertThat(Screen.parse("macd == emaTrend").matches(OVERSOLD_BUY)).isTrue(); // both "bullish"
    }

    @Test
    void membershipTestsAListOfValues() {
        Screen screen = Screen.parse("signal in ('buy', \"SELL\")");
        assertThat(screen.text()).isEqualTo("signal in (\"BUY\", \"SELL\")");
        assertThat(screen.matches(OVERSOLD_BUY)).isTrue();
        assertThat(screen.matches(OVERBOUGHT_SELL)).isTrue();

        Screen excluded = Screen.parse("emaTrend NOT IN (\"bearish\", \"neutral\")");
        assertThat(excluded.text()).isEqualTo("emaTrend not in (\"bearish\", \"neutral\")");
        assertThat(excluded.matches(OVERSOLD_BUY)).isTrue();
        assertThat(excluded.matches(OVERBOUGHT_SELL)).isFalse();

        assertThat(Screen.parse("rsi14 in (25, 30)").matches(OVERSOLD_BUY)).isTrue();
        assertThat(canonical("not signal in ('HOLD')")).isEqualTo("not signal in (\"HOLD\")");
    }

    @Test
    void aTrueFalseFieldStandsOnItsOwn() {
        Screen screen = Screen.parse("not stale and rsi14 < 30");
        assertThat(screen.text()).isEqualTo("not stale and rsi14 < 30");
        assertThat(screen.matches(OVERSOLD_BUY)).isTrue();
        SymbolAnalysis stale = Analyses.quick(SignalType.HOLD, 25.0, 20e6, EmaTrend.BULLISH, true);
        assertThat(screen.matches(stale)).isFalse();
        assertThat(Screen.parse("stale").matches(stale)).isTrue();
        assertThat(Screen.parse("(stale)").matches(stale)).isTrue();
        assertThat(Screen.parse("stale == false").matches(stale)).isFalse();
    }

    @Test
    void deepFieldsAreReported() {
        assertThat(Screen.parse("rsi14 < 30 or opportunityScore > 70").usesDeepFields())
                .isTrue();
        assertThat(Screen.parse("rsi14 < 30 or rating > 0.5").usesDeepFields()).isFalse();
        assertThat(Screen.parse("regime == 'bull' and rsi < 40").fields()).containsExactly("regime", "rsi");
    }

    @Test
    void theCanonicalTextParsesToAnEqualScreen() {
        String[] screens = {
            "rsi14<30&&volume24h>10e6||!(signal=='BUY' and stale)",
            "30 <= rsi and not not (ema9 > ema21 or ema50 < ema200)",
            "signal not in ('BUY') or regime in ('bull', 'RANGING') and confluenceAligned == true",
            "base == 'a\\'\"\\\\' or -1.5e-7 < change24h",
        };
        for (String text : screens) {
            Screen screen = Screen.parse(text);
            Screen again = Screen.parse(screen.text());
            assertThat(again).isEqualTo(screen);
            assertThat(again.text()).isEqualTo(screen.text());
            assertThat(again.toString()).isEqualTo(screen.text());
        }
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        String deepest = "(".repeat(Screen.MAX_DEPTH) + "rsi14 < 30" + ")".repeat(Screen.MAX_DEPTH);
        assertThat(canonical(deepest)).isEqualTo("rsi14 < 30");
        String most = String.join(" or ", java.util.Collections.nCopies(Screen.MAX_COMPARISONS, "rsi<1"));
        assertThat(Screen.parse(most).fields()).containsExactly("rsi");
        String longest = "rsi14 < 30" + " ".repeat(Screen.MAX_LENGTH - 10);
        assertThat(longest).hasSize(Screen.MAX_LENGTH);
        assertThat(canonical(longest)).isEqualTo("rsi14 < 30");
    }
}
